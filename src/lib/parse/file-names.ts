/**
 * Question numbers in the names of a folder's files, read over the whole
 * folder: `3.md`, `03-range.txt`, `q3.ipynb`, `Practice07.py`, and names
 * that carry the chapter first (`q_5_1_ans.md`, `04_05_notes.Rmd`), where
 * the number every file shares is the chapter's and the one that changes is
 * the question's. `Practice03-05.py` answers questions 3 to 5. A file whose
 * name has no number takes its folder's: `ch03_ex03-04/README.md` is 3.4.
 */

import { mostCommon, PROBLEMS, SECTION, seriesKey } from '../model/question-id.ts';
import { SPELLED_NUMBER, spelledNumber } from '../read/number-words.ts';

/** The questions a file's name says it answers: one number, or a range. */
export interface NamedQuestions {
  number: number;
  /** The last question of a range (`03-05` → 5). */
  last?: number;
  /** The chapter the name prints before the number, as a book prints `3.4`: `3.4.md`, `ex3-4.scm`, `ch03_ex03-04.md`. */
  chapter?: number;
  /** The name numbers the exercise within a section (`2.1-3.md`): `number` is the section's × 100 plus the exercise's. */
  sectioned?: true;
  /** The chapter is joined to the number by a hyphen (`3-4.md`). */
  hyphenated?: true;
}

/** A name that starts with its number, or with a word such as `q`, `exercise` or `answer` and then its number. */
export const LEADING = /^(?:(?:q|question|exercise|ex|answer|a)[-_ .]?)?0*(\d{1,4})(?:[a-z])?(?=$|[-_ .])/i;
/** Every run of digits in a name, with what follows it. */
const DIGITS = /\d{1,4}/g;
/** The most questions a chapter has: a larger number in a name is a year or a size, not a question. */
const MAX_QUESTION = 200;

const baseOf = (name: string) => name.slice(name.lastIndexOf('/') + 1);
/** A question's number in words after its label (`q-fifteen.sage`, `exercise_twenty_one.py`) is read as its digits. */
const WORDED_NUMBER = new RegExp(String.raw`^((?:q|question|exercise|ex|problem)[-_ .]?)(${SPELLED_NUMBER})(?=$|[-_ .])`, 'i');
const stemOf = (name: string) =>
  baseOf(name)
    .replace(/\.[^.]+$/, '')
    .replace(WORDED_NUMBER, (_, label: string, number: string) => `${label}${spelledNumber(number)}`);

/**
 * The part of a name that numbers it: the file's stem, or, when the stem has no number (`README.md`,
 * `main.rkt`), the names of its folders that do (`ch03_ex03-04/README.md`, `ch1/03/main.rkt` → `ch1/03`).
 */
export function numberedPart(name: string, sections: ReadonlySet<string> = new Set()): string {
  const stem = stemOf(name);
  const parents = name.split('/').slice(0, -1);
  // In a folder named after its exercise (`exercise_1_17/line_80.c`), a number inside the file's name is not the exercise's.
  const exerciseFolder = parents.some((folder) => EXERCISE_FOLDER.test(folder));
  if (/\d/.test(stem) && !(exerciseFolder && !LEADING.test(stem))) return stem;
  const folders = parents.filter((folder) => /\d/.test(folder) && !sections.has(folder));
  // A chapter's folder (`ch3/answers`, `chapter_05/notes.md`) numbers no question by itself.
  if (folders.every((folder) => CHAPTER_FOLDER.test(folder))) return stem;
  return folders.join('/') || stem;
}

/** A folder of exercises: `quiz/`, `exercises/`, `problems/`, `homework/`, `solutions/`. */
const EXERCISES_FOLDER = /^(?:quiz(?:zes)?|exercises?|problems?|homework|hw|answers?|solutions?)$/i;
/** A folder named after one exercise: `exercise_1_17`, `ex3-4`, `q12`, `problem-2`. */
export const EXERCISE_FOLDER = /^(?:exercise|ex|q|question|problem)[-_ .]?\d{1,3}(?:[-_.]\d{1,3})?$/i;
/** A folder of a chapter or a part of the book: `ch3`, `chapter_05`, `Chapter_3_Introducing_Lists`, `part_1`, `Chapter 3: Introducing Lists`. */
const CHAPTER_FOLDER = /^(?:ch(?:apter)?|part|unit|week|lesson)[-_ ]?\d{1,2}(?:[-_ :.]\D*)?$/i;
/** A file named after its chapter (`Chapter4.hs`, `Chapter4Spec.hs`): the chapter's code, numbering no question. */
const CHAPTER_FILE = /^ch(?:apter)?[-_ ]?\d{1,2}(?:[A-Z_-]\D*)?$/i;
/** A year in a name (`2019_aug_28.py`): the name is a date, not a question's number. */
const YEAR = /(?:^|\D)(?:19|20)\d{2}(?!\d)/;

