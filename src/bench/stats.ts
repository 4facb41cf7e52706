/** Summary statistics over repeated measurements. */
import type { Summary } from './results.ts';

/** The middle value; the mean of the two middle values for an even count. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('the median of no values is undefined');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Median, extremes and the runs themselves, in the order they were measured. */
export function summarise(values: readonly number[]): Summary {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), runs: [...values] };
}

export interface SizePoint {
  /** Answers in the guide, the unit of content. */
  answers: number;
  /** Median build time. */
  ms: number;
}

/** Extra build time per extra answer between two guide sizes. */
export function marginalMsPerAnswer(smaller: SizePoint, larger: SizePoint): number {
  if (larger.answers <= smaller.answers) throw new RangeError(`the larger guide must have more answers (${smaller.answers} → ${larger.answers})`);
  return (larger.ms - smaller.ms) / (larger.answers - smaller.answers);
}

/**
 * How build time grows: the marginal cost per answer between the two largest
 * sizes divided by that between the two smallest. About 1 is linear, above 1
 * is worse than linear. Points need not be sorted; at least three are needed.
 */
export function growthRatio(points: readonly SizePoint[]): { small: number; large: number; ratio: number } {
  if (points.length < 3) throw new RangeError(`growth needs at least three guide sizes, got ${points.length}`);
  const sorted = [...points].sort((a, b) => a.answers - b.answers);
  const small = marginalMsPerAnswer(sorted[0]!, sorted[1]!);
  const large = marginalMsPerAnswer(sorted.at(-2)!, sorted.at(-1)!);
  return { small, large, ratio: large / small };
}
