import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { diagnostic, formatDiagnostic, rules } from './diagnostics.ts';

describe('diagnostics', () => {
  test('print as file:line:column: message [rule-id], warnings marked as such', () => {
    expect(formatDiagnostic(diagnostic('a.txt', 3, 1, 'duplicate-question', 'Fix it'))).toBe('a.txt:3:1: Fix it [duplicate-question]');
    expect(formatDiagnostic(diagnostic('a.txt', 3, 1, 'numbering-gap', 'Check it'))).toBe('a.txt:3:1: warning: Check it [numbering-gap]');
  });

  test('every rule is listed in the README with whether it is fatal and an example', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Diagnostics'), readme.indexOf('## API'));
    for (const [id, rule] of Object.entries(rules)) {
      const row = section.split('\n').find((line) => line.startsWith(`| \`${id}\` |`));
      expect(row, id).toBeDefined();
      expect(row, id).toContain(`| ${rule.fatal ? 'yes' : 'no'} |`);
      expect(row, id).toMatch(/\| `\S+:\d+:\d+: .+` .*\|$/);
    }
  });
});