/** `3.1 What is a List`, `3.1.1 Accessing Elements`: a folder named by a dotted number and words. */
const NUMBERED_FOLDER = /^(\d{1,2}(?:\.\d{1,3})+)[ \t]+\p{L}/u;

/**
 * Folders that mirror the book's sections (`3.1 What is a List/3.1.1 Accessing Elements/`): named by dotted
 * numbers and words, one number going on from another's. They hold the book's examples, and number no question.
 */
function sectionFolders(names: readonly string[]): Set<string> {
  const folders = new Set(names.flatMap((name) => name.split('/').slice(0, -1)).filter((folder) => NUMBERED_FOLDER.test(folder)));
  const numbers = [...folders].map((folder) => NUMBERED_FOLDER.exec(folder)![1]!);
  const nested = numbers.some((number) => numbers.some((other) => other.startsWith(`${number}.`)));
  return nested ? folders : new Set();
}

/** The numbers in `names` that name questions, by name; names without one are left out. */
export function questionsFromNames(names: readonly string[]): Map<string, NamedQuestions> {
  const sections = sectionFolders(names);
  const partOf = (name: string) => numberedPart(name, sections);
  const problems = new Map(
    names.flatMap((name) => {
      const problem = chapterProblem(name) ?? chapterProject(name);
      return problem ? [[name, problem] as const] : [];
    }),
  );
  const candidates = names.filter((name) => !problems.has(name) && !introduces(name, names));
  // A folder that holds the exercises (`03/quiz/51.rkt`, `ch2/exercises/4.py`) beside the book's own numbered sections
  // (`03/02-examples/01-logic-puzzles.rkt`): only the files in such folders number answers; the rest are material.
  const inExerciseFolders = candidates.filter(
    (name) =>
      /\d/.test(stemOf(name)) &&
      name
        .split('/')
        .slice(0, -1)
        .some((folder) => EXERCISES_FOLDER.test(folder)),
  );
  const answers = inExerciseFolders.length >= 3 ? inExerciseFolders : candidates;
  const suffixed =
    dottedSuffixes(answers, partOf) ??
    exerciseWordNames(answers, partOf) ??
    letteredNames(answers, partOf) ??
    exerciseAfterOtherNumbers(answers, partOf) ??
    chapterGluedNames(answers, partOf);
  if (suffixed) {
    for (const [name, problem] of problems) suffixed.set(name, problem);
    return suffixed;
  }
  // In a folder of files numbered by their own names (`1.1/Code/1.py` … `14.py`), a file whose name has no number
  // (`scratch.py`, `PDFs/hi.txt`) is material: the folder above it (`1.1/`) numbers the section, not the file.
  const ownNumber = (name: string) => /\d/.test(stemOf(name));
  const byOwnNames = answers.filter(ownNumber).length;
  const material = (name: string) => byOwnNames >= 3 && byOwnNames * 2 > answers.length && !ownNumber(name);
  const runs = new Map(
    answers
      .filter((name) => !material(name) && !YEAR.test(partOf(name)) && !CHAPTER_FILE.test(stemOf(name)))
      .map((name) => [name, [...partOf(name).matchAll(DIGITS)]] as const),
  );
  const withDigits = [...runs].filter(([, found]) => found.length > 0);
  const named = inSectionFolders(questionsFromNumbers(withDigits, partOf));
  for (const [name, problem] of problems) named.set(name, problem);
  return named;
}

/** A number a name gives alone: no chapter, section or range. */
const plainNumber = (question: NamedQuestions) =>
  question.chapter === undefined && !question.sectioned && question.last === undefined && question.number < SECTION;

