import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { List } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, test } from 'vitest';
import { parseAnswerSet } from './index.ts';

const fixture = (name: string) => {
  const text = readFileSync(join(import.meta.dirname, '__fixtures__', name, 'input.txt'), 'utf8');
  const { answerSet, diagnostics } = parseAnswerSet({ id: name, file: name, text });
  expect(diagnostics).toEqual([]);
  return answerSet!;
};
const answer = (name: string, number: number) => fixture(name).answers.find((a) => a.number === number)!;

describe('the three shipped answer sets', () => {
  test('each splits into exactly questions 1 to 11', () => {
    for (const name of ['seed-000', 'seed-002', 'seed-003']) {
      expect(fixture(name).answers.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    }
  });

  test('detects each format from content and says why', () => {
    expect(fixture('seed-000')).toMatchObject({ format: 'numbered-text', reason: 'numbered question at column 0 on line 1' });
    expect(fixture('seed-002').format).toBe('bold-markdown');
    expect(fixture('seed-003')).toMatchObject({ format: 'notebook-text', reason: 'notebook cell marker `In [2]:` on line 19' });
  });

  test('reads the prompt of 000 question 11 whole across its wrapped line', () => {
    expect(answer('seed-000', 11).prompt).toBe(
      'When would you need to create a dynamic Keras model? How do you do that? Why not make all your models dynamic?',
    );
  });

  test('keeps the six-item numbered list inside answer 4 of 000', () => {
    const body = answer('seed-000', 4).body;
    const outer = body.children[0] as List;
    const inner = outer.children[0]!.children[1] as List;
    expect(inner).toMatchObject({ type: 'list', ordered: true, start: 1 });
    expect(inner.children.map((item) => toString(item).split(':')[0])).toEqual([
      'Sparse Tensors',
      'Ragged Tensors',
      'TensorArrays',
      'QueueRunners',
      'Variable',
      'Dataset',
    ]);
  });

  test('uses the bold titles of 002 as titles and gives no prompt', () => {
    const q4 = answer('seed-002', 4);
    expect(q4).toMatchObject({ title: 'Other Data Structures in TensorFlow' });
    expect(q4.prompt).toBeUndefined();
    expect(toString(q4.body)).toContain('SparseTensor');
  });

  test('keeps the In [2]: cell, its printed output and the bullets after it inside answer 3 of 003', () => {
    const [cell, output, bullets, ...rest] = answer('seed-003', 3).body.children;
    expect(cell).toMatchObject({ type: 'code', lang: 'python', data: { cell: { kind: 'input', label: 'In [2]:' } } });
    expect(cell && 'value' in cell && cell.value).toContain('b = tf.constant(np.arange(10))');
    expect(output).toMatchObject({ type: 'code', lang: 'text', data: { cell: { kind: 'output' } } });
    expect(output && 'value' in output && output.value).toContain('(<tf.Tensor: shape=(10,), dtype=int32');
    expect(bullets && toString(bullets)).toContain('As you can see, the results are different');
    expect(rest).toEqual([]);
    expect(answer('seed-003', 4).prompt).toMatch(/^Can you name six other data structures/);
  });

  test('records the source lines each answer spans', () => {
    expect(answer('seed-000', 4).position).toMatchObject({ start: { line: 13 }, end: { line: 20 } });
    expect(answer('seed-003', 3).position).toMatchObject({ start: { line: 17 }, end: { line: 32 } });
  });
});
