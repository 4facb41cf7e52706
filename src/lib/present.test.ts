import { describe, expect, test } from 'vitest';
import { closestPairs, documentTitle, plural, shareLabel } from './present.ts';

describe('page text helpers', () => {
  test('titles name the guide when the whole title fits in 70 characters', () => {
    expect(documentTitle('Glossary', 'Custom Models and Training with TensorFlow')).toBe('Glossary · Custom Models and Training with TensorFlow');
    expect(documentTitle('3. tf.range(10) vs. tf.constant(np.arange(10))', 'Custom Models and Training with TensorFlow')).toBe(
      '3. tf.range(10) vs. tf.constant(np.arange(10))',
    );
    expect(documentTitle('x'.repeat(80), 'Guide')).toBe(`${'x'.repeat(69)}…`);
    expect(documentTitle('Guide', 'Guide')).toBe('Guide');
  });

  test('counts read naturally', () => {
    expect([plural(1, 'word'), plural(2, 'word'), shareLabel(3, 3), shareLabel(2, 3)]).toEqual(['1 word', '2 words', 'All 3', '2 of 3']);
  });
});

describe('the pairs listed as most alike', () => {
  test('are the closest first, at most ten of them', () => {
    const pairs = Array.from({ length: 190 }, (_, i) => ({ a: `${i}`, b: 'x', score: (i % 37) / 37 }));
    const shown = closestPairs(pairs);
    expect(shown).toHaveLength(10);
    expect(shown.map((p) => p.score)).toEqual([...shown.map((p) => p.score)].sort((x, y) => y - x));
    expect(shown[0]!.score).toBe(Math.max(...pairs.map((p) => p.score)));
  });

  test('are every pair when there are few', () => {
    expect(closestPairs([{ score: 0.2 }, { score: 0.5 }, { score: 0.1 }])).toEqual([{ score: 0.5 }, { score: 0.2 }, { score: 0.1 }]);
  });
});
