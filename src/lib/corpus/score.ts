/**
 * The study-group corpus (`parse/__fixtures__/corpus/`): each group's answer
 * sets dropped into a fresh guide, as a maintainer would, and every key
 * phrase looked up in the built model: under its own question (placed),
 * under another (misplaced), or under none (unplaced). `npm run corpus`
 * prints the result.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGuide } from '../build/load.ts';
import { serialise, words } from '../read/markdown.ts';
import { UNSPACED_LETTER } from '../read/scripts.ts';
import type { Guide, Source } from '../model/model.ts';
import { readSourceText } from '../build/read.ts';
import { idKey, printedId } from '../model/question-id.ts';
import { renderGuide } from '../render/guide.ts';
import { pageTexts } from '../verify/page-text.ts';
import { findMissingLines } from '../verify/visible.ts';

export interface CorpusKey {
  layout: string;
  /** The questions the set words itself (the question's text, not a bare number or a short title). */
  worded?: Array<number | string>;
  /** The question as the book prints it: `3`, or `3.4` in a book that numbers exercises within chapters. */
  answers: Array<{ question: number | string; phrase: string }>;
}

export interface SetScore {
  part: string;
  group: string;
  set: string;
  keys: number;
  placed: number;
  misplaced: number;
  unplaced: number;
  /** The source was published whole, not split into answers. */
  unsplit: boolean;
  /** The guide of its group did not build. */
  stopped: boolean;
  /** Where each key that did not land went: `3 → 4`, `3 → none`. */
  misses: string[];
  /** Lines of the set that are not visible on the built pages (the nothing-lost check). */
  lost: number;
  /** The set's answers, and those for which it words the question (a prompt of its own). */
  answers: number;
  prompted: number;
  /** The guide of its group: its questions, those whose page shows a prompt, and those titled only `Question N`. */
  guide: { questions: number; prompted: number; untitled: number };
  /** The questions the set words (its key's `worded`), by the id the guide prints, and of those the ones whose page shows a prompt and a title from the words. */
  worded: { id: string; prompted: boolean; titled: boolean }[];
}

/** The set folders of the corpus, by part (`open`, `sealed`) and group. */
export function corpusSets(root: string): Array<{ part: string; group: string; set: string; dir: string }> {
  const dirs = (at: string) =>
    existsSync(at)
      ? readdirSync(at, { withFileTypes: true })
          .filter((e) => e.isDirectory())
          .map((e) => e.name)
          .sort()
      : [];
  // A set still being written (no key or no input yet) is left out.
  const complete = (dir: string) =>
    existsSync(join(dir, 'key.json')) && readdirSync(dir).some((entry) => entry === 'input' || entry.startsWith('input.'));
  return dirs(root).flatMap((part) =>
    dirs(join(root, part)).flatMap((group) =>
      dirs(join(root, part, group))
        .map((set) => ({ part, group, set, dir: join(root, part, group, set) }))
        .filter((set) => complete(set.dir)),
    ),
  );
}

/** Drops each set's input into `content/sources/`, as a maintainer would; the source ids, in the sets' order. */
export function dropIn(members: readonly { set: string; dir: string }[], content: string): string[] {
  mkdirSync(join(content, 'sources'), { recursive: true });
  return members.map((member, i) => {
    const input = readdirSync(member.dir).find((entry) => entry === 'input' || entry.startsWith('input.'))!;
    const id = String(101 + i);
    cpSync(join(member.dir, input), join(content, 'sources', `${id}_${member.set}${input.slice('input'.length)}`), { recursive: true });
    return id;
  });
}

