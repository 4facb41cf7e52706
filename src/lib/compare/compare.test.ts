import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseMarkdown } from '../read/markdown.ts';
import { proseConcepts } from './prose-concepts.ts';
import { readExpected } from '../testing/expected.ts';
import { assembleGuide, loadGuide } from '../build/load.ts';
import type { Comparison, Guide } from '../model/model.ts';
import { parseAnswerSet } from '../parse/index.ts';
import { parse } from 'yaml';
import { glossaryFileSchema } from '../model/model.ts';
import { suggestGlossary } from './suggest-glossary.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const shipped = loadGuide(join(root, 'content'), root).guide!;
const comparison = (guide: Guide, number: number) => guide.questions.find((q) => q.number === number)!.comparison;

/** Concept label → source ids that name it. */
function named(c: Comparison): Record<string, string[]> {
  return Object.fromEntries(c.rows.map((row) => [row.label, Object.keys(row.sources)]));
}

describe('comparison of the shipped answers', () => {
  test('question 4 has one row per data structure with the sources that name it', () => {
    expect(named(comparison(shipped, 4))).toEqual({
      'sparse tensor': ['000', '002', '003'],
      'ragged tensor': ['000', '002', '003'],
      'tensor array': ['000', '002', '003'],
      queue: ['000', '003'],
      variable: ['000', '002'],
      dataset: ['000', '002'],
      'string tensor': ['002', '003'],
      set: ['003'],
    });
  });

  test('each cell keeps the phrase the source used', () => {
    const queue = comparison(shipped, 4).rows.find((row) => row.label === 'queue')!;
    expect(queue.sources['000']!.phrase).toBe('QueueRunners');
    expect(queue.sources['003']!.phrase).toBe('Queues');
  });

  test('the consensus groups concepts by how many sources name them', () => {
    expect(comparison(shipped, 4).consensus).toEqual({
      all: ['sparse-tensor', 'ragged-tensor', 'tensor-array'],
      majority: ['queue', 'variable', 'dataset', 'string-tensor'],
      single: { '003': ['set'] },
      answering: 3,
    });
  });

  test('question 3 is disputed: 000 and 002 say yes, 003 says no, and the editor says no', () => {
    const verdicts = comparison(shipped, 3).verdicts!;
    expect(Object.fromEntries(Object.entries(verdicts.bySource).map(([id, v]) => [id, v.verdict]))).toEqual({
      '000': 'yes',
      '002': 'yes',
      '003': 'no',
    });
    expect(verdicts).toMatchObject({ disputed: true, correct: 'no' });
  });

  test('questions whose sources agree carry no dispute, and requests for a list carry no verdict', () => {
    expect(comparison(shipped, 2).verdicts).toMatchObject({ disputed: false });
    expect(comparison(shipped, 9).verdicts).toMatchObject({ disputed: false, correct: 'nuanced' });
    expect(comparison(shipped, 4).verdicts).toBeUndefined();
    expect(comparison(shipped, 1).verdicts).toBeUndefined();
  });

  test('concepts the question itself names are left out of its table', () => {
    expect(Object.keys(named(comparison(shipped, 7)))).not.toContain('custom layer');
    expect(Object.keys(named(comparison(shipped, 5)))).not.toContain('keras.losses.Loss');
  });

  test('every question matches its pinned comparison (UPDATE=1 rewrites)', () => {
    const dir = join(import.meta.dirname, '__fixtures__');
    if (process.env.UPDATE) mkdirSync(dir, { recursive: true });
    for (const question of shipped.questions) {
      const path = join(dir, `seed-q${String(question.number).padStart(2, '0')}.json`);
      const actual = {
        named: named(question.comparison),
        consensus: question.comparison.consensus,
        verdicts: question.comparison.verdicts ?? null,
      };
      expect(actual, `question ${question.number}`).toEqual(readExpected(path, actual));
    }
  });
});

