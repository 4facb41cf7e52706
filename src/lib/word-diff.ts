/**
 * What each of two texts has that the other lacks, word by word, as
 * character ranges into each text; jsdiff finds the changes.
 */
import { diffWords } from 'diff';

export interface Range {
  start: number;
  end: number;
}

export interface WordDiff {
  /** Ranges of `a` that `b` does not have: what `a` adds. */
  onlyA: Range[];
  /** Ranges of `b` that `a` does not have: what `a` drops. */
  onlyB: Range[];
  /** Words on each side that the other lacks. */
  wordsOnlyA: number;
  wordsOnlyB: number;
}

const WORD = /[\p{L}\p{N}_]+/gu;

export function wordDiff(a: string, b: string): WordDiff {
  const result: WordDiff = { onlyA: [], onlyB: [], wordsOnlyA: 0, wordsOnlyB: 0 };
  let atA = 0;
  let atB = 0;
  for (const part of diffWords(a, b, { ignoreCase: true })) {
    const length = part.value.length;
    const words = part.value.match(WORD)?.length ?? 0;
    if (part.removed) {
      if (words) result.onlyA.push(trimmed(a, atA, atA + length));
      result.wordsOnlyA += words;
      atA += length;
    } else if (part.added) {
      if (words) result.onlyB.push(trimmed(b, atB, atB + length));
      result.wordsOnlyB += words;
      atB += length;
    } else {
      // An unchanged part can differ in case, never in length, under ignoreCase.
      atA += length;
      atB += length;
    }
  }
  return result;
}

/** The range without its leading and trailing spaces, so marks hug the words. */
function trimmed(text: string, start: number, end: number): Range {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
