/**
 * A question's id as the book prints it. Books that number exercises 1, 2, 3
 * print `12`; books that number them within chapters print `3.4` (Exercise 3.4).
 * The guide keys a question by its exercise number within the chapter and
 * prints it with the chapter most sources print, so a source that writes
 * `Exercise 3.4`, one that writes `3-4` and one that writes a bare `4` all
 * answer question 3.4.
 */
import type { Answer } from './model.ts';

/**
 * Books that number exercises within sections (*Introduction to Algorithms*: 2.1-3 is section 2.1's
 * third exercise, 2-1 the chapter's first problem) key exercise 2.1-3 as 1 × SECTION + 3, and the
 * chapter's problems after every section, from PROBLEMS on, so keys sort in the book's order.
 */
export const SECTION = 100;
export const PROBLEMS = 99 * SECTION;

/**
 * Books that name their sections by letters (Axler's *Linear Algebra Done Right*: exercises 1.A, numbered 1, 2, 3, then 1.B)
 * key exercise 1.A.3 as a section's, with sections A, B, C … from LETTER_SECTIONS + 1 on, after every numbered section.
 */
const LETTER_SECTIONS = 50;
const SECTION_LETTERS = 'ABCDEFGHIJKLMNOP';

/** The key of exercise `exercise` of the section lettered `letter` (1.A.3 → A, 3). */
export function letterSectionKey(letter: string, exercise: number): number {
  return (LETTER_SECTIONS + SECTION_LETTERS.indexOf(letter.toUpperCase()) + 1) * SECTION + exercise;
}

/** The letter of a section's number, where its section is lettered (`A` for 1.A), or undefined. */
export function sectionLetter(section: number): string | undefined {
  return section > LETTER_SECTIONS && section < 99 ? SECTION_LETTERS[section - LETTER_SECTIONS - 1] : undefined;
}

/**
 * Books that number lettered series (*Computer Networking*'s review questions R1, R2 … and problems P1, P2 …)
 * key R12 as SERIES × the series' rank + 12. Books print review questions and exercises before problems,
 * so R, E and Q rank first, then M and H (medium and hard problems, after the easy E), C and P (Goodrich's
 * creativity exercises before its projects), then the other letters in alphabetical order.
 */
export const SERIES = 10_000;
const SERIES_ORDER = 'REQMHCPBDFGIJKLNOSTUVWXYZA';

/**
 * Books that number exercises within sub-sections (*R for Data Science*: "12.3.3 Exercises", then 1, 2, 3)
 * key exercise 12.3.3-2 as SUBSECTION + 3 × SECTION² + 3 × SECTION + 2, after every other kind of id.
 */
export const SUBSECTION = 1_000_000;

/** The key of exercise `exercise` of sub-section `section`.`subsection` (12.3.3-2 → 3, 3, 2). */
export function subsectionKey(section: number, subsection: number, exercise: number): number {
  return SUBSECTION + (section * SECTION + subsection) * SECTION + exercise;
}

/** The section, sub-section and exercise of a sub-section's key (12.3.3-2 → 3, 3, 2). */
function subsectionParts(key: number): { section: number; subsection: number; exercise: number } {
  const sub = key - SUBSECTION;
  return { section: Math.floor(sub / SECTION / SECTION), subsection: Math.floor(sub / SECTION) % SECTION, exercise: sub % SECTION };
}

/** Whether a key is a lettered id's (R12, P3). */
export const isLettered = (number: number): boolean => number >= SERIES && number < SUBSECTION;

/** The key of a lettered id: `R12`, `P3`. */
export function seriesKey(letter: string, number: number): number {
  return (SERIES_ORDER.indexOf(letter.toUpperCase()) + 1) * SERIES + number;
}

