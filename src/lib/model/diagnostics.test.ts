import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { diagnostic, formatDiagnostic, rules, strictly, strictRequested } from './diagnostics.ts';

describe('diagnostics', () => {
  test('print as file:line:column: message [rule-id], warnings marked as such', () => {
    expect(formatDiagnostic(diagnostic('sources.yaml', 3, 1, 'invalid-sources-config', 'Fix it'))).toBe(
      'sources.yaml:3:1: Fix it [invalid-sources-config]',
    );
    expect(formatDiagnostic(diagnostic('a.txt', 3, 1, 'numbering-gap', 'Check it'))).toBe('a.txt:3:1: warning: Check it [numbering-gap]');
  });

  test('every rule is listed in the README with whether it is fatal and an example', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', '..', 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Diagnostics'), readme.indexOf('## API'));
    for (const [id, rule] of Object.entries(rules)) {
      const row = section.split('\n').find((line) => line.startsWith(`| \`${id}\` |`));
      expect(row, id).toBeDefined();
      expect(row, id).toContain(`| ${rule.fatal ? 'yes' : 'no'} |`);
      expect(row, id).toMatch(/\| `\S+:\d+:\d+: .+` .*\|$/);
    }
  });

  test('only configuration and a lost line stop a build; every source problem is a warning', () => {
    const fatal = Object.entries(rules)
      .filter(([, rule]) => rule.fatal)
      .map(([id]) => id);
    expect(fatal.sort()).toEqual([
      'invalid-glossary',
      'invalid-guide-config',
      'invalid-note',
      'invalid-question-page',
      'invalid-questions-config',
      'invalid-sources-config',
      'line-not-visible',
      'no-sources',
    ]);
  });

  test('strict mode makes every warning fatal, asked for on the command line or in the environment', () => {
    const warning = diagnostic('a.txt', 1, 1, 'no-numbering', 'Number it');
    expect(strictly([warning]).map(formatDiagnostic)).toEqual(['a.txt:1:1: Number it [no-numbering]']);
    expect(strictRequested(['node', 'astro', 'build', '--strict'], {})).toBe(true);
    expect(strictRequested(['node', 'astro', 'build'], { CROSSGUIDE_STRICT: '1' })).toBe(true);
    expect(strictRequested(['node', 'astro', 'build'], {})).toBe(false);
  });
});
