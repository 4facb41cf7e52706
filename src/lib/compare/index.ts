/** Per question, which source names which concept, the consensus, and the verdicts. */
import type { AlignedQuestion } from '../align/align.ts';
import type { Comparison, ConceptRow, GlossaryEntry, Note, Source, SourceVerdict } from '../model/model.ts';
import { closeness } from './closeness.ts';
import { extractConcepts, promptConcepts, type Found } from './extract.ts';
import { buildGlossaryIndex, conceptId, type GlossaryIndex } from './glossary.ts';
import { isIdentifier } from './normalise.ts';
import { choiceOptions, readChoice } from './choice.ts';
import { proseConcepts } from './prose-concepts.ts';
import { isYesNoQuestion, readVerdict } from './verdict.ts';

export { buildGlossaryIndex, conceptId } from './glossary.ts';

/** Comparisons keyed by question number. */
export function compareGuide(
  guide: { sources: readonly Source[]; questions: readonly AlignedQuestion[] },
  glossary: readonly GlossaryEntry[],
  notes: Record<string, Note> = {},
): Record<number, Comparison> {
  const index = buildGlossaryIndex(glossary);
  const reference = guide.sources.find((source) => source.reference)?.id;
  // Without a glossary, the answers' prose names the concepts too; a glossary, where there is one, decides alone.
  const prose =
    glossary.length === 0
      ? proseConcepts(
          guide.questions.map((q) => ({
            number: q.number,
            prompt: q.prompt,
            answers: Object.fromEntries(Object.entries(q.answers).map(([id, answer]) => [id, answer.body])),
          })),
        )
      : undefined;
  return Object.fromEntries(
    guide.questions.map((question) => [
      question.number,
      compareQuestion(
        question,
        guide.sources.map((s) => s.id),
        index,
        notes[question.number],
        reference,
        prose?.get(question.number),
      ),
    ]),
  );
}

export function compareQuestion(
  question: AlignedQuestion,
  sourceIds: readonly string[],
  glossary: GlossaryIndex,
  note?: Note,
  reference?: string,
  prose?: ReadonlyMap<string, Found[]>,
): Comparison {
  const asked = promptConcepts(question.prompt, glossary);
  const rows = new Map<string, ConceptRow & { order: number }>();
  let order = 0;
  const answering = sourceIds.filter((id) => question.answers[id]);

  for (const id of answering) {
    const marked = extractConcepts(question.answers[id]!.body, glossary);
    const said = (prose?.get(id) ?? []).filter((found) => !marked.some((other) => other.key === found.key));
    for (const found of [...marked, ...said]) {
      if (asked.has(found.key)) continue;
      const row = rows.get(found.key) ?? newRow(found, order++);
      row.sources[id] = { phrase: found.phrase, count: found.count, ...(found.inCode ? { inCode: true } : {}) };
      rows.set(found.key, row);
    }
  }
  const sorted = [...rows.values()]
    .sort(
      (a, b) => Object.keys(b.sources).length - Object.keys(a.sources).length || Number(b.defined) - Number(a.defined) || a.order - b.order,
    )
    .map(({ order: _order, ...row }) => row);

  // "Should you increase or decrease …?" asks to choose, not for a yes or a no.
  const options = choiceOptions(question.prompt);
  return {
    rows: sorted,
    consensus: consensus(sorted, answering),
    ...(options
      ? { choices: choices(question, answering, options) }
      : isYesNoQuestion(question.prompt)
        ? { verdicts: verdicts(question, answering, note, reference) }
        : {}),
    ...(reference && question.answers[reference] ? { coverage: coverage(sorted, answering, reference) } : {}),
    ...(answering.length > 1
      ? {
          closeness: closeness(
            answering.map((id) => [id, question.answers[id]!.body]),
            reference && question.answers[reference] ? reference : undefined,
          ),
        }
      : {}),
  };
}

function newRow(found: Found, order: number): ConceptRow & { order: number } {
  const label = found.entry?.term ?? (isIdentifier(found.phrase) ? found.phrase : found.phrase.toLowerCase());
  return {
    id: conceptId(label),
    label,
    code: !found.entry && isIdentifier(found.phrase),
    defined: Boolean(found.entry),
    sources: {},
    order,
  };
}

function consensus(rows: readonly ConceptRow[], answering: readonly string[]): Comparison['consensus'] {
  const count = (row: ConceptRow) => Object.keys(row.sources).length;
  const many = answering.length > 1;
  const single: Record<string, string[]> = {};
  if (many) {
    for (const row of rows.filter((r) => count(r) === 1)) (single[Object.keys(row.sources)[0]!] ??= []).push(row.id);
  }
  return {
    all: many ? rows.filter((r) => count(r) === answering.length).map((r) => r.id) : [],
    majority: rows.filter((r) => count(r) < answering.length && count(r) * 2 > answering.length).map((r) => r.id),
    single,
    answering: answering.length,
  };
}

function verdicts(
  question: AlignedQuestion,
  answering: readonly string[],
  note?: Note,
  reference?: string,
): NonNullable<Comparison['verdicts']> {
  const bySource: Record<string, SourceVerdict> = {};
  for (const id of answering) {
    const byEditor = note?.sources?.[id];
    bySource[id] = byEditor
      ? { verdict: byEditor, evidence: 'set by the editor', byEditor: true }
      : { ...readVerdict(question.answers[id]!.body, question.prompt), byEditor: false };
  }
  const stated = new Set(
    Object.values(bySource)
      .map((v) => v.verdict)
      .filter((v) => v !== 'unclear'),
  );
  const key = reference ? bySource[reference] : undefined;
  if (key && key.verdict !== 'unclear') {
    for (const [id, v] of Object.entries(bySource))
      if (id !== reference && v.verdict !== 'unclear') v.agreesWithReference = v.verdict === key.verdict;
  }
  return {
    bySource,
    disputed: stated.size > 1,
    ...(key ? { reference } : {}),
    ...(note?.verdict ? { correct: note.verdict } : {}),
  };
}

function choices(question: AlignedQuestion, answering: readonly string[], options: [string, string]): NonNullable<Comparison['choices']> {
  const bySource = Object.fromEntries(answering.map((id) => [id, readChoice(question.answers[id]!.body, options)]));
  const chosen = new Set(
    Object.values(bySource)
      .map((read) => read.choice)
      .filter((choice) => choice !== 'unclear'),
  );
  return { options, bySource, disputed: chosen.size > 1 };
}

function coverage(rows: readonly ConceptRow[], answering: readonly string[], reference: string): NonNullable<Comparison['coverage']> {
  const expected = rows.filter((row) => row.sources[reference]);
  const bySource: NonNullable<Comparison['coverage']>['bySource'] = {};
  for (const id of answering) {
    if (id === reference) continue;
    const missing = expected.filter((row) => !row.sources[id]).map((row) => row.id);
    const own = rows.filter((row) => row.sources[id] && !row.sources[reference]).map((row) => row.id);
    bySource[id] = { named: expected.length - missing.length, total: expected.length, missing, own };
  }
  return { reference, bySource };
}
