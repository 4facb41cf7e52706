/**
 * The concept corpus: real answer sets of four chapters of two books (from the
 * study-group corpus), each built into a guide with no glossary, and scored
 * against a hand-written key (`__fixtures__/concept-corpus/<group>.json`) of
 * the concepts each set names per question, each set's choice on either-or
 * questions and its verdict on yes/no ones. Scores are split by the part
 * (`open`, `sealed`) the set belongs to in the study-group corpus.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusSets, dropIn } from './score.ts';
import { loadGuide } from '../build/load.ts';
import type { Comparison } from '../model/model.ts';
import { stemSequence } from '../read/similarity.ts';

const keysDir = join(import.meta.dirname, '__fixtures__', 'concept-corpus');
const corpusDir = join(import.meta.dirname, '..', 'parse', '__fixtures__', 'corpus');

interface ConceptKey {
  group: string;
  /** Question → `part/set` → terms, aliases joined by `|`. */
  concepts: Record<string, Record<string, string[]>>;
  choices?: Record<string, { options: string[]; sources: Record<string, string> }>;
  verdicts?: Record<string, Record<string, string>>;
}

export interface PartScore {
  /** Concept rows of the sets' answers, those that match a key term, key terms, and those found. */
  rows: number;
  rowsMatched: number;
  terms: number;
  termsFound: number;
  /** Keyed choices and verdicts, and those read right. */
  stances: number;
  stancesRight: number;
  /** Either-or or yes/no questions whose keyed stances differ, and those the guide marks disputed. */
  disputes: number;
  disputesMarked: number;
}

const empty = (): PartScore => ({
  rows: 0,
  rowsMatched: 0,
  terms: 0,
  termsFound: 0,
  stances: 0,
  stancesRight: 0,
  disputes: 0,
  disputesMarked: 0,
});

/** A term's stemmed words, for matching a key term against a concept row's label. */
const wordsOf = (text: string) => stemSequence(text.replace(/[-_]/g, ' '));

/** A row names a key term when the stemmed words of one hold all of the other's. */
function names(label: string, term: string): boolean {
  const [row, key] = [wordsOf(label), wordsOf(term)];
  if (row.length === 0 || key.length === 0) return false;
  return key.every((word) => row.includes(word)) || row.every((word) => key.includes(word));
}

/** Scores every keyed group, with no glossary; `part` of each set as in the study-group corpus. */
export function scoreConceptCorpus(): Record<'open' | 'sealed', PartScore> {
  const scores = { open: empty(), sealed: empty() };
  const scratch = mkdtempSync(join(tmpdir(), 'concept-corpus-'));
  try {
    for (const file of readdirSync(keysDir)
      .filter((name) => name.endsWith('.json'))
      .sort()) {
      const key = JSON.parse(readFileSync(join(keysDir, file), 'utf8')) as ConceptKey;
      const content = join(scratch, key.group);
      const members = corpusSets(corpusDir).filter((set) => set.group === key.group);
      const dropped = dropIn(members, content);
      const ids = new Map(members.map((member, i) => [`${member.part}/${member.set}`, dropped[i]!]));
      const { guide } = loadGuide(content, scratch);
      if (!guide) continue;
      const comparisonOf = (question: string): Comparison | undefined =>
        guide.questions.find((q) => q.id === question || String(q.number) === question)?.comparison;
      const partOf = (set: string) => scores[set.startsWith('sealed/') ? 'sealed' : 'open'];

      for (const [question, bySet] of Object.entries(key.concepts)) {
        const rows = comparisonOf(question)?.rows ?? [];
        // A term the question itself names stays out of its table by design, so the key leaves it out too.
        const asked = new Set(wordsOf(guide.questions.find((q) => q.id === question || String(q.number) === question)?.prompt ?? ''));
        const own = (term: string) => term.split('|').every((alias) => !wordsOf(alias).every((word) => asked.has(word)));
        for (const [set, keyed] of Object.entries(bySet)) {
          const terms = keyed.filter(own);
          const score = partOf(set);
          const named = rows.filter((row) => row.sources[ids.get(set) ?? '']);
          const matches = (label: string) => terms.some((term) => term.split('|').some((alias) => names(label, alias)));
          score.rows += named.length;
          score.rowsMatched += named.filter((row) => matches(row.label)).length;
          score.terms += terms.length;
          score.termsFound += terms.filter((term) => named.some((row) => term.split('|').some((alias) => names(row.label, alias)))).length;
        }
      }
      type Stance = readonly [
        string,
        Record<string, string>,
        (comparison: Comparison | undefined, id: string) => string | undefined,
        (comparison: Comparison | undefined) => boolean,
      ];
      const stances: Stance[] = [
        ...Object.entries(key.choices ?? {}).map(
          ([question, { sources }]) =>
            [
              question,
              sources,
              (c: Comparison | undefined, id: string) => c?.choices?.bySource[id]?.choice,
              (c: Comparison | undefined) => Boolean(c?.choices?.disputed),
            ] as const,
        ),
        ...Object.entries(key.verdicts ?? {}).map(
          ([question, sources]) =>
            [
              question,
              sources,
              (c: Comparison | undefined, id: string) => c?.verdicts?.bySource[id]?.verdict,
              (c: Comparison | undefined) => Boolean(c?.verdicts?.disputed),
            ] as const,
        ),
      ];
      // Keys of a lettered part (`5a-test`) name a part of an exercise, which the guide does not compare apart.
      for (const [question, sources, read, disputed] of stances.filter(([question]) => /^\d+$/.test(question))) {
        const comparison = comparisonOf(question);
        for (const [set, stance] of Object.entries(sources)) {
          const score = partOf(set);
          score.stances++;
          if (read(comparison, ids.get(set) ?? '')?.toLowerCase() === stance.toLowerCase()) score.stancesRight++;
        }
        const differ = new Set(Object.values(sources).map((stance) => stance.toLowerCase())).size > 1;
        if (!differ) continue;
        const parts = new Set(Object.keys(sources).map((set) => (set.startsWith('sealed/') ? 'sealed' : 'open')));
        for (const part of parts) {
          scores[part].disputes++;
          if (disputed(comparison)) scores[part].disputesMarked++;
        }
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return scores;
}

/** Precision, recall and F1 of the concepts, and the share of stances read right. */
export function conceptMeasures(score: PartScore) {
  const precision = score.rows ? score.rowsMatched / score.rows : 0;
  const recall = score.terms ? score.termsFound / score.terms : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    precision,
    recall,
    f1,
    stances: score.stances ? score.stancesRight / score.stances : 0,
    disputes: `${score.disputesMarked} of ${score.disputes}`,
  };
}