/** A folder of a book's section: `section1`, `section-01`, `sec_2`. */
const SECTION_FOLDER = /^sec(?:tion|t)?[-_ ]?0*(\d{1,2})$/i;
/** A folder named by a section's number alone: `1.1`, `2.3`. */
const DOTTED_SECTION_FOLDER = /^(\d{1,2})\.(\d{1,2})$/;
/** A folder of a chapter, its number alone: `chapter1`, `ch03`. */
const CHAPTER_NUMBER_FOLDER = /^ch(?:apter)?[-_ ]?0*(\d{1,2})$/i;

/**
 * Names numbered 1, 2, 3 in folders of the book's sections (`chapter1/section1/Exercise14.java`, *Algorithms*' 1.1.14)
 * number exercises within those sections, of the chapter a folder above names. Names read otherwise are left as they are.
 */
function inSectionFolders(named: Map<string, NamedQuestions>): Map<string, NamedQuestions> {
  // A folder named by a section's number alone (`1.1/`, `1.1/Code/1.py` …) holds that section's exercises.
  const dotted = [...named].map(([name, question]) => ({
    name,
    question,
    section: name
      .split('/')
      .slice(0, -1)
      .findLast((folder) => DOTTED_SECTION_FOLDER.test(folder)),
  }));
  if (dotted.length >= 3 && dotted.every(({ section, question }) => section !== undefined && plainNumber(question)))
    return new Map(
      dotted.map(({ name, question, section }) => {
        const [chapter, within] = DOTTED_SECTION_FOLDER.exec(section!)!.slice(1).map(Number) as [number, number];
        return [name, { number: within * SECTION + question.number, sectioned: true as const, chapter }];
      }),
    );
  const placed = [...named].map(([name, question]) => {
    const folders = name.split('/').slice(0, -1);
    const at = folders.findLastIndex((folder) => SECTION_FOLDER.test(folder));
    const chapter = folders.slice(0, Math.max(at, 0)).findLast((folder) => CHAPTER_NUMBER_FOLDER.test(folder));
    return { name, question, section: at === -1 ? undefined : Number(SECTION_FOLDER.exec(folders[at]!)![1]), chapter };
  });
  if (
    placed.length < 3 ||
    !placed.every((entry) => entry.section !== undefined && entry.chapter !== undefined && plainNumber(entry.question))
  )
    return named;
  return new Map(
    placed.map(({ name, question, section, chapter }) => [
      name,
      { number: section! * SECTION + question.number, sectioned: true as const, chapter: Number(CHAPTER_NUMBER_FOLDER.exec(chapter!)![1]) },
    ]),
  );
}

/** A program named for what it does, with the exercise's id after the name: `echo1.1`, `fetchall1.10`, `dup1.4`. */
const DOTTED_SUFFIX = /\p{L}(\d{1,2})\.(\d{1,3})$/u;

/**
 * Folders or files named for a program with the exercise's id after it (`echo1.1/`, `dup1.4/`), beside the book's own
 * programs named with a version (`echo1/`, `dup2/`): three or more ids of one chapter so written number the answers,
 * and the other names number none (their files are shown as material, or after the answers).
 */
function dottedSuffixes(names: readonly string[], partOf: (name: string) => string): Map<string, NamedQuestions> | undefined {
  const found = names.flatMap((name) => {
    const id = DOTTED_SUFFIX.exec(baseOf(partOf(name)));
    return id ? [{ name, chapter: Number(id[1]), number: Number(id[2]) }] : [];
  });
  if (new Set(found.map((id) => id.number)).size < 3 || new Set(found.map((id) => id.chapter)).size !== 1) return undefined;
  return new Map(found.map(({ name, chapter, number }) => [name, { number, chapter }]));
}

/** A name that is an exercise word and its number alone: `ex001`, `exercise-3`, `Exercise14`, `q4`. */
const EXERCISE_NAME = /^(?:ex|exercise|exercice|q|question|problem)[-_ .]?0*(\d{1,3})$/i;

/**
 * Files named by an exercise word and number (`ex001.rkt` … `ex010.rkt`) beside files that start with numbers of their own
 * (`01_The_Arithmetic_of_Numbers.rkt`: the learner's notes on the book's sections): where both claim the same numbers, the
 * exercise-word names number the answers, and the others none (their files are shown as material).
 */