/** Words only, lower case, so Markdown escapes, marks and line breaks do not matter. */
export const flat = (text: string) => ` ${words(text.replace(/\\(.)/g, '$1').replace(/[`*_]/g, '').toLowerCase()).join(' ')} `;

/** The text a reader sees under each question for one source: the answer, its own wording of the question and its title. */
export function textsByQuestion(source: Source, guide: Guide | undefined): Array<[string, string]> {
  return source.answerSet.answers.map((answer) => [
    printedId(answer.number, guide?.chapter, guide?.sectioned, guide?.hyphenated, guide?.sectionDots),
    flat([answer.title ?? '', answer.prompt ?? '', serialise(answer.body)].join('\n')),
  ]);
}

/** How many of a guide's questions show a prompt, and how many are titled only `Question N`. */
function promptScore(guide: Guide | undefined): SetScore['guide'] {
  const questions = guide?.questions ?? [];
  return {
    questions: questions.length,
    prompted: questions.filter((q) => q.prompt).length,
    untitled: questions.filter((q) => q.title === `Question ${q.id}`).length,
  };
}

/** A key's question as the guide prints it: `3` (or `"3"`, or `"Q3"`, the label a book may print, never a series) of a book numbered 1, 2, 3 in the guide's scheme, and a series' `P3` too; a key such as `3.4` as written. */
const keyId = (question: number | string, guide: Guide | undefined) =>
  typeof question === 'number' || /^Q?\d+$/i.test(question)
    ? printedId(Number(String(question).replace(/^Q/i, '')), guide?.chapter, false, guide?.hyphenated)
    : // A series' id (`P3`) as the guide prints it with its chapter (`2P3`).
      /^[A-Z]\d+$/.test(question) && guide?.chapter !== undefined
      ? printedId(idKey(question), guide.chapter, false, guide.hyphenated)
      : question;

/**
 * Whether two printed ids name the same exercise: a key writes the id as its book prints it (`1.1.1`), and the guide
 * prints it with the joins most of its sources use (`1.1-1`), which is the same exercise of the same section.
 */
const sameId = (a: string, b: string) => a.replaceAll('-', '.') === b.replaceAll('-', '.');

/** Scores every set of the corpus; each group is one guide holding all of its sets, whatever their part. */
export async function scoreCorpus(root: string): Promise<SetScore[]> {
  const sets = corpusSets(root);
  const scratch = mkdtempSync(join(tmpdir(), 'crossguide-corpus-'));
  const scores: SetScore[] = [];
  try {
    for (const group of [...new Set(sets.map((s) => s.group))].sort()) {
      const members = sets.filter((s) => s.group === group);
      const content = join(scratch, group);
      const ids = dropIn(members, content);
      const { guide, shown } = loadGuide(content, scratch);
      // Nothing lost: every line of every set on its pages, as the site renders them.
      const missing = guide
        ? findMissingLines({
            guide,
            readSource: (file) => readSourceText(join(scratch, file), file),
            pageText: pageTexts(guide, await renderGuide(guide)),
            shown: (file) => shown.get(file),
          })
        : [];
      for (const [i, member] of members.entries()) {
        const key = JSON.parse(readFileSync(join(member.dir, 'key.json'), 'utf8')) as CorpusKey;
        const source = guide?.sources.find((s) => s.id === ids[i]);
        const texts = source ? textsByQuestion(source, guide) : [];
        const answers = source?.answerSet.answers ?? [];
        const score: SetScore = {
          part: member.part,
          group,
          set: member.set,
          keys: key.answers.length,
          placed: 0,
          misplaced: 0,
          unplaced: 0,
          unsplit: Boolean(source?.unsplit),
          stopped: !guide,
          misses: [],
          lost: missing.filter((d) => d.file.startsWith(`${group}/sources/${ids[i]}_`)).length,
          answers: answers.length,
          prompted: answers.filter((answer) => answer.prompt).length,
          guide: promptScore(guide),
          worded: (key.worded ?? []).map((question) => {
            const id = keyId(question, guide);
            const shown = guide?.questions.find((q) => sameId(q.id, id));
            return { id, prompted: Boolean(shown?.prompt), titled: Boolean(shown && shown.title !== `Question ${shown.id}`) };
          }),
        };
        for (const { question, phrase } of key.answers) {
          // Chinese and Japanese have no spaces between words: a phrase may start or end inside what `flat` reads as one.
          const needle = flat(phrase)
            .replace(new RegExp(`^ (?=${UNSPACED_LETTER.source})`, 'u'), '')
            .replace(new RegExp(`(?<=${UNSPACED_LETTER.source}) $`, 'u'), '');
          const found = texts.filter(([, text]) => text.includes(needle)).map(([number]) => number);
          // A key of a book numbered 1, 2, 3 names the number; a key such as `3.4`, the id the guide prints.
          const own = keyId(question, guide);
          if (found.some((id) => sameId(id, own))) score.placed++;
          else if (found.length) {
            score.misplaced++;
            score.misses.push(`${question} → ${found.join(', ')}`);
          } else {
            score.unplaced++;
            score.misses.push(`${question} → none`);
          }
        }
        scores.push(score);
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return scores;
}

/** Totals over some sets. */
export function totals(scores: readonly SetScore[]) {
  const sum = (pick: (s: SetScore) => number) => scores.reduce((n, s) => n + pick(s), 0);
  const keys = sum((s) => s.keys);
  return {
    sets: scores.length,
    keys,
    placed: sum((s) => s.placed),
    misplaced: sum((s) => s.misplaced),
    unplaced: sum((s) => s.unplaced),
    unsplit: scores.filter((s) => s.unsplit).length,
    lost: sum((s) => s.lost),
    stopped: scores.filter((s) => s.stopped).length,
    share: (n: number) => (keys ? (100 * n) / keys : 0),
  };
}

/** The questions a part's sets word, once per guide, and of those how many pages show a prompt and a title from it. */
export function wordedQuestions(part: readonly SetScore[]): { worded: number; prompted: number; titled: number } {
  const questions = [...new Map(part.flatMap((s) => s.worded.map((w) => [`${s.group} ${w.id}`, w] as const))).values()];
  return {
    worded: questions.length,
    prompted: questions.filter((w) => w.prompted).length,
    titled: questions.filter((w) => w.titled).length,
  };
}