/** The id the book prints: `12`, `3.4` in a guide whose sources print chapter 3, `2.1-3` or `2-1` in one numbered by sections, `R12`. */
export function printedId(number: number, chapter?: number, sectioned = false, hyphenated = false, sectionDots = false): string {
  if (number >= SUBSECTION) {
    const { section, subsection, exercise } = subsectionParts(number);
    return `${chapter === undefined ? '' : `${chapter}.`}${section}.${subsection}-${exercise}`;
  }
  if (number >= SERIES) {
    const letter = SERIES_ORDER[Math.floor(number / SERIES) - 1];
    // `R-1.1`, the letter first, as Goodrich prints it; `2E1`, the chapter first, as *Statistical Rethinking* does.
    if (chapter !== undefined && hyphenated) return `${letter}-${chapter}.${number % SERIES}`;
    return `${chapter ?? ''}${letter}${number % SERIES}`;
  }
  if (sectioned && number >= PROBLEMS) return chapter === undefined ? `P${number - PROBLEMS}` : `${chapter}-${number - PROBLEMS}`;
  if (sectioned && number >= SECTION) {
    const letter = sectionLetter(Math.floor(number / SECTION));
    if (letter) return `${chapter === undefined ? '' : `${chapter}.`}${letter}.${number % SECTION}`;
    return `${chapter === undefined ? '' : `${chapter}.`}${Math.floor(number / SECTION)}${sectionDots ? '.' : '-'}${number % SECTION}`;
  }
  return chapter === undefined ? String(number) : `${chapter}${hyphenated ? '-' : '.'}${number}`;
}

/** An answer's id as its source prints it (`4`, `1-6`, `1.1.4`, `R-1.1`), or another number's in that source's scheme. */
export function answerId(
  answer: Pick<Answer, 'number' | 'chapter' | 'sectioned' | 'hyphenated' | 'sectionDots'>,
  number = answer.number,
): string {
  return printedId(number, answer.chapter, answer.sectioned, answer.hyphenated, answer.sectionDots);
}

/**
 * The id in a page's path: `04` for question 4 (two digits, as before ids had
 * chapters, so those URLs stay), `3-4` for 3.4, `2-1-3` for 2.1-3.
 */
export function idSlug(number: number, chapter?: number, sectioned = false): string {
  if (number >= SUBSECTION) return printedId(number, chapter).replace(/[.]/g, '-');
  if (number >= SERIES) return printedId(number, chapter).toLowerCase();
  if (sectioned) return printedId(number, chapter, true).replace(/[.]/g, '-').toLowerCase();
  return chapter === undefined ? String(number).padStart(2, '0') : `${chapter}-${number}`;
}

/** The key of an id as `questions.yaml` writes it: `4`, `3.4` in a guide of chapter 3, `2.1-3` or `2-1` in one numbered by sections. */
export function idKey(id: string, chapter?: number, sectioned = false): number {
  const lettered = /^(?:\d{1,2})?([A-Za-z])(\d{1,4})$/.exec(id);
  if (lettered) return seriesKey(lettered[1]!, Number(lettered[2]));
  // A sub-section's exercise is printed whole (`12.3.3-2`), or without a chapter the guide does not have (`3.3-2`).
  const sub = (chapter === undefined ? /^(?:\d+\.)?(\d+)\.(\d+)-(\d+)$/ : new RegExp(`^${chapter}\\.(\\d+)\\.(\\d+)-(\\d+)$`)).exec(id);
  if (sub && (chapter !== undefined || !sectioned)) return subsectionKey(Number(sub[1]), Number(sub[2]), Number(sub[3]));
  const own =
    chapter !== undefined && (id.startsWith(`${chapter}.`) || (!sectioned && id.startsWith(`${chapter}-`)))
      ? id.slice(String(chapter).length + 1)
      : id;
  if (sectioned) {
    const section = /^(\d+)-(\d+)$/.exec(own);
    if (section && own !== id) return Number(section[1]) * SECTION + Number(section[2]);
    const problem = new RegExp(`^${chapter ?? '\\d+'}-(\\d+)$`).exec(id);
    if (problem) return PROBLEMS + Number(problem[1]);
  }
  return Number(own);
}

/**
 * Whether most sources that print more than a plain number (a chapter, a section) number their
 * exercises within sections (`2.1-3`, `1-3`); a source of plain numbers has no say.
 */
