/** Coverage of the reference answer key over the whole guide, summed from each question's comparison. */
import type { Comparison } from '../model/model.ts';

export interface SetCoverage {
  /** Reference concepts the source names, over every question both answer. */
  named: number;
  total: number;
  /** Concepts the source names that the reference does not. */
  own: number;
  /** Questions both answer. */
  questions: number;
}

/** Per non-reference source, its coverage of the reference over every question; empty without a reference. */
export function setCoverage(comparisons: readonly Comparison[]): Record<string, SetCoverage> {
  const bySource: Record<string, SetCoverage> = {};
  for (const comparison of comparisons) {
    for (const [id, c] of Object.entries(comparison.coverage?.bySource ?? {})) {
      const sum = (bySource[id] ??= { named: 0, total: 0, own: 0, questions: 0 });
      sum.named += c.named;
      sum.total += c.total;
      sum.own += c.own.length;
      sum.questions++;
    }
  }
  return bySource;
}

export interface Following {
  /** Stemmed words over every question the source and the reference both answer. */
  words: number;
  /** How many of them the reference's answers have too. */
  shared: number;
}

/** Per non-reference source, how much of its wording over the whole guide the reference's answers share. */
export function setFollowing(comparisons: readonly Comparison[]): Record<string, Following> {
  const bySource: Record<string, Following> = {};
  for (const comparison of comparisons) {
    for (const [id, f] of Object.entries(comparison.closeness?.follows ?? {})) {
      const sum = (bySource[id] ??= { words: 0, shared: 0 });
      sum.words += f.words;
      sum.shared += f.shared;
    }
  }
  return bySource;
}