describe('comparison without a glossary', () => {
  const bare = assembleGuide({ sources: shipped.sources });

  test('still finds the concepts answers mark, more coarsely', () => {
    const rows = named(comparison(bare, 4));
    expect(rows['sparse tensors']).toEqual(['000', '002', '003']);
    expect(rows['ragged tensors']).toEqual(['000', '002', '003']);
    expect(rows['dataset']).toEqual(['000', '002']);
    expect(Object.values(rows).flat().length).toBeGreaterThan(10);
  });

  test('takes no concept from a part’s letter, the study’s own words or a judging adjective', () => {
    const answers = (text: string) => ({ a: parseMarkdown(text), b: parseMarkdown(text) });
    const found = proseConcepts([
      {
        number: 1,
        prompt: 'How would you tune it?',
        answers: answers('b. Use train split with a grid search. See the exercise hint. A higher gini impurity.'),
      },
    ]);
    expect(
      found
        .get(1)!
        .get('a')!
        .map((concept) => concept.phrase),
    ).toEqual(['train split', 'grid search', 'gini impurity']);
  });

  test('takes no concept from a variable’s name (`Lag2`, `mpg01`)', () => {
    const answers = (text: string) => ({ a: parseMarkdown(text), b: parseMarkdown(text) });
    const found = proseConcepts([
      { number: 1, prompt: 'Which predictors matter?', answers: answers('Only Lag2 matters, and mpg01 follows the logistic regression.') },
    ]);
    const phrases = found
      .get(1)!
      .get('a')!
      .map((concept) => concept.phrase);
    expect(phrases).toContain('logistic regression');
    expect(phrases).not.toContain('Lag2');
    expect(phrases).not.toContain('mpg01');
  });

  test('keeps a technique’s abbreviation that most of the chapter’s questions use, as it drops other chapter-wide words', () => {
    const answers = (text: string) => ({ a: parseMarkdown(text), b: parseMarkdown(text) });
    const questions = [1, 2, 3, 4].map((number) => ({
      number,
      prompt: `Question ${number}?`,
      answers: answers(`LDA beats QDA on the training data for case ${number}.`),
    }));
    const phrases = proseConcepts(questions)
      .get(2)!
      .get('a')!
      .map((concept) => concept.phrase);
    expect(phrases).toEqual(['LDA', 'QDA']);
  });

  test('suggests a glossary to start from: terms, the wordings seen, a sentence that uses each, who names it', () => {
    const yaml = suggestGlossary(bare);
    const entries = parse(yaml) as Array<{ term: string; aliases?: string[]; definition: string }>;
    expect(glossaryFileSchema.safeParse(entries).success).toBe(true);
    const ragged = entries.find((entry) => entry.term === 'ragged tensors')!;
    expect(ragged.definition.toLowerCase()).toContain('ragged');
    expect(yaml).toMatch(/# questions [\d, ]+; named by /);
    expect(entries.length).toBeGreaterThan(5);
  });
});

describe('a reference answer key', () => {
  test('shows how much of the key each other source covers', () => {
    const sources = shipped.sources.map((s) => ({ ...s, reference: s.id === '002' }));
    const guide = assembleGuide({ sources, glossary: shipped.glossary });
    expect(comparison(guide, 4).coverage).toEqual({
      reference: '002',
      bySource: {
        '000': { named: 5, total: 6, missing: ['string-tensor'], own: ['queue'] },
        '003': { named: 4, total: 6, missing: ['variable', 'dataset'], own: ['queue', 'set'] },
      },
    });
  });
});

describe('a fourth source', () => {
  test('adds a column to every question, answered or skipped', () => {
    const text =
      '1. What is TensorFlow?\n   - A library with **GradientTape** and `tf.function`.\n\n4. Other structures?\n   - Sparse tensors: mostly zeros.\n';
    const extra = {
      id: '004',
      file: 'content/sources/004.txt',
      files: ['content/sources/004.txt'],
      label: 'Fourth',
      reference: false,
      lang: 'en',
      answerSet: parseAnswerSet({ id: '004', file: '004.txt', text }).answerSet!,
    };
    const guide = assembleGuide({ sources: [...shipped.sources, extra], glossary: shipped.glossary });
    expect(named(comparison(guide, 4))['sparse tensor']).toEqual(['000', '002', '003', '004']);
    expect(comparison(guide, 1).rows.find((row) => row.label === 'GradientTape')?.sources['004']).toEqual({
      phrase: 'GradientTape',
      count: 1,
    });
    expect(comparison(guide, 2).consensus.answering).toBe(3);
  });
});

describe('verdicts against a reference', () => {
  test('each verdict says whether it agrees with the reference source', () => {
    const sources = shipped.sources.map((s) => ({ ...s, reference: s.id === '003' }));
    const verdicts = comparison(assembleGuide({ sources, glossary: shipped.glossary }), 3).verdicts!;
    expect(verdicts.reference).toBe('003');
    expect(Object.fromEntries(Object.entries(verdicts.bySource).map(([id, v]) => [id, v.agreesWithReference]))).toEqual({
      '000': false,
      '002': false,
      '003': undefined,
    });
    expect(verdicts.disputed).toBe(true);
  });
});
