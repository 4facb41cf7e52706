import { describe, expect, test } from 'vitest';
import { parseMarkdown } from '../read/markdown.ts';
import type { Comparison } from '../model/model.ts';
import { closeness, NEAR_COPY } from './closeness.ts';
import { setCoverage, setFollowing } from './coverage.ts';

const key =
  'Beyond regular tensors, TensorFlow offers several other data structures, including sparse tensors, tensor arrays, ragged tensors, queues, string tensors, and sets.';
const copy =
  'Beyond regular tensors, TensorFlow offers several other data structures, including sparse tensors, tensor arrays, ragged tensors, queues, string tensors and sets too.';
const own = 'Mostly zeros? Use a sparse tensor. Rows of different lengths? A ragged one. Text lives in string tensors.';

describe('closeness of answers', () => {
  const result = closeness(
    [
      ['900', parseMarkdown(key)],
      ['901', parseMarkdown(copy)],
      ['902', parseMarkdown(own)],
    ],
    '900',
  );

  test('scores every pair and groups a near-copy with its original', () => {
    expect(result.pairs.map((p) => `${p.a}-${p.b}`)).toEqual(['900-901', '900-902', '901-902']);
    expect(result.pairs[0]!.score).toBeGreaterThanOrEqual(NEAR_COPY);
    expect(result.pairs[1]!.score).toBeLessThan(0.5);
    expect(result.copies).toEqual([['900', '901']]);
  });

  test('says how much of each answer’s wording the reference has too', () => {
    expect(result.follows!['901']!.shared / result.follows!['901']!.words).toBeGreaterThan(0.9);
    expect(result.follows!['902']!.shared / result.follows!['902']!.words).toBeLessThan(0.5);
  });

  test('answers on one topic in their own words are not near-copies', () => {
    const a = 'Both tf.range(10) and tf.constant(np.arange(10)) produce a tensor with the same values, from 0 to 9.';
    const b = 'The two calls give equal numbers 0..9, yet tf.range(10) is int32 and the NumPy version keeps int64.';
    expect(
      closeness([
        ['1', parseMarkdown(a)],
        ['2', parseMarkdown(b)],
      ]).copies,
    ).toEqual([]);
  });
});

describe('over the whole set', () => {
  test('sums coverage and wording per source across questions', () => {
    const comparison = (named: number, total: number, own: string[], words: number, shared: number) =>
      ({
        coverage: { reference: '900', bySource: { '901': { named, total, missing: [], own } } },
        closeness: { pairs: [], copies: [], follows: { '901': { words, shared } } },
      }) as unknown as Comparison;
    const comparisons = [comparison(5, 6, ['queue'], 40, 30), comparison(2, 2, [], 10, 10)];
    expect(setCoverage(comparisons)).toEqual({ '901': { named: 7, total: 8, own: 1, questions: 2 } });
    expect(setFollowing(comparisons)).toEqual({ '901': { words: 50, shared: 40 } });
  });
});