function exerciseWordNames(names: readonly string[], partOf: (name: string) => string): Map<string, NamedQuestions> | undefined {
  const stem = (name: string) => baseOf(partOf(name));
  const found = names.flatMap((name) => {
    const id = EXERCISE_NAME.exec(stem(name));
    return id ? [{ name, number: Number(id[1]) }] : [];
  });
  const numbers = new Set(found.map((id) => id.number));
  if (numbers.size < 3) return undefined;
  const others = names.filter((name) => !found.some((id) => id.name === name) && LEADING.test(stem(name)));
  const clash = others.some((name) => numbers.has(Number(/\d+/.exec(stem(name))![0])));
  return clash ? new Map(found.map(({ name, number }) => [name, { number }])) : undefined;
}

/** An exercise word and its id after other numbers in a name: `section3_1_exercise3_1`, `week2-exercise-4`. */
const EXERCISE_AFTER = /[-_ .](?:exercise|ex|problem)[-_ ]?0*(\d{1,2})(?:[-_.]0*(\d{1,3}))?$/i;

/**
 * Names that number a section or a week first and the exercise after its word (`section3_1_exercise3_1.scm`): the
 * exercise's id is the one its word labels, where three or more names so number different exercises.
 */
function exerciseAfterOtherNumbers(names: readonly string[], partOf: (name: string) => string): Map<string, NamedQuestions> | undefined {
  const found = names.flatMap((name) => {
    const stem = baseOf(partOf(name));
    const id = EXERCISE_AFTER.exec(stem);
    if (!id || !/\d/.test(stem.slice(0, id.index))) return [];
    const question: NamedQuestions = id[2] === undefined ? { number: Number(id[1]) } : { number: Number(id[2]), chapter: Number(id[1]) };
    return [[name, question] as const];
  });
  const ids = new Set(found.map(([, { number, chapter }]) => `${chapter}.${number}`));
  return found.length >= 3 && ids.size === found.length ? new Map(found) : undefined;
}

/** Three digits alone, or before a word: `301.rkt`, `312_queue.rkt`. */
const GLUED_ID = /^(\d)(\d\d)(?=$|[-_ .])/;

/**
 * Names of three digits that all start with one digit, padded as ids are (`301.rkt` … `382.rkt`, exercises 3.1 … 3.82):
 * the chapter glued to a two-digit number. A `0` after the first digit in some name tells them from numbers in the hundreds.
 */
function chapterGluedNames(names: readonly string[], partOf: (name: string) => string): Map<string, NamedQuestions> | undefined {
  const found = names.flatMap((name) => {
    const id = GLUED_ID.exec(baseOf(partOf(name)));
    return id ? [{ name, chapter: Number(id[1]), number: Number(id[2]), padded: id[2]!.startsWith('0') }] : [];
  });
  if (found.length < 3 || found.length * 2 < names.length || new Set(found.map(({ chapter }) => chapter)).size !== 1) return undefined;
  if (!found.some(({ padded }) => padded) || found.some(({ number }) => number === 0)) return undefined;
  return new Map(found.map(({ name, chapter, number }) => [name, { number, chapter }]));
}

/** A lettered id with its chapter, as a name writes it: `r-1-1-multiple.py`, `R1_3.py`, `C-1.13.md` (Goodrich's ). */
const LETTERED_NAME = /^([b-pr-z])[-_ ]?0*(\d{1,2})[-_.]0*(\d{1,3})(?=$|[-_ .])/i;

/**
 * Files named by lettered ids with their chapter (`r-1-1-multiple.py`, `c-1-13-reversing.py`): three or more such names
 * number the answers, each its series' exercise; other files are material.
 */
function letteredNames(names: readonly string[], partOf: (name: string) => string): Map<string, NamedQuestions> | undefined {
  const found = names.flatMap((name) => {
    const id = LETTERED_NAME.exec(baseOf(partOf(name)));
    return id ? [[name, { number: seriesKey(id[1]!, Number(id[3])), chapter: Number(id[2]), hyphenated: true as const }] as const] : [];
  });
  return found.length >= 3 ? new Map(found) : undefined;
}

/** A file named after its folder's number that introduces the numbered folders below it (`chapter-02/README.md` over `chapter-02/section-01/…`). */
function introduces(name: string, names: readonly string[]): boolean {
  if (/\d/.test(stemOf(name))) return false;
  const folder = name.slice(0, name.lastIndexOf('/') + 1);
  return names.some(
    (other) =>
      other.startsWith(folder) && other.slice(folder.length).includes('/') && /\d/.test(other.slice(folder.length, other.lastIndexOf('/'))),
  );
}

