/**
 * A folder per source, one file per question, numbered by file name:
 * `content/sources/<id>/3.md`, `03-range.txt`, `q3.ipynb`. A `README.md`
 * is the source's introduction. Each file may open with its question, as a
 * heading (`# 3. What …?`) or label (`**Q3.** …`).
 */
import type { Heading, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { diagnostic, type Diagnostic } from '../model/diagnostics.ts';
import { parseInline, parseMarkdown } from '../read/markdown.ts';
import type { Answer, AnswerSet } from '../model/model.ts';
import { isBlank, splitLines } from '../read/source-file.ts';
import { finishAnswerSet, parseAnswerSet, type ParsedFile } from './index.ts';
import { notebookTree } from './notebook.ts';
import { looksLikeScript, readScript, scriptLanguage } from '../read/script-read.ts';
import type { ParseContext } from './types.ts';
import { promptPool, type PromptIndex } from './prompt-index.ts';
import { answerId, isLettered, SECTION, seriesKey } from '../model/question-id.ts';
import { looksLikeNotebook, readNotebook } from '../read/notebook-read.ts';
import { dropChars, inlineMarkdown, isPrompt, setsTaskWithin, isQuotedPrompt, quotedPrompt, speaksAsLearner } from './phrasing.ts';
import { ANSWER_WORDS, matchMarker, QUESTION_HEADING } from './markers.ts';
import { endOf, listParagraphs, promptBeforeLabel, splitAtFound, splitAtMarkers, splitAtSectionHeadings } from './split-markers.ts';
import { EXERCISE_FOLDER, LEADING, questionsFromNames, seriesOfName, type NamedQuestions } from './file-names.ts';
import { asText, tooDeep, tooDeepProblem } from '../read/work-bound.ts';
import { plural } from '../model/plural.ts';

export interface FolderEntry {
  /** Name inside the folder, e.g. `3.md`. */
  name: string;
  /** Project-relative path, as printed in diagnostics. */
  file: string;
  kind: 'file';
  /** Decoded text; undefined when the file could not be read (its diagnostics say why). */
  text?: string;
}

const INTRODUCTION = /^(?:readme|index|intro(?:duction)?)$/i;

/** The last part of a path inside a folder source (`part1/3.md` → `3.md`). */
const baseName = (name: string) => name.slice(name.lastIndexOf('/') + 1);
/** The last part of a path without its extension (`part1/3.md` → `3`). */
const stemOf = (name: string) => baseName(name).replace(/\.[^.]+$/, '');

/** The folders of a path and the part of its name that numbers it: files that share it are one answer (`ex8.md`, `ex8.py`). */
function numberedIn(file: string): string {
  // `3a.md` and `3b.md` are parts of question 3's answer.
  const stem = baseName(file)
    .replace(/\.[^.]+$/, '')
    .replace(/(\d)[a-z]$/i, '$1');
  const folder = file.slice(0, file.lastIndexOf('/') + 1);
  // In a folder named after its exercise (`ex04/`), `t1.txt` is that exercise's material, as its name reads it.
  const exercise = EXERCISE_FOLDER.test(baseName(folder.slice(0, -1))) && !LEADING.test(stem);
  return `${folder}${/\d/.test(stem) && !exercise ? stem : ''}`;
}

/** A numbered folder's README opens its answer, before the code beside it (`exercise-05/README.md`, `exercise-05/code.hpp`). */
const readmeFirst = (name: string) => (INTRODUCTION.test(baseName(name).replace(/\.[^.]+$/, '')) ? 0 : 1);

/** Whether a file is prose or a program: a README's list and the code beside it answer the same numbers together. */
const kindOf = (file: string) => (looksLikeScript({ id: '', file, text: '' }) ? 'code' : 'prose');

/** Reads a folder source's files into one answer set. */
export function parseFolder(folder: string, entries: readonly FolderEntry[], context: ParseContext = {}): ParsedFile & { files: string[] } {
  const diagnostics: Diagnostic[] = [];
  const answers: Answer[] = [];
  const preamble: RootContent[] = [];
  const files: string[] = [];
  const lines = new Map<string, string[]>();

  const appendix: RootContent[] = [];
  /** Files without a number, shown in the one answer that links to them or after the answers. */
  const loose: Array<{ entry: FolderEntry; children: RootContent[] }> = [];
  /** Answers a file numbered itself; a numbered file of the same question (its code) joins them. */
  const fromSeveral = new Set<Answer>();
  const names = questionsFromNames(entries.map((entry) => entry.name));
  const numbered = entries
    .map((entry) => ({ entry, named: names.get(entry.name), number: names.get(entry.name)?.number }))
    .sort(
      (a, b) =>
        (a.number ?? -1) - (b.number ?? -1) ||
        readmeFirst(a.entry.name) - readmeFirst(b.entry.name) ||
        // An answer's own file before its material in the folders below (`Exercise 2.5.md`, then `code/Exercise 2.5.py`).
        a.entry.name.split('/').length - b.entry.name.split('/').length ||
        a.entry.name.localeCompare(b.entry.name),
    );
  // Each file is parsed once, though a folder without numbered names is looked through twice.
  const reads = new Map<FolderEntry, ReturnType<typeof readEntry>>();
  const readOnce = (entry: FolderEntry) => reads.get(entry) ?? reads.set(entry, readEntry(entry)).get(entry)!;
  // Without numbered names, the files that number their own answers (`answers`, `applied.Rmd` of a chapter's folder) give them.
  const selfNumbered = (entry: FolderEntry) => {
    if (entry.text === undefined) return false;
    const read = readOnce(entry);
    return Boolean(
      read.children &&
      !read.asText &&
      !INTRODUCTION.test(baseName(entry.name).replace(/\.[^.]+$/, '')) &&
      severalAnswers(entry, read.children, undefined, new Set(), context),
    );
  };
  /** The exercise id a file's text opens with (`Exercise 1.9: …`), if any. */
  const idOpening = (entry: FolderEntry) => {
    if (entry.text === undefined) return undefined;
    const read = readOnce(entry);
    return read.children && !read.asText ? openingId(read.children) : undefined;
  };
  // Names whose numbers are not the exercises' (`141_109.cpp`: a section's number, then the file's own), where most files
  // that open with an id (`Exercise 1.9: …`) open with another: the ids number the files, as they do files named by their topic.
  const opening = numbered.flatMap((item) => {
    const marker = item.number === undefined ? undefined : idOpening(item.entry);
    return marker ? [{ item, marker }] : [];
  });
  // A name agrees with its file's id where it gives it, its number within its section, a range that holds it, or the section it
  // is in (`2.1.md` of `## 2.1-1`).
  const agrees = ({ item, marker }: (typeof opening)[number]) =>
    marker.number === item.number ||
    // … or gives the exercise's number within its section (`Exercise3.java` and `Exercise3.txt` of `1.3.3 The sequences …`).
    (marker.sectioned === true && marker.number % SECTION === item.number) ||
    (item.named?.last !== undefined && marker.number >= item.number! && marker.number <= item.named.last) ||
    (marker.sectioned === true && Math.floor(marker.number / SECTION) === item.number);
  const agreeing = opening.filter(agrees).length;
  if (opening.length >= 2 && agreeing * 2 < opening.length)
    for (const item of numbered) {
      item.number = undefined;
      item.named = undefined;
    }
  // Files named by their topic (`triangle.ts`, `fizzbuzz.test.ts`), where each name's words belong to one question's wording.
  // Failing the guide's wordings, a page of the folder that lists the exercises by title, in order (`# The sum of a range`,
  // `# Reversing an array`, …, beside `theSumOfARange.js`), numbers them 1, 2, 3 and the files named after them.
  const unnumbered = !numbered.some(({ number }) => number !== undefined) && !entries.some(selfNumbered);
  const listing = unnumbered
    ? titleListing(
        numbered.map(({ entry }) => entry),
        readOnce,
      )
    : undefined;
  const wordings = [context.prompts, listing?.prompts].filter((index): index is PromptIndex => index !== undefined);
  for (const prompts of unnumbered ? wordings : []) {
    const byName = numbersByNameWording(
      numbered.filter(({ entry }) => entry !== listing?.entry).map(({ entry }) => entry.name),
      prompts,
    );
    if (new Set(byName.values()).size < 2) continue;
    for (const item of numbered) item.number = byName.get(item.entry.name);
    // The program before its tests and benchmarks.
    const testing = (name: string) => (TEST_SUFFIX.test(stemOf(name)) ? 1 : 0);
    numbered.sort(
      (a, b) =>
        (a.number ?? -1) - (b.number ?? -1) || testing(a.entry.name) - testing(b.entry.name) || a.entry.name.localeCompare(b.entry.name),
    );
    break;
  }
  if (
    !numbered.some(({ number }) => number !== undefined) &&
    !entries.some(selfNumbered) &&
    entries.filter((entry) => idOpening(entry)).length < 2
  ) {
    return {
      diagnostics: [
        diagnostic(
          folder,
          1,
          1,
          'no-numbering',
          'This source folder has no numbered answer files; add one file per question, named by its number, such as `1.md`, `2.md`',
        ),
      ],
      files,
    };
  }
  // Names that number three or more exercises: a folder of one file per exercise, where two files of one number are two programs for it.
  const perQuestion = new Set(numbered.flatMap(({ number }) => (number === undefined ? [] : [number]))).size >= 3;
  for (const { entry, named, number } of numbered) {
    const stem = stemOf(entry.name);
    if (entry.text === undefined) continue;
    const read = readOnce(entry);
    diagnostics.push(...read.diagnostics);
    if (!read.children) continue;
    files.push(entry.file);
    if (!looksLikeNotebook({ id: '', file: entry.file, text: entry.text })) lines.set(entry.file, splitLines(entry.text));
    // A file that numbers several answers (`Practice03-05.py`, or an unnumbered `answers` file) gives each of them.
    const taken = new Set(numbered.flatMap((other) => (other.entry !== entry && other.number !== undefined ? [other.number] : [])));
    // A README that numbers three or more answers of its own holds them (a chapter's folder: `chapter02/README.md` and its code).
    const found = read.asText ? undefined : severalAnswers(entry, read.children, named, taken, context);
    // A file of one answer that opens with its id is numbered by it with the other such files, below.
    // So is one whose opening id prints its chapter (`## Exercise 1.2`) over plain numbers: they number the exercise's parts, not exercises.
    const opening = number === undefined && found !== undefined ? openingId(read.children) : undefined;
    const byOpeningId =
      opening !== undefined &&
      (found!.length === 1 ||
        (opening.chapter !== undefined &&
          found!.every((answer) => answer.chapter === undefined && !answer.sectioned && answer.number < SECTION)));
    // A README of two answers may be a note that numbers its points, unless each prints the book's id (`### Exercise 1-1.`).
    const printsIds = (found?.length ?? 0) >= 2 && found!.every((answer) => answer.chapter !== undefined && !answer.named);
    const several = (INTRODUCTION.test(stem) && (found?.length ?? 0) < 3 && !printsIds) || byOpeningId ? undefined : found;
    if (several) {
      // A file named for a series (`Discussion.md`, `Programming Exercises.md`) numbers that series' questions: D1, P1 ….
      const series = seriesOfName(entry.name);
      for (const answer of several) {
        if (series && answer.number < SECTION && answer.chapter === undefined && !answer.sectioned)
          answer.number = seriesKey(series.letter, answer.number);
        // Two files that number their own answers (a README's list and the code file beside it, or the READMEs of
        // `python/` and `javascript/`, one language each) answer a number together, in name order.
        const same = answers.find(
          (other) =>
            other.number === answer.number &&
            fromSeveral.has(other) &&
            other.file !== entry.file &&
            (kindOf(other.file!) !== kindOf(entry.file) ||
              (sameName(other.file!, entry.file) && folderOf(other.file!) !== folderOf(entry.file))),
        );
        if (same) joinAnswer(same, answer);
        else {
          fromSeveral.add(answer);
          answers.push(answer);
        }
      }
      continue;
    }
    if (number === undefined) {
      // A README that opens with an exercise's id (`### Exercise 1-9.`, a section folder's one answer) answers it.
      // So does the page that lists the exercises by title: it introduces the files that answer them.
      if ((INTRODUCTION.test(stem) && !openingId(read.children)) || entry === listing?.entry) preamble.push(...read.children);
      else loose.push({ entry, children: read.children });
      continue;
    }
    // An empty file is kept as an empty answer, which the checks report and the page marks.
    const answer = fileAnswer(entry.file, number, read.children, diagnostics, context);
    // A file numbered by the folder's listing of titles is asked by its title, as the book names the exercise.
    const listed = listing?.titles[number - 1];
    if (listed && !answer.title && !answer.prompt) answer.prompt = listed;
    // The chapter and its joining come from the name only where the text prints no id of its own (`Exercise 1.9` in `01-09.cpp`).
    if (named?.chapter !== undefined && answer.chapter === undefined) {
      answer.chapter = named.chapter;
      answer.named = true;
      if (named.hyphenated) answer.hyphenated = true;
    }
    if (named?.sectioned) answer.sectioned = true;
    // Two files of one name but their kind (`ex8.md` and `ex8.py`) are one answer, in name order, in one folder or two
    // (`2.81.md` and `code/2.81.c`). So are the files of one numbered folder (`ch1/03/main.rkt` and `ch1/03/test.rkt`),
    // and a file with its material in a folder below it (`Exercise 2.7.md` and `tex_files/exercise2.7.tex`), and two
    // programs for one exercise side by side in a folder of one file per exercise (`3_19_pipe.c` and `3_19_shm.c`, `q3_11.cpp` and `q3_11+.cpp`).
    const same = answers.find(
      (other) =>
        other.number === number &&
        other.file !== undefined &&
        (numberedIn(other.file) === numberedIn(entry.file) ||
          (perQuestion && folderOf(other.file) === folderOf(entry.file) && other.chapter === answer.chapter && !fromSeveral.has(other)) ||
          fromSeveral.has(other) ||
          (baseName(numberedIn(other.file)) === baseName(numberedIn(entry.file)) && kindOf(other.file) !== kindOf(entry.file)) ||
          below(entry.file, other.file)),
    );
    if (same) joinAnswer(same, answer);
    else answers.push(answer);
  }

  // Files named by their topic (`is_unique.py`, `isUnique.js`) that each open with their exercise's id (`# 1.1: Is Unique`):
  // the id numbers them, where two or more do so; the same exercise in two languages is one answer.
  const opened = loose.flatMap(({ entry, children }) => {
    const marker = openingId(children);
    return marker ? [{ entry, children, marker }] : [];
  });
  const numberedByText = new Set(opened.length >= 2 ? opened.map(({ entry }) => entry) : []);
  if (numberedByText.size) {
    for (const { children, marker, entry } of opened) {
      const answer = fileAnswer(entry.file, marker.number, children, diagnostics, context);
      if (marker.chapter !== undefined) answer.chapter ??= marker.chapter;
      if (marker.sectioned) answer.sectioned = true;
      const same = answers.find((other) => other.number === answer.number);
      if (same) joinAnswer(same, answer);
      else answers.push(answer);
    }
    answers.sort((a, b) => a.number - b.number);
  }

  // A file without a number that one answer links to or includes (`[Sol](./hw/58.c)`, Hugo's `{{< include file="…" >}}`)
  // is shown in that answer; any other is shown after the answers.
  for (const { entry, children } of loose) {
    if (numberedByText.has(entry)) continue;
    const linking = answers.filter((answer) => linksTo(answer, entry.name));
    if (linking.length === 1) {
      linking[0]!.body.children.push(...children);
      continue;
    }
    // Shown after the answers, so nothing is lost; the name may be a question's that lacks its number.
    const stem = stemOf(entry.name);
    diagnostics.push(
      diagnostic(
        entry.file,
        1,
        1,
        'unnumbered-file',
        `The file name \`${baseName(entry.name)}\` has no question number, so it is shown after the answers on the source page; if it answers a question, name it after it, such as \`3.md\` or \`03-${stem}.md\``,
      ),
    );
    appendix.push(...children);
  }

  if (answers.length === 0) {
    diagnostics.push(
      diagnostic(
        folder,
        1,
        1,
        'no-numbering',
        'This source folder has no numbered answer files that could be read; add one file per question, named by its number, such as `1.md`, `2.md`',
      ),
    );
    return { diagnostics, files };
  }
  const answerSet: AnswerSet = {
    format: 'folder',
    reason: `a folder with ${plural(answers.length, 'numbered file')}`,
    answers,
    ...(preamble.length ? { preamble: { type: 'root', children: preamble } } : {}),
    ...(appendix.length ? { appendix: { type: 'root', children: appendix } } : {}),
  };
  return {
    ...finishAnswerSet(answerSet, diagnostics, folder, (answer) => (answer.file ? lines.get(answer.file) : undefined), context.settings),
    files,
  };
}

/**
 * The answers of a file that numbers two or more of its own, within the range its name gives,
 * if any; undefined for a file that answers one question.
 */
function severalAnswers(
  entry: FolderEntry,
  children: RootContent[],
  named: NamedQuestions | undefined,
  taken: ReadonlySet<number>,
  context: ParseContext,
): Answer[] | undefined {
  if (named && named.last === undefined && named.sectioned) return undefined;
  // Read as a file of its own is read, in whichever layout it is written; a notebook or script by its cells.
  const own =
    looksLikeNotebook({ id: '', file: entry.file, text: entry.text! }) || looksLikeScript({ id: '', file: entry.file, text: entry.text! });
  // So is one whose name gives a range (`1-5.py`): its own numbers say where each answer starts.
  const read =
    own && named?.last === undefined ? undefined : parseAnswerSet({ id: '', file: entry.file, text: entry.text! }, context).answerSet;
  let split = read
    ? { answers: read.answers, before: read.preamble?.children ?? [], after: read.appendix?.children ?? [] }
    : markerSplit(children, context, !named);
  // A section's file (`1.3.md`) whose headings print that section's exercises is split at them, not at the numbered lists they hold.
  const bySection =
    named && named.last === undefined && !split.answers.some((answer) => answer.sectioned)
      ? splitAtSectionHeadings(children, named.number, named.chapter)
      : undefined;
  if (bySection) split = { answers: bySection.answers, before: bySection.preamble, after: bySection.appendix };
  const answers = split.answers.map((answer) => ({ ...answer, file: entry.file }));
  // A file named after a section may open with that section's heading (`# 2.2 Analyzing algorithms` over `## 2.2-1`): it introduces the answers.
  const before = [...split.before];
  while (
    named &&
    answers.length > 1 &&
    !answers[0]!.sectioned &&
    answers[0]!.number === named.number &&
    answers.slice(1).every((answer) => answer.sectioned)
  ) {
    const heading = answers.shift()!;
    before.push(
      ...children.filter((node) => node.position?.start.line === heading.position.start.line && !heading.body.children.includes(node)),
      ...heading.body.children,
    );
  }
  // A name with one number answers that question, unless it names the section whose exercises the file numbers (`2.1.md` of `## 2.1-3`).
  const inSection = (answer: Answer) =>
    answer.sectioned === true &&
    Math.floor(answer.number / SECTION) === named!.number &&
    (named!.chapter === undefined || answer.chapter === undefined || answer.chapter === named!.chapter);
  // A file that numbers no answer in its name gives the one answer it marks (`# Exercise 3.1 …` heading `seeing_the_world.py`),
  // as does a section's file of one exercise (`1.3.md` of `## Exercise 1.3.1`).
  const sectionFile = named !== undefined && named.last === undefined && answers.length > 0 && answers.every(inSection);
  if (!sectionFile && new Set(answers.map((answer) => answer.number)).size < (named ? 2 : 1)) return undefined;
  // Numbers another file's name gives, or outside this file's own range, are not this file's answers.
  // A file whose numbers are mostly other files' (a README listing every question) is not where the answers are;
  // one that shares a number or two with them (`question-06.c` beside `questions.md`) is, and they join its answers.
  // A README that answers questions in words of its own (`**Answer:**` and a paragraph, not only its code file's link) is,
  // where most of its answers do or where it answers in words two or more questions no file answers.
  const worded = answers.filter(saysMoreThanLinks);
  const answered = worded.length * 2 > answers.length || worded.filter((answer) => !taken.has(answer.number)).length >= 2;
  if (!answered && answers.filter((answer) => taken.has(answer.number)).length * 2 >= answers.length) return undefined;
  const within = (answer: Answer) =>
    named!.last === undefined ? inSection(answer) : answer.number >= named!.number && answer.number <= named!.last;
  // Nor does a name whose number is the chapter the file's ids print (`01_introduction.md` of `### 1.1` … `### 1.6`).
  const chapterFile =
    named !== undefined &&
    named.last === undefined &&
    named.chapter === undefined &&
    answers.length >= 2 &&
    answers.every((answer) => answer.chapter === named.number && !answer.sectioned);
  // Nor does a name numbering a part of the work (`Chapter-05-part1-assignment.Rmd`) over ids that print their own chapter
  // (`## 5E1`, `## 5M3`): the file holds those exercises, whatever its part's number.
  // One kind of id throughout, none of them the name's own.
  const ownIds =
    named !== undefined &&
    PART_NAME.test(stemOf(entry.name)) &&
    answers.length >= 2 &&
    !answers.some((answer) => answer.number === named.number && (answer.chapter ?? named.chapter) === named.chapter) &&
    (answers.every((answer) => isLettered(answer.number)) ||
      answers.every((answer) => !isLettered(answer.number) && answer.chapter !== undefined && answer.chapter !== named.number));
  if (named && !chapterFile && !ownIds && !answers.every(within)) return undefined;
  // What comes before the first number opens the first answer, and what follows the last closes it, so nothing is lost.
  const { after } = split;
  const first = answers[0]!;
  if (before.length) {
    first.body = { type: 'root', children: [...before, ...first.body.children] };
    first.position = { ...first.position, start: { ...(before[0]!.position?.start ?? first.position.start) } };
  }
  if (after.length) answers.at(-1)!.body.children.push(...after);
  return answers;
}

/** A name that numbers a part of the work, not an exercise: `part1`, `week-3`, `hw2`, `assignment_4`, `lab5`. */
const PART_NAME = /(?:^|[^a-z])(?:part|pt|week|lesson|assignment|homework|hw|lab|day|session|unit)[-_ ]?0*\d/i;

/** A test's or benchmark's name after its program's: `triangle.test.ts`, `fizzbuzz_spec.py`. */
const TEST_SUFFIX = /[._-](?:test|spec|bench)$/i;
/** File names that say what a file is, not what it answers: `README.md`, `index.js`, `main.py`. */
const GENERIC_STEM = /^(?:readme|index|main|solution|answer|code)$/i;
/** A name's words: its file name without extensions or test suffixes, split at case changes, digits and punctuation. */
function nameWords(name: string): string {
  // A folder's `README.md` or `index.js` is named by its folder (`TheSumOfARange/index.js`).
  const stem = stemOf(name);
  const named = GENERIC_STEM.test(stem) ? (name.split('/').at(-2) ?? stem) : stem;
  return named
    .replace(TEST_SUFFIX, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
}

/**
 * Questions named by files whose names are their topics: a name whose words match one question's wording among the
 * guide's and no other's (`triangle.ts` of "Write a loop that outputs a triangle"). Names that match none, or several, number nothing.
 */
function numbersByNameWording(names: readonly string[], prompts: PromptIndex): Map<string, number> {
  const found = new Map<string, number>();
  for (const name of names) {
    const words = nameWords(name);
    if (!words) continue;
    const [best, second] = prompts.match(words);
    if (best && best.score > 0 && !(second && second.score > 0)) found.set(name, best.number);
  }
  return found;
}

/** A field of a program's header block: `Name:`, `NetID:`, `Last modified:`, `Author:`; not a label such as `Q:` or `Exercise:`. */
const HEADER_FIELD = /^(?!(?:question|answer|solution|exercise|problem|task|note|hint)\b)[A-Z][A-Za-z][A-Za-z .'/-]{0,22}:(?:[ \t]|$)/i;

/** The most words a title in a listing of exercises has: `Reversing an array`, not a paragraph's worth. */
const LISTED_TITLE_WORDS = 8;

/**
 * A page of the folder that titles the exercises in order, one heading each at one level and no number among them
 * (`# The sum of a range`, `# Reversing an array`): its titles as the wordings of questions 1, 2, 3.
 */
function titleListing(
  entries: readonly FolderEntry[],
  readOnce: (entry: FolderEntry) => ReturnType<typeof readEntry>,
): { entry: FolderEntry; titles: string[]; prompts: PromptIndex } | undefined {
  for (const entry of entries) {
    if (entry.text === undefined || kindOf(entry.file) !== 'prose') continue;
    const read = readOnce(entry);
    const headings = (read.children ?? []).filter((node): node is Heading => node.type === 'heading');
    const depth = Math.min(...headings.map((heading) => heading.depth));
    const titles = headings.filter((heading) => heading.depth === depth).map((heading) => toString(heading).trim());
    const titled = titles.every((title) => !/\d/.test(title) && title.split(/\s+/).length <= LISTED_TITLE_WORDS);
    if (titles.length < 2 || !titled) continue;
    return { entry, titles, prompts: promptPool([new Map(titles.map((title, i) => [i + 1, [title]]))]).without(1) };
  }
  return undefined;
}

/** The exercise id a file's first line of text opens with (`1.1: Is Unique`, `Exercise 3`, `R-1.2`), not a plain `3.`, which may number a note. */
function openingId(children: readonly RootContent[]): ReturnType<typeof matchMarker> {
  // A rule of stars opens a program's header block (`/* ****…`): it is decoration, not text.
  const first = children.find((node) => node.type !== 'thematicBreak');
  if (first?.type !== 'paragraph' && first?.type !== 'heading') return undefined;
  // A program's header block may name its author before the exercise (`Name: …`, then `1.2.26 Polar coordinates. …`).
  const opening = toString(first)
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line && !HEADER_FIELD.test(line));
  if (opening === undefined) return undefined;
  const marker = matchMarker(opening, { heading: true });
  return marker && !marker.subpart && (marker.prefixed || marker.chapter !== undefined || marker.lettered) ? marker : undefined;
}

const folderOf = (file: string) => file.slice(0, file.lastIndexOf('/') + 1);
const sameName = (a: string, b: string) => baseName(a).toLowerCase() === baseName(b).toLowerCase();

/**
 * Adds a file's answer to the answer another file of its number began: its question becomes the answer's if
 * that has none, or is kept as a paragraph where the file's part begins, so no line of either is lost.
 */
function joinAnswer(same: Answer, answer: Answer): void {
  const asked = [answer.title, answer.prompt].filter(Boolean).join(' ');
  if (answer.prompt && !same.prompt && !same.title) {
    same.prompt = answer.prompt;
    if (answer.title) same.title = answer.title;
  } else if (asked) same.body.children.push({ type: 'paragraph', children: parseInline(asked) });
  same.body.children.push(...answer.body.children);
}

/** Whether an answer says something besides its links: a list of questions linking their files says nothing of its own. */
function saysMoreThanLinks(answer: Answer): boolean {
  let words = 0;
  visit(answer.body, (node) => {
    if (node.type === 'link' || node.type === 'code' || node.type === 'inlineCode') return 'skip';
    if (node.type === 'text')
      words += node.value.split(/\s+/).filter((word) => /\p{L}{2}/u.test(word) && !ANSWER_LABEL_WORD.test(word)).length;
    return undefined;
  });
  return words >= 4;
}

/** `Answer:` and `Solution:`, which say nothing by themselves. */
const ANSWER_LABEL_WORD = new RegExp(String.raw`^${ANSWER_WORDS}s?[:.]?$`, 'i');

/** Whether `file` lies in a folder below the folder of `other` (`tex_files/exercise2.7.tex` below `Exercise 2.7.md`). */
function below(file: string, other: string): boolean {
  const folder = other.slice(0, other.lastIndexOf('/') + 1);
  return file.startsWith(folder) && file.slice(folder.length).includes('/');
}

/** A Hugo include of a file (`{{< include file="./code/show-bytes.c" >}}`), which shows that file where it is written. */
const INCLUDE = /\{\{<\s*include\s+file="([^"]+)"/g;

/**
 * Whether an answer links to or includes the folder's file `name`: a link's path, relative or from the folder
 * (`./hw_problems/58.c`, `src/show_bytes.c`), ends with the file's path, or the path ends with the link's.
 */
function linksTo(answer: Answer, name: string): boolean {
  const targets: string[] = [];
  visit(answer.body, (node) => {
    if (node.type === 'link' || node.type === 'definition') targets.push(node.url);
    else if (node.type === 'text') for (const found of node.value.matchAll(INCLUDE)) targets.push(found[1]!);
  });
  const path = name.toLowerCase();
  return targets.some((url) => {
    if (/^[a-z][a-z0-9+.-]*:|^#/i.test(url)) return false;
    let target: string;
    try {
      target = decodeURI(url.split(/[?#]/)[0]!);
    } catch {
      return false;
    }
    target = target.replace(/^(?:\.\/)+|^\/+/, '').toLowerCase();
    if (!target.includes('.') || target.endsWith('/')) return false;
    const trimmed = target.replace(/^(?:\.\.\/)+/, '');
    return path === trimmed || path.endsWith(`/${trimmed}`) || trimmed.endsWith(`/${path}`);
  });
}

/** A notebook's or script's cells split at their markers. */
function markerSplit(
  children: RootContent[],
  context: ParseContext,
  alone: boolean,
): { answers: Answer[]; before: RootContent[]; after: RootContent[] } {
  // A file without a number in its name answers one exercise, or numbers its own.
  const split = splitAtMarkers(children, { ...context, alone });
  return { answers: split.answers, before: split.preamble, after: split.appendix };
}

/** A file's Markdown tree, or the diagnostics that stop it being read. */
function readEntry(entry: FolderEntry): { children?: RootContent[]; diagnostics: Diagnostic[]; asText?: true } {
  const text = entry.text!;
  const deep = looksLikeNotebook({ id: '', file: entry.file, text }) ? undefined : tooDeep(text);
  if (deep) {
    return { children: asText(text).children, diagnostics: [tooDeepProblem(entry.file, deep)], asText: true };
  }
  if (looksLikeNotebook({ id: '', file: entry.file, text })) {
    const read = readNotebook(entry.file, text);
    if ('diagnostics' in read) return read;
    return { children: notebookTree(read).children, diagnostics: [] };
  }
  if (looksLikeScript({ id: '', file: entry.file, text }))
    return { children: notebookTree(readScript(text, scriptLanguage(entry.file))).children, diagnostics: [] };
  if (splitLines(text).every(isBlank)) return { children: [], diagnostics: [] };
  return { children: parseMarkdown(text).children, diagnostics: [] };
}

/**
 * A file's question where it opens its text (after a title, if any): a quote (`> Prove by induction …`),
 * or a marker of the file's own number with the question after it (`**Question 1**: Why are functions …?`),
 * after a program's notes, if any.
 */
function askedBelow(children: RootContent[], number: number, context: ParseContext): Pick<Answer, 'body'> & { prompt?: string } {
  // The file's front matter (`title: '3.13'`) comes before its text: it stays at the head of the answer.
  if (children[0]?.type === 'code' && children[0].data?.frontmatter) {
    const asked = askedBelow(children.slice(1), number, context);
    return { ...asked, body: { type: 'root', children: [children[0], ...asked.body.children] } };
  }
  const [lead, ...rest] = children;
  if (lead?.type === 'blockquote' && isQuotedPrompt(lead) && rest.length)
    return { prompt: inlineMarkdown(quotedPrompt(lead)), body: { type: 'root', children: rest } };
  const split = splitAtMarkers(children, { ...context, alone: true });
  const [own] = split.answers;
  // A program's notes may come first (`// Fetch prints the content found at a URL.`, then `// Exercise 1.8: …`).
  const notes = split.preamble.every((node) => node.type === 'paragraph');
  if (notes && split.answers.length === 1 && own?.number === number && own.prompt)
    return { prompt: own.prompt, body: { type: 'root', children: [...split.preamble, ...own.body.children] } };
  return { body: { type: 'root', children } };
}

/** The whole file is the answer; a leading question marker or heading gives its prompt or title. */
function fileAnswer(file: string, number: number, children: RootContent[], diagnostics: Diagnostic[], context: ParseContext): Answer {
  const start = { ...(children[0]?.position?.start ?? { line: 1, column: 1 }) };
  const whole: Answer = { number, body: { type: 'root', children }, position: { start, end: endOf(children, start) }, file };
  // Blocks a `Q.` label marks are the question, whatever their wording.
  const asked = children.findIndex((node) => node.data?.part !== 'question');
  if (asked > 0) {
    const question = children
      .slice(0, asked)
      .filter((node) => node.type === 'paragraph' || node.type === 'heading')
      .flatMap((node, i): PhrasingContent[] => [...(i ? [{ type: 'text', value: ' ' } as const] : []), ...node.children]);
    const prompt = inlineMarkdown(question).trim();
    if (prompt) return { ...whole, prompt, body: { type: 'root', children: children.slice(asked) } };
  }
  // A file that opens with its exercise's id in a heading (`## Exercise 1.3`), over numbered parts or nothing numbered, is that heading's answer.
  // Its setup code may come first (`#lang sicp`, `(#%require "common.scm")`, then `; Exercise 3.2` over a rule).
  const lead = children.findIndex((node) => node.type !== 'code');
  const opening = lead >= 0 && children[lead]!.type === 'heading' ? openingId(children.slice(lead)) : undefined;
  const byAll = splitAtMarkers(children, context);
  const split =
    opening &&
    byAll.answers.length !== 1 &&
    (opening.chapter !== undefined || opening.prefixed) &&
    !children.some((node) => node.type === 'heading' && QUESTION_HEADING.test(toString(node).trim()))
      ? splitAtFound(
          children,
          [{ index: lead, kind: 'heading', marker: opening, depth: (children[lead] as Heading).depth }],
          context.prompts,
        )
      : byAll;
  const [own] = split.answers;
  // Code before the file's one marker (DrRacket's header lines, a program's imports) is the head of its answer.
  const setupFirst = split.preamble.length > 0 && split.preamble.every((node) => node.type === 'code');
  if ((split.preamble.length === 0 || setupFirst) && split.answers.length === 1 && own) {
    if (own.number !== number) {
      diagnostics.push(
        diagnostic(
          file,
          own.position.start.line,
          1,
          'number-mismatch',
          `The file name says question ${answerId(own, number)} but the file starts with question ${answerId(own)}; it is read as question ${answerId(own, number)} — rename the file or fix the number`,
        ),
      );
    }
    const body = setupFirst ? { type: 'root' as const, children: [...split.preamble, ...own.body.children] } : own.body;
    return { ...own, body, number, position: whole.position, file };
  }
  // `# Question` (the number is the file's), then the question, then a rule or an answer label and the answer.
  const asking = children.findIndex((node) => node.type === 'heading' && QUESTION_HEADING.test(toString(node).trim()));
  if (asking !== -1) {
    const after = children.slice(asking + 1);
    const prompt = promptBeforeLabel(after);
    if (prompt) return { ...whole, prompt, body: { type: 'root', children: [...children.slice(0, asking), ...after] } };
  }
  // A program's module docstring says what the file is for: in a file of one exercise, its statement, when code answers it.
  // The file's imports may come first (`import nltk`, then the docstring); they stay at the head of the answer.
  const opens = children.findIndex((node) => node.data?.docstring);
  const setup = opens > 0 && children.slice(0, opens).every((node) => node.type === 'code') ? opens : 0;
  const described = children.findIndex((node, i) => i >= setup && !node.data?.docstring);
  if (described > setup && children.slice(described).some((node) => node.type === 'code')) {
    const statement = children
      .slice(setup, described)
      .flatMap((node) => (node.type === 'paragraph' ? [node] : node.type === 'list' ? listParagraphs(node) : []));
    const text = statement.map((paragraph) => toString(paragraph).trim()).join(' ');
    if (
      statement.length &&
      !speaksAsLearner(text) &&
      (isPrompt(text) || setsTaskWithin(text)) &&
      !children.slice(setup, described).some((node) => node.type === 'heading')
    ) {
      // The file's own id before the statement (`/* Exercise 1.3: Experiment to measure … */`) is its marker, not its words.
      const [lead, ...others] = statement;
      const own = matchMarker(toString(lead!), { heading: true });
      const words =
        (own?.number === number || own?.number === number % SECTION) && (own.prefixed || own.lettered)
          ? [{ ...lead!, children: dropChars(lead!.children, own.length) }, ...others]
          : statement;
      return {
        ...whole,
        prompt: words.map((paragraph) => inlineMarkdown(paragraph.children)).join(' '),
        body: { type: 'root', children: [...children.slice(0, setup), ...children.slice(described)] },
      };
    }
  }
  const [first, ...rest] = children;
  // A plain first heading (`# Range vs constant`) names the question; the question itself may follow it.
  if (first?.type === 'heading' && first.depth <= 2 && rest.length) {
    const text = toString(first).trim();
    const named = isPrompt(text) ? { prompt: inlineMarkdown(first.children) } : { title: text };
    return { ...whole, ...named, ...(named.prompt ? { body: { type: 'root', children: rest } } : askedBelow(rest, number, context)) };
  }
  return { ...whole, ...askedBelow(children, number, context) };
}
