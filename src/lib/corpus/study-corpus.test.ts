/** The comparisons scored against the study corpus's hand-written answer key. */
import { describe, expect, test } from 'vitest';
import { loadStudyCorpus, scoreStudyCorpus } from './study-corpus.ts';

const BAR = 0.9;
const corpus = loadStudyCorpus();
const scores = scoreStudyCorpus(corpus);

describe('the study corpus', () => {
  test('holds the shipped sources, the real answer sets and the near-copy, with the published solutions as reference', () => {
    expect(corpus.guide.sources.length).toBe(3 + corpus.truth.sources.real.length + corpus.truth.sources.own.length);
    expect(corpus.guide.sources.filter((s) => s.reference).map((s) => s.id)).toEqual([corpus.ids.get(corpus.truth.reference)]);
    expect(scores.verdicts.total).toBeGreaterThanOrEqual(30);
    expect(scores.concepts.truePositives + scores.concepts.falseNegatives).toBeGreaterThanOrEqual(90);
  });

  test(`verdict accuracy is at least ${BAR}`, () => {
    expect(scores.verdicts.accuracy, scores.verdicts.wrong.join('\n')).toBeGreaterThanOrEqual(BAR);
  });

  test(`concept precision, recall and F1 are at least ${BAR}`, () => {
    const why = scores.concepts.errors.join('\n');
    expect(scores.concepts.precision, why).toBeGreaterThanOrEqual(BAR);
    expect(scores.concepts.recall, why).toBeGreaterThanOrEqual(BAR);
    expect(scores.concepts.f1, why).toBeGreaterThanOrEqual(BAR);
  });

  test('the near-copy is grouped with the published solutions on every question, and no other pair always is', () => {
    expect(scores.nearCopies).toEqual({ found: corpus.truth.nearCopies.length, total: corpus.truth.nearCopies.length, extra: 0 });
  });

  test('the published solutions’ answer to question 3 is not read as yes, and each verdict says whether it agrees with it', () => {
    const verdicts = corpus.guide.questions.find((q) => q.number === 3)!.comparison.verdicts!;
    const key = corpus.ids.get(corpus.truth.reference)!;
    expect(verdicts.bySource[key]!.verdict).not.toBe('yes');
    expect(verdicts.bySource[key]!.evidence).toContain('However, the former uses 32-bit integers');
    expect(verdicts).toMatchObject({ disputed: true, reference: key });
    expect(verdicts.bySource['000']!.agreesWithReference).toBe(false);
  });

  test('coverage of the key: every learner names all six structures of question 4, and the misspelt copy keeps its own word', () => {
    const comparison = corpus.guide.questions.find((q) => q.number === 4)!.comparison;
    for (const name of corpus.truth.sources.real.filter((n) => n !== corpus.truth.reference)) {
      expect(comparison.coverage!.bySource[corpus.ids.get(name)!], name).toMatchObject({ named: 6, total: 6, missing: [] });
    }
    const copy = corpus.ids.get('near-copy-learner')!;
    expect(comparison.rows.find((row) => row.id === 'sparse-tensor')!.sources[copy]!.phrase).toBe('spare tensors');
    expect(comparison.coverage!.bySource['000']).toMatchObject({
      named: 4,
      total: 6,
      missing: ['string-tensor', 'set'],
      own: ['variable', 'dataset'],
    });
  });
});