/** A chapter's problem, as a book that numbers exercises by section prints it after them (`Problems/2-1.md`, `problem-2-3.md`). */
function chapterProblem(name: string): NamedQuestions | undefined {
  if (!/(?:^|[/_ -])problems?(?:[/_ .-]|$)/i.test(name)) return undefined;
  const printed = /(?:^|\D)(\d{1,2})-(\d{1,2})$/.exec(stemOf(name));
  return printed ? { number: PROBLEMS + Number(printed[2]), chapter: Number(printed[1]), sectioned: true } : undefined;
}

/** A programming project's name or folder: `prog_exercise_2-1.c`, `projects/03/`, `programming-project-4.py`. */
const PROJECT = /(?:^|[/_ .-])(?:prog(?:ram(?:ming)?)?[-_ ]?(?:exercises?|projects?)|projects?)(?=[/_ .-]|\d|$)/i;

/**
 * Series a book numbers apart from its exercises, as a file's own name calls them (not its folders': a learner's
 * `python-programming/` holds every kind): `Programming Exercises.md`, `chapter3_programming1.py` (Zelle's Programming
 * Exercises 1 …), `Discussion.md`, `chapter3_discussion4.py` (his Discussion questions), `review_questions.md`. Each is a
 * lettered series, as Kurose and Ross letter their review questions R1 … and problems P1 ….
 */
const NAMED_SERIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?:^|[^a-z])programming(?=[^a-z]|$)/i, 'P'],
  [/(?:^|[^a-z])discussions?(?=[^a-z]|$)/i, 'D'],
  [/(?:^|[^a-z])review[-_ ]?questions?(?=[^a-z]|$)/i, 'R'],
];

/** The letter of the series a file's own name calls it part of (`Discussion.md` → D), if any. */
export function seriesOfName(name: string): { letter: string; at: number; length: number } | undefined {
  const base = baseOf(name);
  const offset = name.length - base.length;
  const project = PROJECT.exec(name);
  if (project) return { letter: 'P', at: project.index, length: project[0].length };
  for (const [pattern, letter] of NAMED_SERIES) {
    const found = pattern.exec(base);
    if (found) return { letter, at: offset + found.index, length: found[0].length };
  }
  return undefined;
}

/**
 * A programming project, as books that number their projects apart from their exercises print it (King's Programming
 * Projects 1 … 8 after Exercises 1 … 10): the project's series, P1 …, with the chapter a name prints before its number;
 * and the other series a name calls its file part of (`chapter3_discussion4.py`: D4).
 */
function chapterProject(name: string): NamedQuestions | undefined {
  const series = seriesOfName(name);
  if (!series) return undefined;
  const numbers = [
    ...name
      .slice(series.at + series.length)
      .replace(/\.[^./]+$/, '')
      .matchAll(/\d{1,3}/g),
  ].map((run) => Number(run[0]));
  if (numbers.length === 0 || numbers.length > 2) return undefined;
  const project = numbers.at(-1)!;
  const number = seriesKey(series.letter, project);
  return numbers.length === 2 ? { number, chapter: numbers[0]! } : { number };
}