export function guideSectioned(answerSets: readonly (readonly Answer[])[]): boolean {
  let sectioned = 0;
  let plain = 0;
  for (const answers of answerSets) {
    const printing = answers.filter((answer) => answer.chapter !== undefined || answer.sectioned);
    if (printing.length === 0) continue;
    if (printing.filter((answer) => answer.sectioned).length * 2 > printing.length) sectioned++;
    else plain++;
  }
  // On a tie the sections win: `3.1` beside `3.1-2` reads as the section that exercise 3.1-2 is in.
  return sectioned > 0 && sectioned >= plain;
}

/**
 * Whether most sources that print a chapter before the number (not by sections) join the two with a
 * hyphen (`3-4`, *Python Crash Course*) rather than a dot (`3.4`); a source counts once. Ids in the text
 * decide; file names (`01-09.cpp`, where a dot would start the extension) only where no text prints one.
 */
export function guideSectionDots(answerSets: readonly (readonly Answer[])[]): boolean {
  let dots = 0;
  let hyphens = 0;
  for (const answers of answerSets) {
    // A name's numbers (`chapter1/section1/Exercise14.java`) print no separator.
    const printing = answers.filter((answer) => answer.sectioned && !answer.named && answer.number < PROBLEMS);
    if (printing.length === 0) continue;
    if (printing.filter((answer) => answer.sectionDots).length * 2 > printing.length) dots++;
    else hyphens++;
  }
  // With no id printed in any text (only names such as `Exercise14.java` in `section1/`), the dot wins:
  // most books print a section's exercises `1.1.14`; CLRS's `2.1-3` is the exception its learners write out.
  return dots > hyphens || (dots === 0 && hyphens === 0);
}

export function guideHyphenated(answerSets: readonly (readonly Answer[])[]): boolean {
  const votes = (fromNames: boolean) => {
    let hyphen = 0;
    let dot = 0;
    for (const answers of answerSets) {
      const printing = answers.filter(
        // Lettered ids vote too: `R-1.1` prints its letter first, `2E1` its chapter.
        (answer) => answer.chapter !== undefined && !answer.sectioned && answer.number < SUBSECTION && Boolean(answer.named) === fromNames,
      );
      if (printing.length === 0) continue;
      if (printing.filter((answer) => answer.hyphenated).length * 2 > printing.length) hyphen++;
      else dot++;
    }
    return { hyphen, dot };
  };
  const text = votes(false);
  const { hyphen, dot } = text.hyphen + text.dot > 0 ? text : votes(true);
  return hyphen > dot;
}

/**
 * The chapter the guide prints: the one most sources print before their
 * exercise numbers. A source counts once, for the chapter most of its answers
 * print; one that prints none does not count, as its bare `4` is any chapter's
 * exercise 4, and one whose chapter only its file names give counts half.
 * `guide.yaml` may pin it (`chapter:`).
 */
