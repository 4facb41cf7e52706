import { describe, expect, test } from 'vitest';
import { diffPieces, wordDiff } from './word-diff.ts';

const cut = (text: string, ranges: ReadonlyArray<{ start: number; end: number }>) => ranges.map((r) => text.slice(r.start, r.end));

describe('word diff', () => {
  test('marks the words each text has that the other lacks', () => {
    const a = 'However, the former uses 32-bit integers while the latter uses 64-bit integers.';
    const b = 'However, the first one uses 32-bit integers while the second uses 64-bit integers.';
    const diff = wordDiff(a, b);
    expect(cut(a, diff.onlyA)).toEqual(['former', 'latter']);
    expect(cut(b, diff.onlyB)).toEqual(['first one', 'second']);
    expect([diff.wordsOnlyA, diff.wordsOnlyB]).toEqual([2, 3]);
  });

  test('ignores case, and the same text has no differences', () => {
    expect(wordDiff('Sparse tensors', 'sparse Tensors')).toEqual({ onlyA: [], onlyB: [], wordsOnlyA: 0, wordsOnlyB: 0 });
  });

  test('keeps offsets right across a dropped sentence', () => {
    const a = 'One two. Three four five. Six.';
    const b = 'One two. Six seven.';
    const diff = wordDiff(a, b);
    expect(cut(a, diff.onlyA).join(' ')).toContain('Three four five');
    expect(cut(b, diff.onlyB)).toEqual(['seven']);
  });
});

describe('word diff over text pieces', () => {
  test('maps the marks onto the pieces, last first, and sums them up', () => {
    const a = ['Both give 0 to 9. However, the ', 'former', ' uses 32-bit integers while the latter uses 64-bit ones.'];
    const b = ['Both give 0 to 9. However, the first one uses 32-bit integers while the second uses 64-bit ones.'];
    const diff = diffPieces(a, b, ['Key', 'Learner']);
    expect(diff.marksA.map(([piece, from, to]) => a[piece]!.slice(from, to))).toEqual(['latter', 'former']);
    expect(diff.marksB.map(([piece, from, to]) => b[piece]!.slice(from, to))).toEqual(['second', 'first one']);
    expect(diff.summary).toBe('Marked: words only one answer has. Key adds 2 words that Learner does not have, and drops 3 that it has.');
  });
});
