/**
 * Comparison with no glossary, on real answers to four chapters of two books,
 * against a hand-written key: a floor at what was measured when this was
 * written, so a change that reads them worse fails here. The goals (F1 ≥ 0.75,
 * stances ≥ 0.9 on the sealed part) are not met yet; `npm run corpus` prints the scores.
 */
import { expect, test } from 'vitest';
import { conceptMeasures, scoreConceptCorpus } from './concept-corpus.ts';

test('concepts, choices and verdicts read from prose with no glossary stay at least as good as they were', () => {
  const scores = scoreConceptCorpus();
  const open = conceptMeasures(scores.open);
  const sealed = conceptMeasures(scores.sealed);
  // 432 until questions' own words were read from more layouts (ISLR's notebooks, parts (a) … (i) under `## 10.`):
  // a term the question itself names leaves the key, as it leaves the table.
  expect(scores.open.terms + scores.sealed.terms).toBeGreaterThan(380);
  expect(open.f1).toBeGreaterThanOrEqual(0.49);
  expect(sealed.f1).toBeGreaterThanOrEqual(0.41);
  expect(open.stances).toBeGreaterThanOrEqual(0.85);
  expect(sealed.stances).toBeGreaterThanOrEqual(0.5);
  expect(scores.open.disputesMarked).toBe(scores.open.disputes);
}, 120_000);