export function guideChapter(answerSets: readonly (readonly Answer[])[]): number | undefined {
  const votes = new Map<number, number>();
  for (const answers of answerSets) {
    const chapter = mostCommon(answers.flatMap((answer) => (answer.chapter === undefined ? [] : [answer.chapter])));
    if (chapter === undefined) continue;
    // A chapter read from file names (`Stats 8.6.1.py`) is a guess at what the name means; one the text prints is not.
    const named = answers.filter((answer) => answer.chapter === chapter && answer.named).length * 2 > answers.length;
    votes.set(chapter, (votes.get(chapter) ?? 0) + (named ? 0.5 : 1));
  }
  return [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
}

/** The value that occurs most often; between equals, the first to occur. */
export function mostCommon<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Plain numbers that end where a series ends must run this far to say so. */
const SAME_END_FEWEST = 6;

/**
 * A bare `4` in a guide whose sources print lettered series is the first series' exercise (R4, where the
 * book prints R1 … R30 and P1 … P50): most sources that print ids must print lettered ones, or two that
 * print a series ending where the plain numbers end; and the source must not print that series itself. Of
 * the series it does not print, the first whose numbers reach its own. Returns each source's answers with
 * their numbers so mapped.
 */
export function letteredBareNumbers(answerSets: readonly (readonly Answer[])[]): Map<Answer, number> {
  const lettered = (answer: Answer) => isLettered(answer.number);
  const printing = answerSets.filter((answers) => answers.some(lettered));
  // A plain number with the series' own chapter (`3.4` beside `3P4`), or with a chapter only its file's name gives
  // (`Ch_3 (4).py`), is as bare as `4`.
  const chapter = mostCommon(printing.flatMap((answers) => answers.filter(lettered).map((answer) => answer.chapter)));
  const bare = (answer: Answer) =>
    answer.number < SECTION && (answer.chapter === undefined || answer.chapter === chapter || answer.named === true) && !answer.sectioned;
  const plain = answerSets.filter((answers) => answers.length > 0 && answers.every(bare));
  const mapped = new Map<Answer, number>();
  // The highest number each series is printed with.
  const reach = new Map<number, number>();
  for (const answer of printing.flat().filter(lettered)) {
    const rank = Math.floor(answer.number / SERIES);
    reach.set(rank, Math.max(reach.get(rank) ?? 0, answer.number % SERIES));
  }
  // Plain sources as many as lettered ones are a plain series of the book's, unless two or more sources print a series
  // that ends where the plain numbers end (1 … 17 beside P1 … P17).
  const highestPlain = Math.max(0, ...plain.flat().map((answer) => answer.number));
  const endsTogether = printing.length >= 2 && highestPlain >= SAME_END_FEWEST && [...reach.values()].includes(highestPlain);
  if (printing.length <= plain.length && !endsTogether) return mapped;
  // Where the sources that print a series also number answers plainly, the book has a plain series of its own
  // beside the lettered one (King's exercises 1 … 10 and programming projects P1 … P8): a bare 4 is exercise 4.
  if (printing.filter((answers) => answers.some(bare)).length * 2 >= printing.length) return mapped;
  const series = [
    ...new Set(printing.flatMap((answers) => answers.filter(lettered).map((answer) => Math.floor(answer.number / SERIES)))),
  ].sort((a, b) => a - b);
  for (const answers of answerSets) {
    const own = new Set(answers.filter(lettered).map((answer) => Math.floor(answer.number / SERIES)));
    // The first series the source does not print whose numbers come near its own: 1 … 17 are Zelle's programming
    // exercises P1 … P17, not its six discussion questions D1 … D6.
    const highest = Math.max(0, ...answers.filter(bare).map((answer) => answer.number));
    const candidates = series.filter((rank) => !own.has(rank));
    const short = (rank: number) => (reach.get(rank) ?? 0) * 2 < highest;
    const first = candidates.find((rank) => !short(rank)) ?? candidates[0];
    if (first === undefined) continue;
    for (const answer of answers) if (bare(answer)) mapped.set(answer, first * SERIES + answer.number);
  }
  return mapped;
}

/**
 * A book that puts one exercises sub-section in each section (*R for Data Science*: 3.2.4 Exercises in section
 * 3.2) is answered both by the sub-section's numbers (`3.2.4` then `1.`) and by the section's (`Exercise 3.2.1`,
 * exercise 1 of section 3.2). Where some source prints a section's sub-section, the others' exercises of that
 * section are that sub-section's: returns each such answer with its sub-section key.
 */
export function sectionsAsSubsections(answerSets: readonly (readonly Answer[])[]): Map<Answer, number> {
  const place = (chapter: number | undefined, section: number) => `${chapter ?? ''}.${section}`;
  const votes = new Map<string, Map<number, number>>();
  for (const answers of answerSets)
    for (const answer of answers) {
      if (answer.number < SUBSECTION) continue;
      const { section, subsection } = subsectionParts(answer.number);
      const where = place(answer.chapter, section);
      const counts = votes.get(where) ?? new Map<number, number>();
      votes.set(where, counts.set(subsection, (counts.get(subsection) ?? 0) + 1));
    }
  const mapped = new Map<Answer, number>();
  if (votes.size === 0) return mapped;
  for (const answers of answerSets)
    for (const answer of answers) {
      if (!answer.sectioned || answer.number >= PROBLEMS || answer.number < SECTION) continue;
      const section = Math.floor(answer.number / SECTION);
      const counts = votes.get(place(answer.chapter, section));
      const subsection = counts && [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
      if (subsection !== undefined) mapped.set(answer, subsectionKey(section, subsection, answer.number % SECTION));
    }
  return mapped;
}

/**
 * A source that writes every id in one section (`2.14.1` … `2.14.12`, *All of Statistics*' exercises section
 * 2.14) among sources that number the chapter's exercises 1, 2, 3 writes that section's number before the
 * exercise's: its exercises are 1 … 12. Returns each such answer with its plain number.
 */
export function oneSectionAsPlain(answerSets: readonly (readonly Answer[])[]): Map<Answer, number> {
  const mapped = new Map<Answer, number>();
  const sectionedOf = (answers: readonly Answer[]) => answers.filter((answer) => answer.sectioned && answer.number < PROBLEMS);
  const plain = answerSets.filter(
    (answers) => answers.length > 0 && answers.every((answer) => !answer.sectioned && answer.number < SECTION),
  ).length;
  const sectioned = answerSets.filter((answers) => sectionedOf(answers).length > 0).length;
  if (plain <= sectioned) return mapped;
  for (const answers of answerSets) {
    const own = sectionedOf(answers);
    const sections = new Set(own.map((answer) => Math.floor(answer.number / SECTION)));
    if (own.length < 3 || sections.size !== 1) continue;
    for (const answer of own) mapped.set(answer, answer.number % SECTION);
  }
  return mapped;
}

/**
 * Plain numbers (`14`, `14_lg/`) among sources that number one section's exercises (`1.1.14`, `chapter1/section1/Exercise14.java`),
 * as many of them as there are plain ones, are that section's: 14 is 1.1.14. Returns each such answer with its key and chapter.
 */
export function plainAsOneSection(answerSets: readonly (readonly Answer[])[]): Map<Answer, { number: number; chapter: number }> {
  const mapped = new Map<Answer, { number: number; chapter: number }>();
  const isPlain = (answers: readonly Answer[]) =>
    answers.length > 0 && answers.every((answer) => !answer.sectioned && answer.chapter === undefined && answer.number < SECTION);
  const sectioned = answerSets.flatMap((answers) => answers.filter((answer) => answer.sectioned && answer.number < PROBLEMS));
  const plain = answerSets.filter(isPlain);
  const sectionedSets = answerSets.filter((answers) => answers.some((answer) => answer.sectioned && answer.number < PROBLEMS)).length;
  const sections = new Set(sectioned.map((answer) => `${answer.chapter}.${Math.floor(answer.number / SECTION)}`));
  if (plain.length === 0 || sectionedSets < plain.length || sections.size !== 1 || sectioned[0]!.chapter === undefined) return mapped;
  const { chapter } = sectioned[0]!;
  const section = Math.floor(sectioned[0]!.number / SECTION);
  for (const answers of plain)
    for (const answer of answers) mapped.set(answer, { number: section * SECTION + answer.number, chapter: chapter! });
  return mapped;
}

/**
 * Keys every source's answers as the guide reads them, in place: a bare `4` as the lettered series' R4, one
 * section's `2.14.4` as 4, a section's `3.2.1` as its sub-section's 3.2.4-1. Done on the first reading, so the
 * wordings the guide pools meet under one key, and again once every source is read.
 */
export function keyAsGuide(answerSets: readonly (readonly Answer[])[]): void {
  for (const [answer, number] of letteredBareNumbers(answerSets)) answer.number = number;
  for (const [answer, { number, chapter }] of plainAsOneSection(answerSets)) Object.assign(answer, { number, chapter, sectioned: true });
  // One section's `1.2.14` read as 14 prints no chapter of its own: `1.14` would name another exercise.
  for (const [answer, number] of oneSectionAsPlain(answerSets)) {
    answer.number = number;
    delete answer.sectioned;
    delete answer.chapter;
  }
  for (const [answer, number] of sectionsAsSubsections(answerSets)) {
    answer.number = number;
    delete answer.sectioned;
  }
}

/** `1–11, 14` for a sorted list of numbers. */
export function numberRanges(numbers: readonly number[], print: (number: number) => string = String): string {
  const parts: string[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const start = numbers[i]!;
    while (numbers[i + 1] === numbers[i]! + 1) i++;
    parts.push(start === numbers[i] ? print(start) : `${print(start)}–${print(numbers[i]!)}`);
  }
  return parts.join(', ');
}
