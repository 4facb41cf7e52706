/**
 * Reads every source of a guide, in two passes: first each on its own, then,
 * for a source whose questions only their wording can place (no numbers, or
 * numbered statements that may be answers), again with the questions the
 * rest of the guide words.
 */
import type { QuestionConfig, ReadSettings } from '../model/model.ts';
import { keyAsGuide } from '../model/question-id.ts';
import { promptPool } from '../parse/prompt-index.ts';
import { readsPrompts } from '../parse/layouts.ts';
import { readSource, type ReadSource } from './read.ts';

export interface SourceEntry {
  id: string;
  /** Absolute path of the file or folder. */
  path: string;
  /** Project-relative path, as diagnostics print it. */
  file: string;
  /** How `sources.yaml` says to read it, where it says. */
  settings?: ReadSettings;
  /** The content folder's real path: links in a source folder are followed only inside it. */
  root?: string;
  /** In a book, the member whose file or folder it is (their folder's name as a source id); a second file of theirs in a chapter is `<member>-2`. */
  member?: string;
}

/** The first pass: one source, read without the rest of the guide. */
export const readAlone = (entry: SourceEntry): ReadSource =>
  readSource(entry.id, entry.path, entry.file, entry.settings ? { settings: entry.settings } : {}, entry.root);

const ASKS = /\?[)"'”’*_]*\s*$/;

/**
 * Reads the sources in order; the result at index i belongs to `entries[i]`. `first` is each
 * source already read on its own (the first pass), when another thread did that part.
 */
export function readAllSources(
  entries: readonly SourceEntry[],
  questionConfig: Record<string, QuestionConfig> = {},
  first: readonly ReadSource[] = entries.map(readAlone),
): ReadSource[] {
  // Keyed as the guide reads them (`4` as R4, `3.2.1` as 3.2.4-1), so the wordings pooled below meet under one key.
  keyAsGuide(first.map((read) => read.answerSet?.answers ?? []));
  // questions.yaml's prompts, then each source's, less those of numbers questions.yaml words: one pool, read less each source's own.
  const configured = new Map<number, string[]>();
  for (const [key, config] of Object.entries(questionConfig)) if (config.prompt) configured.set(Number(key), [config.prompt]);
  // A statement (`Name five areas where …`) words a question only where no source asks that number as a question.
  const asked = new Set(first.flatMap((read) => [...reliablePrompts(read).keys()]));
  const given = first.map((read) => {
    const prompts = new Map<number, string[]>();
    for (const [number, prompt] of reliablePrompts(read)) if (!questionConfig[String(number)]?.prompt) prompts.set(number, [prompt]);
    for (const [number, prompt] of statedPrompts(read))
      if (!asked.has(number) && !questionConfig[String(number)]?.prompt) prompts.set(number, [prompt]);
    return prompts;
  });
  const pool = promptPool([configured, ...given]);
  const known = pool.without(-1).numbers.length;
  return entries.map((entry, i) => {
    if (!needsWording(first[i]!, known)) return first[i]!;
    const prompts = pool.without(i + 1);
    if (!prompts.numbers.length) return first[i]!;
    // The text is the same, so what its lines show is too.
    const { shown } = first[i]!;
    return {
      ...readSource(entry.id, entry.path, entry.file, { prompts, ...(entry.settings ? { settings: entry.settings } : {}) }, entry.root),
      ...(shown ? { shown } : {}),
    };
  });
}

/**
 * The prompts a source gives that surely are questions: those that ask.
 * A statement counts only for a number no source asks about (an exercise
 * such as "Implement a custom layer …"), decided by `readAllSources`' caller
 * through the same rule on every source.
 */
function reliablePrompts(read: ReadSource): Map<number, string> {
  const prompts = new Map<number, string>();
  for (const answer of read.answerSet?.answers ?? [])
    if (answer.prompt && ASKS.test(answer.prompt)) prompts.set(answer.number, answer.prompt);
  return prompts;
}

/** Warnings that say a file's numbers may not be its questions'. */
const DOUBTFUL_NUMBERS = new Set(['duplicate-question', 'out-of-order', 'renumbered']);

/** The prompts a source gives that do not ask: short statements, the way books word an exercise (`Name five areas …`). */
function statedPrompts(read: ReadSource): Map<number, string> {
  const prompts = new Map<number, string>();
  for (const answer of read.answerSet?.answers ?? []) {
    if (answer.prompt && !ASKS.test(answer.prompt) && answer.prompt.split(/\s+/).length <= 40) prompts.set(answer.number, answer.prompt);
  }
  return prompts;
}

/**
 * Whether a source's questions depend on their wording: it numbers none, it
 * numbers statements, or its numbers are doubtful (repeated, out of order,
 * answers without their questions, or far fewer than the guide's `known`
 * questions), so its wording may explain it better. A layout that never reads
 * the guide's prompts would read the file again the same, so it is not read again.
 */
function needsWording(read: ReadSource, known: number): boolean {
  if (!read.answerSet) return read.diagnostics.some((d) => d.ruleId === 'no-numbering');
  const { format, answers } = read.answerSet;
  if (format === 'answers-only' || read.diagnostics.some((d) => DOUBTFUL_NUMBERS.has(d.ruleId)) || answers.length * 2 < known) return true;
  if (!readsPrompts(format)) return false;
  return (
    format === 'python-script' || format === 'folder' || answers.some((answer) => answer.prompt !== undefined && !ASKS.test(answer.prompt))
  );
}
