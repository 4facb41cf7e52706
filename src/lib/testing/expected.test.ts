import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readExpected } from './expected.ts';

describe('pinned expectations', () => {
  test('a missing expectation fails with the command that writes it, and writes nothing', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'crossguide-expected-')), 'expected.json');
    expect(() => readExpected(path, { answers: [] }, false)).toThrow(
      /expected\.json is missing: run `UPDATE=1 npm run test:unit` to write it/,
    );
    expect(existsSync(path)).toBe(false);
  });

  test('with update set, the actual value is written and read back', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'crossguide-expected-')), 'expected.json');
    expect(readExpected(path, { answers: [1] }, true)).toEqual({ answers: [1] });
    expect(readFileSync(path, 'utf8')).toBe('{\n  "answers": [\n    1\n  ]\n}\n');
    expect(readExpected(path, { answers: [2] }, false)).toEqual({ answers: [1] });
  });
});