function questionsFromNumbers(
  numbered: ReadonlyArray<readonly [string, readonly RegExpExecArray[]]>,
  numberedPart: (name: string) => string,
): Map<string, NamedQuestions> {
  let withDigits = numbered;
  // The chapter's number comes first in every name that has two, and is the same in all of them;
  // some names print it twice (`ch03_ex03-04`), so every leading number that never changes is the chapter's.
  // Names that print only the chapter (`ch03_conceptual_exercises.ipynb` beside `ch03_exercise_11.ipynb`) number no question:
  // the chapter is read from the names that print more, and such a file is read for the answers it numbers itself.
  let several = withDigits.filter(([, found]) => found.length >= 2);
  // A few names whose digits are a program's (`mul3div4.c` among `2.55.md` … `2.97.md`) say nothing of the chapter.
  const leading = mostCommon(several.map(([, found]) => Number(found[0]![0])));
  const sharing = several.filter(([, found]) => Number(found[0]![0]) === leading);
  if (sharing.length < several.length && sharing.length * 4 >= several.length * 3) {
    const odd = new Set(several.filter((entry) => !sharing.includes(entry)));
    several = sharing;
    withDigits = withDigits.filter((entry) => !odd.has(entry));
  }
  const fixed = fixedRuns((several.length >= 2 ? several : withDigits).map(([, found]) => found.map((run) => Number(run[0]))));
  if (several.length >= 2 && fixed > 0) {
    const prefix = several[0]![1].slice(0, fixed).map((run) => Number(run[0]));
    withDigits = withDigits.filter(([, found]) => found.length > fixed || found.some((run, i) => Number(run[0]) !== prefix[i]));
  }
  const chapterFirst = withDigits.length >= 2 && fixed > 0;
  const at = chapterFirst ? fixed : 0;
  // Files of one numbered folder (`exercise-05/README.md`, `exercise-05/code.hpp`) count once.
  const parts = [...new Map(withDigits.map(([name, found]) => [numberedPart(name), found] as const)).values()];
  // `Exercise_3.1.1.ipynb`, `…_4-3.2.1.py`: chapter, section and exercise joined by dots, as a book prints a section's exercise;
  // not a list's name (`1.1.1-exercises.md`, the Dragon book's "Exercises for Section 1.1").
  const between = (name: string, a: RegExpExecArray, b: RegExpExecArray) => numberedPart(name).slice(a.index + a[0].length, b.index);
  const after = (name: string, last: RegExpExecArray) => numberedPart(name).slice(last.index + last[0].length);
  const dottedIds =
    at > 0 &&
    withDigits.length >= 2 &&
    withDigits.every(
      ([name, found]) =>
        found.length === at + 2 &&
        between(name, found[at - 1]!, found[at]!) === '.' &&
        between(name, found[at]!, found[at + 1]!) === '.' &&
        !/(?:exercises|problems|questions)\b/i.test(after(name, found[at + 1]!)),
    );
  // Exercises numbered through the chapter, the section between (`9.02.03.py`, `9.07.07.py`: exercise 9.3 in section 9.2),
  // never start again at a new section: the chapter's exercise, as the book prints it.
  if (dottedIds && chapterWide(withDigits.map(([, found]) => [Number(found[at]![0]), Number(found[at + 1]![0])] as const)))
    return new Map(withDigits.map(([name, found]) => [name, { number: Number(found[at + 1]![0]), chapter: Number(found[at - 1]![0]) }]));
  if (dottedIds || sectionedNames(parts.map((found) => found.slice(at).map((run) => Number(run[0]))))) {
    return new Map(
      withDigits.map(([name, found]) => {
        const chapter = at > 0 ? Number(found[at - 1]![0]) : undefined;
        return [
          name,
          {
            number: Number(found[at]![0]) * SECTION + Number(found[at + 1]![0]),
            sectioned: true as const,
            ...(chapter === undefined ? {} : { chapter }),
          },
        ];
      }),
    );
  }
  const named = new Map<string, NamedQuestions>();
  // Whether every numbered name shares one word before its number (`Practice07`), or ends with its own (`names_1`): the folder's, read once.
  const stems = withDigits.map(([other]) => numberedPart(other));
  const numberedByWord = sharedWord(stems) || trailingNumbers(stems);
  for (const [name, found] of withDigits) {
    const stem = numberedPart(name);
    const run = found[at];
    // A name with no number past the chapter's numbers no question.
    if (!run) continue;
    // Without a chapter prefix, a number counts where the name starts with it (`03-range`) or every
    // numbered name shares one word before it (`Practice07`), so `notes-2019` is not question 2019.
    if (!chapterFirst && !LEADING.test(stem.slice(stem.lastIndexOf('/') + 1)) && !numberedByWord) continue;
    const number = Number(run[0]);
    // A book may count from 0, and its learners name the first file `00` (言語処理100本ノック's knocks 00 … 99); a lone `0` is no question.
    if ((number === 0 && run[0].length < 2) || number > MAX_QUESTION) continue;
    // A range names its last question as it names its first, with the chapter where the first has it (`1.11-1.13`).
    const joined = (a: RegExpExecArray, b: RegExpExecArray | undefined, by: string) =>
      b !== undefined && stem.slice(a.index + a[0].length, b.index).trim() === by;
    const repeatsChapter =
      chapterFirst &&
      joined(run, found[at + 1], '-') &&
      found[at + 1]![0] === found[at - 1]![0] &&
      joined(found[at + 1]!, found[at + 2], '.');
    const next = repeatsChapter ? found[at + 2] : found[at + 1];
    const ranged = next && (repeatsChapter || joined(run, next, '-')) && Number(next[0]) > number && Number(next[0]) <= MAX_QUESTION;
    const chapter = chapterFirst ? printedChapter(stem, found[at - 1]!, run) : undefined;
    // `3-4.py`: the chapter joined by a hyphen, as *Python Crash Course* prints `3-4`.
    const hyphenated = chapter !== undefined && stem.slice(found[at - 1]!.index + found[at - 1]![0].length, run.index) === '-';
    named.set(name, {
      number,
      ...(ranged ? { last: Number(next[0]) } : {}),
      ...(chapter === undefined ? {} : { chapter }),
      ...(hyphenated ? { hyphenated: true as const } : {}),
    });
  }
  return named;
}

