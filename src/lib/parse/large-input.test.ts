/**
 * Inputs too big to commit, generated here: a 5 MB text file, a line of
 * 100 000 characters, and notebooks whose size is images or printed output.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toString } from 'mdast-util-to-string';
import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../model/diagnostics.ts';
import { readSource } from '../build/read.ts';

const dir = mkdtempSync(join(tmpdir(), 'crossguide-large-'));

/** Writes `contents` to a file in the temporary folder and reads it as a source. */
function read(name: string, contents: string | Buffer) {
  const path = join(dir, name);
  writeFileSync(path, contents);
  return readSource('x', path, `content/sources/${name}`);
}

/** A notebook with one answer and one code cell with the given outputs. */
function notebook(outputs: object[]): string {
  const cells = [
    { cell_type: 'markdown', metadata: {}, source: ['## 1. What does this print?\n'] },
    { cell_type: 'code', execution_count: 1, metadata: {}, outputs, source: ['show()'] },
  ];
  return JSON.stringify({ cells, metadata: {}, nbformat: 4, nbformat_minor: 5 }, null, 1);
}

describe('large inputs', () => {
  test('a 5 MB text file is refused with a message that says how to split it', () => {
    const answer = '   - A long answer line that repeats to fill the file with realistic text.\n';
    const text = `1. Question?\n${answer.repeat(Math.ceil(5_000_000 / answer.length))}`;
    const result = read('huge.txt', text);
    expect(result.answerSet).toBeUndefined();
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'content/sources/huge.txt:1:1: warning: This file is 5.0 MB, over the 1.0 MB limit for one source; split it into a folder with one file per question (`3.md`, `4.md`, …) or remove pasted data from it [file-too-large]',
    ]);
  });

  test('a line of 100 000 characters stays whole in its answer', () => {
    const long = `${'word '.repeat(10_000)}${'x'.repeat(50_000)}`;
    expect(long.length).toBe(100_000);
    const result = read('long-line.txt', `1. Is a very long line kept?\n   - ${long}\n\n2. Next?\n   - Yes.\n`);
    expect(result.diagnostics).toEqual([]);
    expect(result.answerSet!.answers.map((a) => a.number)).toEqual([1, 2]);
    expect(toString(result.answerSet!.answers[0]!.body)).toBe(long.trimEnd());
  });

  test('a 5 MB notebook whose size is an image reads its text and names the image', () => {
    const image = { data: { 'image/png': 'iVBORw0KGgo'.repeat(460_000) }, metadata: {}, output_type: 'display_data' };
    const text = notebook([image, { name: 'stdout', output_type: 'stream', text: ['done\n'] }]);
    expect(text.length).toBeGreaterThan(5_000_000);
    const result = read('images.ipynb', text);
    expect(result.diagnostics).toEqual([]);
    const values = result.answerSet!.answers[0]!.body.children.map((node) => ('value' in node ? node.value : ''));
    expect(values).toEqual(['show()', '(image/png output, not shown)', 'done']);
  });

  test('a notebook with more than 1 MB of printed output is refused with a hint to clear it', () => {
    const text = notebook([
      { name: 'stdout', output_type: 'stream', text: Array.from({ length: 40_000 }, (_, i) => `epoch ${i}: loss 0.123456789\n`) },
    ]);
    const result = read('verbose.ipynb', text);
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['file-too-large']);
    expect(result.diagnostics[0]!.message).toContain('clear long outputs');
  });
});
