import { describe, expect, test } from 'vitest';
import type { ConceptRow } from '../model/model.ts';
import { closestPairs, documentTitle, plural, promptParts, shareLabel, splitByShare, type PromptParts } from './present.ts';

describe('page text helpers', () => {
  test('titles name the guide when the whole title fits in 70 characters', () => {
    expect(documentTitle('Glossary', 'Custom Models and Training with TensorFlow')).toBe(
      'Glossary · Custom Models and Training with TensorFlow',
    );
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

describe('the comparison rows a table compares', () => {
  const mention = { phrase: 'x', count: 1, inCode: false };
  const row = (id: string, sources: string[]): ConceptRow => ({
    id,
    label: id,
    code: false,
    defined: false,
    sources: Object.fromEntries(sources.map((s) => [s, mention])),
  });

  test('are the concepts two or more sources name; the others are listed under their one source, in source order', () => {
    const rows = [row('queue', ['a', 'b']), row('set', ['c']), row('tensor', ['a', 'b', 'c']), row('ragged', ['a']), row('range', ['c'])];
    const { shared, bySource } = splitByShare(rows, { c: ['set', 'range'], a: ['ragged'] }, ['a', 'b', 'c']);
    expect(shared.map((r) => r.id)).toEqual(['queue', 'tensor']);
    expect(bySource.map(({ source, rows }) => [source, rows.map((r) => r.id)])).toEqual([
      ['a', ['ragged']],
      ['c', ['set', 'range']],
    ]);
  });

  test('keep every row in the table when the comparison lists none as named by one source (a question one source answers)', () => {
    const rows = [row('queue', ['a']), row('set', ['a'])];
    expect(splitByShare(rows, {}, ['a', 'b'])).toEqual({ shared: rows, bySource: [] });
  });

  test('leave nothing out and nothing twice', () => {
    const rows = [row('a', ['x']), row('b', ['x', 'y']), row('c', ['y'])];
    const { shared, bySource } = splitByShare(rows, { x: ['a'], y: ['c'] }, ['x', 'y']);
    expect([...shared, ...bySource.flatMap((s) => s.rows)].map((r) => r.id).sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('a question’s parts', () => {
  const text = (value: string) => [{ type: 'text' as const, value }];
  const flat = (parts: PromptParts) =>
    [parts.lead, ...parts.parts].map((nodes) => nodes.map((node) => ('value' in node ? node.value : '')).join(''));

  test('(a), (b), … in order, each before a capital, start the parts', () => {
    expect(
      flat(promptParts(text('For each of parts (a) through (b), say which. (a) The sample is large. (b) The sample is small.'))),
    ).toEqual(['For each of parts (a) through (b), say which.', '(a) The sample is large.', '(b) The sample is small.']);
  });

  test('a lone (a), or letters out of order, leave the prompt whole', () => {
    expect(promptParts(text('Explain (a) Bias.')).parts).toEqual([]);
    expect(promptParts(text('One (b) Two (a) Three')).parts).toEqual([]);
  });

  test('1., 2., … in order start the parts of a question that numbers them; a lone number or a decimal does not', () => {
    expect(flat(promptParts(text('Which documents come back for: 1. schizophrenia AND drug 2. for AND NOT drug')))).toEqual([
      'Which documents come back for:',
      '1. schizophrenia AND drug',
      '2. for AND NOT drug',
    ]);
    expect(promptParts(text('Take 1. as the start, then 3. after.')).parts).toEqual([]);
    expect(promptParts(text('Is 2.5 seconds enough? 1. Yes.')).parts).toEqual([]);
  });
});