/** Whether exercises of two or more sections are numbered on across them: none repeats, a later section's come after, and some section has several. */
function chapterWide(pairs: ReadonlyArray<readonly [section: number, exercise: number]>): boolean {
  const sorted = [...pairs].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const sections = new Set(pairs.map(([section]) => section));
  // A section with two exercises or more shows how the numbers run; one a section may be a course's pick of each.
  return sections.size >= 2 && sections.size < pairs.length && sorted.every(([, exercise], i) => i === 0 || exercise > sorted[i - 1]![1]);
}

/**
 * Names that number exercises within sections (`2.1-3.md`, `section-01/exercise-03/`): each has two
 * numbers left, no two names the same pair, and some section has several exercises.
 */
function sectionedNames(numbers: readonly (readonly number[])[]): boolean {
  if (numbers.length < 3 || numbers.some((own) => own.length !== 2 || own[1]! >= SECTION || own[0]! >= SECTION)) return false;
  const pairs = new Set(numbers.map(([section, exercise]) => `${section}-${exercise}`));
  const sections = new Set(numbers.map(([section]) => section));
  return (
    pairs.size === numbers.length &&
    sections.size >= 2 &&
    sections.size < numbers.length &&
    new Set(numbers.map(([, exercise]) => exercise)).size < numbers.length
  );
}

/** How many leading numbers every name shares, leaving each name one more: the question's. */
function fixedRuns(numbers: readonly (readonly number[])[]): number {
  let fixed = 0;
  while (numbers.length >= 2 && numbers.every((own) => own.length > fixed + 1 && own[fixed] === numbers[0]![fixed])) fixed++;
  return fixed;
}

/**
 * The chapter a name prints as a book prints an exercise id: joined to the question's number by one
 * `.` or `-` (`3.4`, `ex1-3`), or after a word such as `ch`; `hw2_q1` is homework 2 and `q_5_1` reads as
 * question 1 of a book numbered 1, 2, 3 (the chapter is still left out of the number).
 */
function printedChapter(stem: string, chapter: RegExpExecArray, question: RegExpExecArray): number | undefined {
  const between = stem.slice(chapter.index + chapter[0].length, question.index);
  const before = stem.slice(0, chapter.index).replace(/^.*\//, '');
  return /^[-.]$/.test(between) || /(?:^|[-_ .])ch(?:apter)?[-_ .]?$/i.test(before) ? Number(chapter[0]) : undefined;
}

/**
 * Whether names each end with their own number after a title (`names_1`, `greetings_2`, `guest_list_4`), as a
 * learner names an exercise's program after its title and number: three or more, each with one number, all different.
 */
function trailingNumbers(stems: readonly string[]): boolean {
  const numbers = stems.map((stem) => /^\D*\p{L}[-_ ](\d{1,3})$/u.exec(stem.slice(stem.lastIndexOf('/') + 1))?.[1]);
  return numbers.length >= 3 && numbers.every(Boolean) && new Set(numbers).size === numbers.length;
}

/** Whether at least two names start with the same word before their first number (`Practice01`, `Practice02`). */
function sharedWord(stems: readonly string[]): boolean {
  const words = stems.map((stem) => /^([a-z]+)[-_ .]?\d/i.exec(stem)?.[1]?.toLowerCase()).filter((word): word is string => Boolean(word));
  return words.length >= 2 && new Set(words).size === 1;
}
