import { describe, expect, test } from 'vitest';
import { growthRatio, marginalMsPerAnswer, median, summarise } from './stats.ts';

describe('median', () => {
  test('takes the middle of an odd count and the mean of the two middles of an even count', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  test('is not pulled by one slow outlier', () => {
    expect(median([1000, 1010, 990, 9000, 1005])).toBe(1005);
  });

  test('refuses no values', () => {
    expect(() => median([])).toThrow(RangeError);
  });
});

test('summarise keeps the runs in measured order beside median, min and max', () => {
  expect(summarise([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3, runs: [3, 1, 2] });
});

describe('growth', () => {
  test('marginal cost is extra time over extra answers', () => {
    expect(marginalMsPerAnswer({ answers: 100, ms: 5000 }, { answers: 400, ms: 8000 })).toBe(10);
  });

  test('linear growth with a fixed start-up cost gives a ratio of 1', () => {
    const points = [100, 400, 1600].map((answers) => ({ answers, ms: 4000 + 2 * answers }));
    expect(growthRatio(points)).toEqual({ small: 2, large: 2, ratio: 1 });
  });

  test('quadratic growth gives a ratio well above 1, whatever order the sizes come in', () => {
    const points = [1600, 100, 400].map((answers) => ({ answers, ms: answers * answers }));
    expect(growthRatio(points).ratio).toBeCloseTo((2000 / 500), 5);
  });

  test('needs three sizes and a larger guide with more answers', () => {
    expect(() => growthRatio([{ answers: 1, ms: 1 }, { answers: 2, ms: 2 }])).toThrow(/three/);
    expect(() => marginalMsPerAnswer({ answers: 5, ms: 1 }, { answers: 5, ms: 2 })).toThrow(/more answers/);
  });
});
