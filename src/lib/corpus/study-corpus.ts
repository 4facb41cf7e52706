/**
 * The study corpus: the shipped guide plus the real answer sets and a
 * near-copy, the published solutions as reference, scored against a
 * hand-written answer key (`__fixtures__/study-corpus/truth.json`) for
 * verdict accuracy, concept precision and recall, and near-copy grouping.
 */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGuide } from '../build/load.ts';
import type { Guide } from '../model/model.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const corpusDir = join(import.meta.dirname, '__fixtures__', 'study-corpus');
const realDir = join(root, 'src', 'lib', 'parse', '__fixtures__', 'real');

export interface StudyTruth {
  /** Name of the reference case. */
  reference: string;
  sources: { real: string[]; own: string[] };
  nearCopies: Array<[string, string]>;
  /** Question number → source name → verdicts right for that answer. */
  verdicts: Record<string, Record<string, string[]>>;
  /** Question number → source name → concept ids the answer names. */
  concepts: Record<string, Record<string, string[]>>;
}

export interface StudyCorpus {
  guide: Guide;
  truth: StudyTruth;
  /** Source name (a shipped id or a case name) → source id in the guide. */
  ids: Map<string, string>;
}

/** Builds the corpus guide in a scratch copy of the shipped content; the copy is removed again. */
export function loadStudyCorpus(): StudyCorpus {
  const truth = JSON.parse(readFileSync(join(corpusDir, 'truth.json'), 'utf8')) as StudyTruth;
  const scratch = mkdtempSync(join(tmpdir(), 'study-corpus-'));
  try {
    const content = join(scratch, 'content');
    cpSync(join(root, 'content'), content, { recursive: true });
    const ids = new Map<string, string>(['000', '002', '003'].map((id) => [id, id]));
    const cases = [
      ...truth.sources.real.map((name) => [name, join(realDir, name)]),
      ...truth.sources.own.map((name) => [name, join(corpusDir, name)]),
    ];
    for (const [index, [name, dir]] of cases.entries()) {
      const id = String(900 + index);
      const input = readdirSync(dir!).find((entry) => entry === 'input' || entry.startsWith('input.'))!;
      cpSync(join(dir!, input), join(content, 'sources', `${id}_${name}${input.slice('input'.length)}`), { recursive: true });
      const reference = name === truth.reference ? ', reference: true' : '';
      appendFileSync(join(content, 'sources.yaml'), `'${id}': { label: ${JSON.stringify(name)}${reference} }\n`);
      ids.set(name!, id);
    }
    const { guide, diagnostics } = loadGuide(content, scratch);
    if (!guide) throw new Error(`the study corpus does not load: ${diagnostics.map((d) => d.message).join('; ')}`);
    return { guide, truth, ids };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export interface StudyScores {
  verdicts: { right: number; total: number; accuracy: number; wrong: string[] };
  concepts: {
    truePositives: number;
    falsePositives: number;
    falseNegatives: number;
    precision: number;
    recall: number;
    f1: number;
    errors: string[];
  };
  nearCopies: { found: number; total: number; extra: number };
}

/** Scores the corpus guide against its answer key. */
export function scoreStudyCorpus({ guide, truth, ids }: StudyCorpus): StudyScores {
  const question = (number: string) => guide.questions.find((q) => q.number === Number(number))!;
  const wrong: string[] = [];
  let right = 0;
  let total = 0;
  for (const [number, bySource] of Object.entries(truth.verdicts)) {
    const verdicts = question(number).comparison.verdicts?.bySource ?? {};
    for (const [name, accepted] of Object.entries(bySource)) {
      const read = verdicts[ids.get(name)!]?.verdict ?? 'none';
      total++;
      if (accepted.includes(read)) right++;
      else wrong.push(`question ${number}, ${name}: read ${read}, right ${accepted.join(' or ')}`);
    }
  }

  const errors: string[] = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [number, bySource] of Object.entries(truth.concepts)) {
    const rows = question(number).comparison.rows;
    for (const [name, expected] of Object.entries(bySource)) {
      const found = new Set(rows.filter((row) => row.sources[ids.get(name)!]).map((row) => row.id));
      for (const id of expected)
        if (found.has(id)) tp++;
        else {
          fn++;
          errors.push(`question ${number}, ${name}: misses ${id}`);
        }
      for (const id of found)
        if (!expected.includes(id)) {
          fp++;
          errors.push(`question ${number}, ${name}: wrongly names ${id}`);
        }
    }
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;

  // A near-copy is found when the pair shares a copies group on every question both answer.
  const key = (a: string, b: string) => [a, b].sort().join(',');
  const expectedPairs = new Set(truth.nearCopies.map(([a, b]) => key(ids.get(a)!, ids.get(b)!)));
  const foundPairs = new Map<string, number>();
  const bothAnswer = new Map<string, number>();
  for (const q of guide.questions) {
    for (const pair of q.comparison.closeness?.pairs ?? [])
      bothAnswer.set(key(pair.a, pair.b), (bothAnswer.get(key(pair.a, pair.b)) ?? 0) + 1);
    for (const group of q.comparison.closeness?.copies ?? []) {
      for (const [i, a] of group.entries())
        for (const b of group.slice(i + 1)) foundPairs.set(key(a, b), (foundPairs.get(key(a, b)) ?? 0) + 1);
    }
  }
  const always = [...foundPairs].filter(([pair, count]) => count === bothAnswer.get(pair)).map(([pair]) => pair);
  return {
    verdicts: { right, total, accuracy: total ? right / total : 0, wrong },
    concepts: {
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      precision,
      recall,
      f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
      errors,
    },
    nearCopies: {
      found: always.filter((pair) => expectedPairs.has(pair)).length,
      total: expectedPairs.size,
      extra: always.filter((pair) => !expectedPairs.has(pair)).length,
    },
  };
}
