/**
 * Properties every fixture in `__fixtures__` must have, bad input above all:
 * reading it never throws, and every problem is one line naming the input,
 * a real line in it, the fix, and a known rule.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { normaliseText } from '../read/decode.ts';
import { formatDiagnostic, rules } from '../model/diagnostics.ts';
import { readSource } from '../build/read.ts';

const root = join(import.meta.dirname, '__fixtures__');
const cases = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'real' && entry.name !== 'corpus') // real layouts, not bad input
  .map((entry) => entry.name)
  .sort();

/** Lines in a file, or in the longest file of a folder input. */
function lineCount(path: string): number {
  if (statSync(path).isDirectory()) return Math.max(...readdirSync(path).map((name) => lineCount(join(path, name))), 1);
  return normaliseText(readFileSync(path, 'latin1')).split('\n').length;
}

describe('the bad-input corpus', () => {
  test('has at least thirty cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  for (const name of cases) {
    test(`${name}: every diagnostic names the file, a line in it and a known rule, on one line`, () => {
      const input = readdirSync(join(root, name)).find((entry) => entry === 'input' || entry.startsWith('input.'))!;
      const path = join(root, name, input);
      const result = readSource(name, path, `${name}/${input}`);
      for (const d of result.diagnostics) {
        const line = formatDiagnostic(d);
        expect(d.file.startsWith(`${name}/${input}`), line).toBe(true);
        expect(d.line, line).toBeGreaterThanOrEqual(1);
        expect(d.line, line).toBeLessThanOrEqual(lineCount(path));
        expect(d.column, line).toBeGreaterThanOrEqual(1);
        expect(d.fatal, line).toBe(rules[d.ruleId].fatal);
        expect(line).not.toContain('\n');
        expect(line).toMatch(/^\S+:\d+:\d+: (?:warning: )?[A-Z`].+[^.] \[[a-z0-9-]+\]$/);
      }
      // A file either parses, or is published whole or listed as not read, and says why.
      if (!result.answerSet) {
        expect(result.diagnostics.length).toBeGreaterThan(0);
        expect(Boolean(result.unsplit) || Boolean(result.unread?.length)).toBe(true);
      }
      // No source problem stops a build.
      expect(result.diagnostics.filter((d) => d.fatal).map(formatDiagnostic)).toEqual([]);
    });
  }
});
