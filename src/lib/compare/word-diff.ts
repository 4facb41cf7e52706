/**
 * What each of two texts has that the other lacks, word by word, as
 * character ranges into each text; jsdiff finds the changes.
 */
import { diffWords } from 'diff';
import { plural } from '../model/plural.ts';

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

/** A mark inside one of a list of text pieces: piece index, start and end within it. */
export type PieceMark = [piece: number, start: number, end: number];

export interface PiecesDiff {
  /** Marks for the pieces of `a` and of `b`, last first, so splitting a piece at one never moves the next. */
  marksA: PieceMark[];
  marksB: PieceMark[];
  summary: string;
}

/**
 * The word diff of two texts given as pieces (a page's text nodes), joined
 * with a space so words of neighbouring pieces never run together, with the
 * marks mapped back onto the pieces and a sentence that sums them up.
 */
export function diffPieces(a: readonly string[], b: readonly string[], [labelA, labelB]: readonly [string, string]): PiecesDiff {
  const diff = wordDiff(a.join(' '), b.join(' '));
  return {
    marksA: onPieces(a, diff.onlyA),
    marksB: onPieces(b, diff.onlyB),
    summary: `Marked: words only one answer has. ${labelA} adds ${plural(diff.wordsOnlyA, 'word')} that ${labelB} does not have, and drops ${diff.wordsOnlyB} that it has.`,
  };
}

function onPieces(pieces: readonly string[], ranges: readonly Range[]): PieceMark[] {
  const marks: PieceMark[] = [];
  let start = 0;
  for (const [index, piece] of pieces.entries()) {
    const end = start + piece.length;
    for (const range of ranges) {
      const from = Math.max(range.start, start) - start;
      const to = Math.min(range.end, end) - start;
      if (to > from && piece.slice(from, to).trim()) marks.push([index, from, to]);
    }
    start = end + 1;
  }
  return marks.sort((x, y) => y[0] - x[0] || y[1] - x[1]);
}
