/**
 * Splits a Markdown tree into answers at its question markers: headings
 * (`## 1.`, `### Exercise 3`, `## Question 3: …`), paragraphs that open with
 * a bold marker (`**Q3.** …`), `Q3:`/`A3:` pairs, and, in notebooks, numbered
 * list items that open a cell. Everything between two markers is the answer
 * to the first.
 */
import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { Point } from 'unist';
import { toString } from 'mdast-util-to-string';
import type { Answer } from '../model/model.ts';
import type { PromptIndex } from './prompt-index.ts';
import { PROBLEMS, SECTION } from '../model/question-id.ts';
import { splitIdLines } from './id-lines.ts';
import { commentId, indentedId, splitCodeAtIds } from './code-comment-ids.ts';
import { words } from '../read/markdown.ts';
import { exerciseForm } from '../read/script-read.ts';
import { ANSWER_LABEL, cellMarker, matchMarker, namesExerciseList, QUESTION_HEADING, type Marker } from './markers.ts';
import {
  answerPosition,
  asks,
  dropChars,
  splitAfterLines,
  inlineMarkdown,
  isPrompt,
  knownPrompt,
  isQuotedPrompt,
  setsTask,
  setsTaskWithin,
  speaksAsLearner,
  MAX_TITLE_WORDS,
  quotedPrompt,
  splitAnswerLabel,
  stripAnswerLabel,
} from './phrasing.ts';

export type MarkerKind = 'heading' | 'bold' | 'label' | 'list' | 'quote' | 'code' | 'text';

export interface FoundMarker {
  /** Index of the marker node among the top-level nodes. */
  index: number;
  kind: MarkerKind;
  marker: Marker;
  /** Heading depth, for heading markers. */
  depth?: number;
}

export interface SplitOptions {
  /** The guide's known questions, to tell a question from an answer by its wording. */
  prompts?: PromptIndex | undefined;
  /** Numbered list items that are questions, with the number written in the source. */
  listItems?: ReadonlyMap<ListItem, number>;
  /** The text is one file of a folder that answers one exercise: one id alone counts when a word names it (`Exercise 3.1 Names:`). */
  alone?: boolean;
}

export interface MarkerSplit {
  answers: Answer[];
  /** Nodes before the first marker. */
  preamble: RootContent[];
  /** Nodes after the last answer, from a heading above the questions' level such as `# Further reading`. */
  appendix: RootContent[];
  /** The kind of marker the answers were split at, and how many there were. */
  kind?: MarkerKind;
  count: number;
}

/** Splits `children` (top-level nodes) at the dominant kind of question marker. */
export function splitAtMarkers(children: readonly RootContent[], options: SplitOptions = {}): MarkerSplit {
  const nodes = expandListItems(children, options.listItems);
  return splitAtFound(nodes, chooseMarkers(nodes, options.alone), options.prompts);
}

/** Splits top-level `nodes` at the markers `chosen` among them. */
export function splitAtFound(nodes: readonly RootContent[], chosen: readonly FoundMarker[], prompts?: PromptIndex): MarkerSplit {
  if (chosen.length === 0) return { answers: [], preamble: [...nodes], appendix: [], count: 0 };

  const answers: Answer[] = [];
  const preamble = nodes.slice(0, chosen[0]!.index);
  const last = chosen.at(-1)!;
  const appendixAt = last.depth ? nodes.findIndex((node, i) => i > last.index && node.type === 'heading' && node.depth < last.depth!) : -1;
  const answersEnd = appendixAt === -1 ? nodes.length : appendixAt;
  for (const [i, found] of chosen.entries()) {
    const end = chosen[i + 1]?.index ?? answersEnd;
    const node = nodes[found.index]!;
    const following = nodes.slice(found.index + 1, end);
    const current = answers.at(-1);
    if (found.marker.subpart && current?.number === found.marker.number) {
      // `3b)` continues question 3: the sub-part's label stays in the answer.
      current.body.children.push(node, ...following);
      current.position.end = endOf([node, ...following], current.position.end);
      continue;
    }
    answers.push(toAnswer(found, node, following, prompts));
  }
  questionsWhereMostAsk(answers);
  const listed = questionsListedFirst(answers);
  if (listed) {
    // The list of questions is the file's introduction; each answer below takes its question's words.
    const [questions, below] = [answers.slice(0, listed), answers.slice(listed)];
    for (const answer of below) answer.prompt ??= questions.find((question) => question.number === answer.number)?.prompt;
    const from = chosen.findIndex((found) => found.marker.number === below[0]!.number && found.index > chosen[listed - 1]!.index);
    return {
      answers: below,
      preamble: nodes.slice(0, chosen[from]!.index),
      appendix: nodes.slice(answersEnd),
      kind: chosen[from]!.kind,
      count: below.length,
    };
  }
  return { answers, preamble, appendix: nodes.slice(answersEnd), kind: chosen[0]!.kind, count: chosen.length };
}

/**
 * All the questions first, then the answers numbered again from the start (a docstring that quotes the
 * exercises, then `# 1`, `# 2` over the code): where most of the first run are questions, most of the second
 * are not, and the second numbers at least three of the first's questions, the first run is the questions.
 * How many answers the list of questions is, or undefined. (A list inside the last answer asks nothing.)
 */
function questionsListedFirst(answers: readonly Answer[]): number | undefined {
  const restart = answers.findIndex((answer, i) => i > 0 && answer.number <= answers[i - 1]!.number);
  if (restart < 3) return undefined;
  const [questions, below] = [answers.slice(0, restart), answers.slice(restart)];
  const increasing = (run: readonly Answer[]) => run.every((answer, i) => i === 0 || answer.number > run[i - 1]!.number);
  const numbers = new Set(questions.map((question) => question.number));
  if (!increasing(below) || below.length < 3 || !below.every((answer) => numbers.has(answer.number))) return undefined;
  const asked = (run: readonly Answer[]) => run.filter((answer) => answer.prompt).length;
  return asked(questions) * 2 > questions.length && asked(below) * 2 < below.length ? restart : undefined;
}

/** The question markers among `children`, as a split with `options` would find them. */
/**
 * A section's file split at the headings or bold labels that print its exercises' ids (`### 1.3.1`, `**Exercise 1.3.1:**`
 * in `1.3.md`), whatever numbered lists those exercises hold (their parts); undefined when none prints one.
 */
export function splitAtSectionHeadings(children: readonly RootContent[], section: number, chapter?: number): MarkerSplit | undefined {
  const nodes = expandListItems(children);
  const headings = nodes.flatMap((node, index) => {
    const found = findMarker(node, index);
    const hit = found && ['heading', 'bold', 'label'].includes(found.kind) ? found : undefined;
    const { marker } = hit ?? {};
    return hit &&
      marker!.sectioned &&
      Math.floor(marker!.number / SECTION) === section &&
      (chapter === undefined || marker!.chapter === chapter)
      ? [hit]
      : [];
  });
  return headings.length ? splitAtFound(nodes, headings) : undefined;
}

export function markersIn(children: readonly RootContent[], options: SplitOptions = {}): FoundMarker[] {
  return chooseMarkers(expandListItems(children, options.listItems));
}

/** How a kind of marker reads in a detection reason. */
export function describeMarkers(kind: MarkerKind, depth?: number): string {
  const heading = depth ? `level-${depth} headings` : 'headings';
  return {
    heading,
    bold: 'bold or italic labels',
    label: '`Q3:` labels',
    list: 'numbered items opening cells',
    quote: 'numbered items or headings in quotes',
    code: 'code named after exercises (`(Exercise 1.3)`, `def exercise_3():`, a comment `# 3E1`)',
    text: 'their wording, matched with the guide’s questions',
  }[kind];
}

/** The markers a split would use: the most frequent kind, headings at their most frequent depth. */
export function chooseMarkers(nodes: readonly RootContent[], alone = false): FoundMarker[] {
  const found = chapterIds(
    withoutSectionHeadings(
      nodes,
      nodes.flatMap((node, index) => {
        const hit = findMarker(node, index);
        return hit ? [hit] : [];
      }),
    ),
    alone,
  );
  const byDepth = new Map<number, number>();
  for (const f of found) if (f.depth) byDepth.set(f.depth, (byDepth.get(f.depth) ?? 0) + 1);
  const depth = [...byDepth].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
  const groups: Record<Exclude<MarkerKind, 'text'>, FoundMarker[]> = {
    list: found.filter((f) => f.kind === 'list'),
    heading: found.filter((f) => f.kind === 'heading' && f.depth === depth),
    bold: found.filter((f) => f.kind === 'bold'),
    label: found.filter((f) => f.kind === 'label'),
    quote: found.filter((f) => f.kind === 'quote'),
    code: found.filter((f) => f.kind === 'code'),
  };
  // On a tie the more explicit kind wins, in this order.
  const order = ['list', 'heading', 'bold', 'label', 'quote', 'code'] as const;
  const chosen = order.map((kind) => groups[kind]).reduce((best, group) => (group.length > best.length ? group : best), []);
  // Exercises that go on in another style (answers in a list, then `## 12.` with code) continue the numbering,
  // and those written in another style before the run (`### 1.`, `### 2.`, then `## 3.` on) open it.
  // So do headings of another level that print the run's chapter (`## 6.5`, then `# 6.8` and `#6.18.`).
  const kind = chosen[0]?.kind;
  const otherLevel = (next: FoundMarker, last: FoundMarker) =>
    next.kind === 'heading' &&
    next.depth !== last.depth &&
    next.marker.chapter !== undefined &&
    next.marker.chapter === last.marker.chapter;
  for (const next of found) {
    const last = chosen.at(-1);
    if (
      last &&
      next.index > last.index &&
      next.marker.number > last.marker.number &&
      !next.marker.subpart &&
      (next.kind !== kind || otherLevel(next, last))
    )
      chosen.push(next);
  }
  for (const earlier of [...found].reverse()) {
    const first = chosen[0];
    if (first && earlier.index < first.index && earlier.marker.number < first.marker.number && !earlier.marker.subpart)
      chosen.unshift(earlier);
  }
  // Ids in code between two of the run's, numbered between them, fill its gap: a text file whose indentation drifted
  // until Markdown read its answers as code (`2.3 …`, then `    2.4 …` … `            2.16 …`, then `2.17 …`).
  for (const code of found) {
    if (code.kind !== 'code' || code.marker.subpart || chosen.includes(code)) continue;
    const after = chosen.findIndex((marker) => marker.index > code.index);
    const [before, next] = [chosen[after - 1], chosen[after]];
    if (before && next && code.marker.number > before.marker.number && code.marker.number < next.marker.number)
      chosen.splice(after, 0, code);
  }
  return chosen;
}

/**
 * A heading `12.3 Spreading and gathering` in a file that also has `12.3.1 Gathering` or `12.3.3 Exercises` heads a
 * section, not exercise 12.3: its number is the start of deeper ones, as it is in a file of that section's exercises
 * (`Exercise 1.3.1`). One named an exercise (`Exercise 3.7`) stays.
 */
function withoutSectionHeadings(nodes: readonly RootContent[], found: FoundMarker[]): FoundMarker[] {
  const sections = new Set([
    ...nodes.flatMap((node) => {
      const deeper = node.type === 'heading' ? /^(\d+\.\d+)\.\d+(?![\d-])/.exec(toString(node).trim()) : null;
      return deeper ? [deeper[1]!] : [];
    }),
    // So do the file's exercises of that section (`## Exercise 1.3.1` under `# 1.3 The Evolution of Programming Languages`).
    ...found.flatMap(({ marker }) =>
      marker.sectioned && marker.chapter !== undefined && marker.number < PROBLEMS
        ? [`${marker.chapter}.${Math.floor(marker.number / SECTION)}`]
        : [],
    ),
  ]);
  // A chapter's heading (`# 2. Preliminaries`) over its first section's (`## 2.3 Linear algebra`) is no exercise 2.
  const chapterHeading = ({ kind, index, marker }: FoundMarker) => {
    if (kind !== 'heading' || marker.prefixed || marker.chapter !== undefined) return false;
    const next = nodes.slice(index + 1).find((node): node is Heading => node.type === 'heading');
    const depth = (nodes[index] as Heading).depth;
    return next !== undefined && next.depth > depth && new RegExp(`^${marker.number}\\.\\d`).test(toString(next).trim());
  };
  found = found.filter((f) => !chapterHeading(f));
  if (sections.size === 0) return found;
  return found.filter(
    ({ kind, marker }) =>
      !(
        kind === 'heading' &&
        marker.chapter !== undefined &&
        !marker.prefixed &&
        !marker.sectioned &&
        !marker.lettered &&
        // A section's number is printed with a dot (`2.1`); `2-1` is the chapter's problem 1.
        marker.dotted &&
        sections.has(`${marker.chapter}.${marker.number}`)
      ),
  );
}

/**
 * Ids printed with a chapter (`3.4`) are the file's numbering when they outnumber plain numbers and
 * most share one chapter: those of that chapter stay markers (and a bare `5` among them is 3.5).
 * Otherwise they are section numbers (`## 2.1 Loading the data`) and not markers at all.
 */
export function chapterIds(found: FoundMarker[], alone = false): FoundMarker[] {
  const chaptered = found.filter((f) => f.marker.chapter !== undefined);
  if (chaptered.length === 0) return found;
  const local = sectionLocalIds(found, chaptered);
  if (local) return local;
  const counts = new Map<number, number>();
  for (const f of chaptered) counts.set(f.marker.chapter!, (counts.get(f.marker.chapter!) ?? 0) + 1);
  const [chapter, count] = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]!;
  const exercises = new Set(chaptered.filter((f) => f.marker.chapter === chapter).map((f) => f.marker.number));
  // In a file of one exercise, one id alone counts when a word says it is an exercise (`# Exercise 3.1 Names:`).
  const numbering =
    count > found.length - chaptered.length &&
    count * 2 > chaptered.length &&
    (exercises.size >= 2 || (alone && chaptered.every((f) => f.marker.prefixed)));
  const kept = found.filter((f) =>
    numbering ? f.marker.chapter === undefined || f.marker.chapter === chapter : f.marker.chapter === undefined,
  );
  // Where exercises are numbered within sections (2.1-3), the chapter's own `2-1` is its first problem, after every section.
  const sectioned = kept.filter((f) => f.marker.sectioned).length * 2 > count;
  if (!sectioned) return partsOfDottedIds(kept);
  // There `2.2 Analyzing algorithms` heads section 2.2's exercises, and stays their content.
  return kept
    .filter((f) => !(f.marker.dotted && !f.marker.prefixed && !f.marker.sectioned))
    .map((f) =>
      f.marker.chapter !== undefined && !f.marker.sectioned
        ? { ...f, marker: { ...f.marker, number: PROBLEMS + f.marker.number, sectioned: true } }
        : f,
    );
}

/**
 * In a file numbered `1.6`, `1.8`, an id one level deeper that goes on from the exercise before it
 * (`Exercise 1.7.1`, `Exercise 1.7.2`) is a part of exercise 1.7, not exercise 1 of a section 1.7.
 */
function partsOfDottedIds(found: readonly FoundMarker[]): FoundMarker[] {
  let last = 0;
  return found.map((f) => {
    const { marker } = f;
    if (!marker.sectioned || marker.number >= PROBLEMS) {
      if (!marker.subpart) last = Math.max(last, marker.number);
      return f;
    }
    const exercise = Math.floor(marker.number / SECTION);
    if (exercise < last || exercise > last + 3) return f;
    last = exercise;
    const { sectioned: _sectioned, ...rest } = marker;
    // The first part opens the exercise; the later ones go on with it.
    return {
      ...f,
      marker: {
        ...rest,
        number: exercise,
        dotted: true,
        ...(marker.number % SECTION > 1 ? { subpart: String(marker.number % SECTION) } : {}),
      },
    };
  });
}

/**
 * Ids of a book numbered by sections written without the chapter: `1-1` … `1-4`, `2-1` …, `3-7` for
 * 2.1-1 … 2.3-7. Read so when every id is hyphenated, the first numbers run 1, 2, 3 in the file's order
 * and each restarts the second at 1; a file of `1.1` … `2.3` answers chapters 1 and 2 instead.
 */
function sectionLocalIds(found: readonly FoundMarker[], chaptered: readonly FoundMarker[]): FoundMarker[] | undefined {
  if (chaptered.some((f) => f.marker.dotted || f.marker.sectioned || f.marker.lettered)) return undefined;
  const sections = chaptered.map((f) => f.marker.chapter!);
  if (sections[0] !== 1 || new Set(sections).size < 2 || sections.some((section, i) => i > 0 && section < sections[i - 1]!))
    return undefined;
  if (chaptered.some((f, i) => (i === 0 || sections[i - 1] !== sections[i]) && f.marker.number !== 1)) return undefined;
  return found.map((f) => {
    if (f.marker.chapter === undefined) return f;
    const { chapter, ...marker } = f.marker;
    return { ...f, marker: { ...marker, number: chapter! * SECTION + f.marker.number, sectioned: true as const } };
  });
}

/** Whether a top-level node is a question marker, and which. */
function findMarker(node: RootContent, index: number): FoundMarker | undefined {
  if (node.type === 'heading') {
    const text = toString(node);
    const marker = matchMarker(text, { heading: true });
    // A page or series reference over the book's exercise list (`## P310 5.11 编程练习`: page 310, section 5.11) heads the list, not one exercise.
    if (marker?.lettered && !marker.prefixed && namesExerciseList(text)) return undefined;
    return marker && { index, kind: 'heading', marker, depth: node.depth };
  }
  // A question set in a quote: `> 3. How can you …?`.
  if (node.type === 'blockquote') {
    const first = node.children[0];
    if (first?.type === 'list' && first.ordered && first.children.length === 1)
      return { index, kind: 'quote', marker: { number: first.start ?? 1, prefixed: false, length: 0 } };
    // The book's exercise copied as a quote under its heading: `> ### *Exercise 3.1*`.
    const marker = first?.type === 'heading' ? matchMarker(toString(first), { heading: true }) : undefined;
    return marker && { index, kind: 'quote', marker };
  }
  // A script's form or function named after an exercise: `(Exercise 1.3)`, `def exercise_3():`.
  if (node.type === 'code') {
    const line = node.value.split('\n', 1)[0]!;
    const named = exerciseForm(line);
    const marker = named ? matchMarker(named, { heading: true }) : (commentId(line) ?? (node.lang ? undefined : indentedId(line)));
    return marker && { index, kind: 'code', marker };
  }
  if (node.type === 'list' && node.data?.questionNumber !== undefined) {
    return { index, kind: 'list', marker: { number: node.data.questionNumber, prefixed: false, length: 0 } };
  }
  if (node.type !== 'paragraph') return undefined;
  const first = node.children[0];
  if (node.data?.opensCell && first?.type === 'text') {
    const marker = cellMarker(first.value);
    return marker && { index, kind: 'list', marker };
  }
  // A number set in bold or italics with its question: `**3.** …`, `*1. How are a and b related?*`.
  if (first?.type === 'strong' || first?.type === 'emphasis') {
    const marker = matchMarker(toString(first), { emphasised: true });
    return marker && { index, kind: 'bold', marker };
  }
  if (first?.type === 'text') {
    // `Q3:` needs its prefix and punctuation; an exercise id printed with its chapter (`3.1 `) stands alone,
    // and only a run of ids of one chapter keeps it (`chapterIds`).
    const label = matchMarker(first.value, { label: true });
    const id = label ? undefined : matchMarker(first.value, { heading: true });
    const marker = label ?? (id?.chapter === undefined && !id?.lettered ? undefined : id);
    return marker && { index, kind: 'label', marker };
  }
  return undefined;
}

declare module 'mdast' {
  interface ParagraphData {
    /** Set on a paragraph that opens a notebook cell or a script's comment block with a question number. */
    opensCell?: boolean;
  }
  interface ListData {
    /** Set on a one-item list split off a notebook cell: the number its item answers. */
    questionNumber?: number;
  }
}

/**
 * Turns lists whose items are questions into one list per item, each a marker; and a list whose
 * items each open with a numbered heading (`- ### 3) …`) into those headings and what follows them.
 */
export function expandListItems(children: readonly RootContent[], items?: ReadonlyMap<ListItem, number>): RootContent[] {
  const unwrapped = splitCodeAtIds(splitIdLines(children)).flatMap((node): RootContent[] => {
    if (node.type !== 'list') return [node];
    const headed = node.children.filter((item) => item.children[0]?.type === 'heading' && matchMarker(toString(item.children[0])));
    return headed.length >= 2 ? node.children.flatMap((item) => item.children as RootContent[]) : [node];
  });
  if (!items?.size) return unwrapped;
  return unwrapped.flatMap((node): RootContent[] => {
    if (node.type !== 'list' || !node.children.some((item) => items.has(item))) return [node];
    return node.children.map((item): List => ({
      ...node,
      start: items.get(item) ?? node.start ?? null,
      children: [item],
      ...(item.position ? { position: item.position } : {}),
      data: { questionNumber: items.get(item) },
    }));
  });
}

/** Builds an answer from a marker node and the nodes up to the next marker. */
function toAnswer(found: FoundMarker, node: RootContent, following: RootContent[], prompts?: PromptIndex): Answer {
  const { marker } = found;
  const known = prompts && { number: marker.number, prompts };
  const body = [...following];
  let prompt: string | undefined;
  let title: string | undefined;
  const assign = (rest: PhrasingContent[], alwaysPrompt: boolean) => {
    const text = toString({ type: 'paragraph', children: rest }).trim();
    if (!text) return;
    if (alwaysPrompt || isPrompt(text, known)) prompt = inlineMarkdown(rest);
    else title = text.replace(/\s+/g, ' ').replace(/[:.]$/, '');
  };

  /**
   * The words after a marker on its paragraph's lines: the question where they ask, else the start of the answer. A comment
   * block may open with the exercise's statement (`// Exercise 1.8: Modify fetch to … ⏎ if it is missing.`) and a problem with
   * its question (`P1. True or false? ⏎ a. …`), then the answer: the lines up to the first full stop or question mark are the question.
   */
  const askedOnItsLines = (rest: PhrasingContent[], bareId: boolean) => {
    const text = toString({ type: 'paragraph', children: rest }).trim();
    if (!text) return;
    // An answer label opening the next block (`答案：`, `Answer:`) says the words before it are the question, whatever they say.
    const next = body[0];
    if (next?.type === 'paragraph' && opensAnswer(toString(next).trim()) && !speaksAsLearner(text)) {
      prompt = inlineMarkdown(rest);
      stripAnswerLabel(next);
      return;
    }
    const asking = (words: string) => (bareId ? asks(words) || (known !== undefined && knownPrompt(words, known)) : isPrompt(words, known));
    if (asking(text) && !text.includes('\n')) {
      prompt = inlineMarkdown(rest);
      return;
    }
    const lines = text.split('\n');
    const ends = lines.findIndex((line) => /[.?!]\s*$/.test(line));
    const count = ends === -1 ? lines.length : ends + 1;
    const [statement, after] = splitAfterLines(rest, count);
    if (asking(lines.slice(0, count).join(' '))) {
      prompt = inlineMarkdown(statement);
      if (after.length) body.unshift({ type: 'paragraph', children: after, ...answerPosition(node as Paragraph, statement) });
    } else body.unshift({ ...(node as Paragraph), children: rest });
  };

  if (marker.subpart || found.kind === 'code') {
    // The first sub-part opens the question; its label stays visible in the answer. So does the code that names an exercise.
    body.unshift(node);
  } else if (found.kind === 'heading' && node.type === 'heading') {
    const rest = dropChars(node.children, marker.length);
    assign(rest, false);
    // A mark after the id (`## 3.2-4 $\star$`, `★`: a harder exercise) is no title; it opens the question quoted below.
    const mark = title !== undefined && isMark(rest) ? { title, markdown: inlineMarkdown(rest) } : undefined;
    if (mark) title = undefined;
    // A quote under the heading is the exercise's statement, under a heading that names the exercise too (`## Looping a triangle`).
    if (!prompt && body[0] && isQuotedPrompt(body[0])) prompt = inlineMarkdown(quotedPrompt(body.shift()!));
    const asked = prompt ? undefined : (promptBeforeLabel(body) ?? statementInHeadingCell(body, known));
    if (asked) {
      prompt = asked;
      if (title && asks(title)) title = undefined;
    }
    // The mark shows before the question's words, where there are some; else it is all the heading says.
    if (mark && prompt) prompt = `${mark.markdown} ${prompt}`;
    else if (mark) title = mark.title;
  } else if (found.kind === 'quote' && node.type === 'blockquote' && node.children[0]?.type === 'heading') {
    // Under the quoted heading, the quote's paragraphs are the exercise's words; anything else opens the answer.
    const [heading, ...rest] = node.children as [Heading, ...RootContent[]];
    assign(dropChars(heading.children, marker.length), false);
    const words = rest.filter((child) => child.type === 'paragraph');
    if (words.length && !prompt) {
      prompt = words.map((paragraph) => inlineMarkdown(paragraph.children)).join(' ');
      body.unshift(...rest.filter((child) => child.type !== 'paragraph'));
    } else body.unshift(...rest);
  } else if (found.kind === 'quote' && node.type === 'blockquote') {
    // The quoted item's first paragraph is the question; whatever else the quote holds opens the answer.
    const list = node.children[0] as List;
    const [lead, ...rest] = list.children[0]!.children;
    if (lead?.type === 'paragraph') prompt = inlineMarkdown(lead.children);
    else if (lead) body.unshift(lead);
    body.unshift(...(rest as RootContent[]), ...node.children.slice(1));
  } else if (found.kind === 'list' && node.type === 'paragraph') {
    // The words after the number are the question when they ask, else the start of the answer.
    // After a bare id (`3.1 `, `R12 `), as after a bare id opening a paragraph, only words that ask (or word the others' question) are.
    const bareId = !marker.prefixed && (marker.chapter !== undefined || marker.lettered);
    askedOnItsLines(dropChars(node.children, marker.length), Boolean(bareId));
  } else if (found.kind === 'list' && node.type === 'list') {
    const item = node.children[0]!;
    const [lead, ...rest] = item.children;
    body.unshift(...(rest as RootContent[]));
    // A statement with nothing below it is the answer itself, written without its question.
    const alone = rest.length === 0 && following.length === 0 && !asks(toString(lead ?? { type: 'text', value: '' }));
    if (lead?.type === 'paragraph' && !alone && isPrompt(toString(lead), known)) prompt = inlineMarkdown(lead.children);
    else if (lead) body.unshift(lead);
  } else if (
    node.type === 'paragraph' &&
    found.kind === 'label' &&
    !marker.prefixed &&
    (marker.chapter !== undefined || marker.sectioned || marker.lettered)
  ) {
    // After a bare id (`3.1 `, `R12.`) the words are the question when they ask, else the start of the answer.
    askedOnItsLines(dropChars(node.children, marker.length), true);
  } else if (node.type === 'paragraph') {
    // A question in bold on a line of its own (`**3. Why …?**`, then `<br>`, two spaces or a new line): the lines after it answer.
    const boldLine = found.kind === 'bold' && endsItsLine(node.children);
    const dropped = dropChars(node.children, marker.length);
    // `**Question 1**: Why …?` puts the marker's colon after the bold.
    const colon = found.kind === 'bold' && dropped[0]?.type === 'text' ? (/^[ \t]*[:.)][ \t]*/.exec(dropped[0].value)?.[0].length ?? 0) : 0;
    const rest = colon ? dropChars(dropped, colon) : dropped;
    // (A bold that held only the number, `**3.**`, is gone: everything after it answers.)
    const [question, answer] = !boldLine
      ? splitAnswerLabel(rest)
      : rest[0]?.type === 'strong' || rest[0]?.type === 'emphasis'
        ? withoutLineEnd(splitAfterLines(rest, 1))
        : withoutLineEnd([[], rest]);
    // After `Q3:` or `**Q3.**` comes the question itself; after a bare `**3.**` it may be a title.
    assign(question, found.kind === 'label' || marker.prefixed);
    // A whole paragraph of a statement, then an answer label (`**Solution**`), is the question, not a title.
    const next = body[0]?.type === 'paragraph' ? toString(body[0]).trim() : undefined;
    const labelled = next !== undefined && (opensAnswer(next) || ANSWER_ALONE.test(next));
    if (title && !answer.length && labelled && words(title).length > MAX_TITLE_WORDS) {
      prompt = inlineMarkdown(question);
      title = undefined;
    }
    if (answer.length) body.unshift({ type: 'paragraph', children: answer, ...answerPosition(node, question) });
    else if (!prompt && !title && !toString({ type: 'paragraph', children: question }).trim()) {
      // A marker alone on its line (`**Q1**`) heads the question as a heading would: its words run to the answer's label.
      const asked = promptBeforeLabel(body);
      if (asked) prompt = asked;
      else if (body[0]?.type === 'paragraph') stripAnswerLabel(body[0]);
    } else if (body[0]?.type === 'paragraph') stripAnswerLabel(body[0]);
  }
  // A script's `Q.` label marks the paragraphs after the number as the question, whatever their wording.
  const labelled = body.findIndex((child) => child.data?.part !== 'question' || child.type !== 'paragraph');
  if (!prompt && labelled !== 0 && body.length > 0) {
    const asked = body.splice(0, labelled === -1 ? body.length : labelled) as Paragraph[];
    prompt = asked.map((paragraph) => inlineMarkdown(paragraph.children)).join(' ');
  }

  return {
    number: marker.number,
    ...(marker.chapter === undefined ? {} : { chapter: marker.chapter }),
    ...(marker.sectioned ? { sectioned: true as const } : {}),
    ...(marker.sectioned && marker.dotted ? { sectionDots: true as const } : {}),
    ...((marker.chapter !== undefined && !marker.dotted && !marker.sectioned && !marker.lettered) || marker.letterFirst
      ? { hyphenated: true as const }
      : {}),
    ...(prompt ? { prompt } : {}),
    ...(title ? { title } : {}),
    body: { type: 'root', children: body },
    position: { start: { ...node.position!.start }, end: endOf(following, node.position!.end) },
  };
}

/** A `<br>` tag opening a text, as people end a line in Markdown that HTML will show (the tree keeps HTML as text). */
const BR = /^<br[ \t]*\/?>/i;

/** Whether a paragraph's opening bold or italics ends its first line: a line break, a `<br>`, or a new line after a colon follows it. */
function endsItsLine(children: readonly PhrasingContent[]): boolean {
  const next = children[1];
  if (next?.type === 'break') return true;
  if (next?.type !== 'text') return false;
  const after = next.value.replace(BR, '');
  // `<br>` alone in its text node: the next line starts the next one.
  if (after === '' && next.value !== '')
    return children[2] === undefined || (children[2].type === 'text' && children[2].value.startsWith('\n'));
  return /^[ \t]*[:.)：]?[ \t]*\n[ \t]*\S/.test(after);
}

const isBr = (node: PhrasingContent | undefined) =>
  node?.type === 'break' || (node?.type === 'text' && BR.test(node.value) && !node.value.replace(BR, '').trim());

/** A question and its answer split after the question's line, without the `<br>` that ended it. */
function withoutLineEnd([question, answer]: [PhrasingContent[], PhrasingContent[]]): [PhrasingContent[], PhrasingContent[]] {
  while (isBr(answer[0])) answer.shift();
  if (answer[0]?.type === 'text') answer[0] = { ...answer[0], value: answer[0].value.replace(/^\s+/, '') };
  while (isBr(question.at(-1))) question.pop();
  return [question, answer];
}

/** The fewest words of a question's statement on its marker line; a shorter line may be the answer itself. */
const STATEMENT_WORDS = 10;

/**
 * A source puts its questions in one place. Where most of its answers' marker lines ask (`P1. What is …?`, then the answer
 * below), a marker line that states a task instead (`P2. After some research, write one paragraph …`) with the answer in
 * blocks below it is that question's words too, not the start of its answer.
 */
function questionsWhereMostAsk(answers: Answer[]): void {
  // The words on an answer's marker line, alone on it, with the answer in blocks below.
  const markerLine = (answer: Answer) => {
    const [lead, ...rest] = answer.body.children;
    if (answer.prompt !== undefined || answer.title !== undefined || lead?.type !== 'paragraph' || rest.length === 0) return undefined;
    const text = toString(lead);
    return lead.position?.start.line === answer.position.start.line && !text.includes('\n') ? { lead, rest, text } : undefined;
  };
  const asked = answers.filter((answer) => answer.prompt !== undefined && answer.title === undefined).length;
  const lines = answers.flatMap((answer) => {
    const line = markerLine(answer);
    return line ? [{ answer, ...line }] : [];
  });
  // Where no marker line words its question in a way read so far, most of them asking or setting a task
  // (`4.1 Write the sum function as code.`, then the code) says the same: they are the questions.
  const questioning = lines.filter(
    ({ text }) =>
      (asks(text) || setsTask(text) || (words(text).length >= STATEMENT_WORDS && setsTaskWithin(text))) && !speaksAsLearner(text),
  );
  const setOut =
    questioning.length >= 3 && questioning.length * 3 >= lines.length * 2 && (questioning.length + asked) * 2 >= answers.length;
  if (!setOut && (asked < 3 || asked * 2 < answers.length)) return;
  const setTasks = new Set(setOut ? questioning : []);
  for (const line of lines) {
    const { answer, lead, rest, text } = line;
    // A short line after the marker may be the answer itself (`P4. It is 5.`); a question's statement is longer.
    if (words(text).length < STATEMENT_WORDS && !setTasks.has(line)) continue;
    answer.prompt = inlineMarkdown(lead.children);
    answer.body.children = rest;
  }
}

/** An answer label alone on its line, without its colon: `**Solution**`, `Answer`, `解法` (the method of solving). */
const ANSWER_ALONE = new RegExp(String.raw`^(?:answer|solution|解答|解法|答案?)[ \t]*[:.：]?$`, 'i');

/** The most blocks a question's own words take before its answer label. */
const PROMPT_BLOCKS = 4;
/** How many a question closed by a `Solution` heading may hold: its parts, each a paragraph, and their formulas. */
const LONG_PROMPT_BLOCKS = 16;

/**
 * The question's words between its heading and the label or rule that opens its answer (`_Solution:_`,
 * `**Answer:**`, `A:`, `***`): they are taken out of `body` as its prompt, and a label alone on its line
 * or the rule goes with them, as layout. A list among them holds the question's parts (`(a) …`, `(b) …`).
 */
export function promptBeforeLabel(body: RootContent[]): string | undefined {
  // A heading that says only `Solution` or `Answer` is a label too (a notebook's `### Solution` cell). So clear a boundary
  // may close a question of several parts (`**(a)** … **(d)** …); a rule or a label in prose closes a shorter one.
  // So is the label a document's answer environment prints (`\begin{proof}`, shown as *Proof.*).
  const labelHeading = (node: RootContent) =>
    (node.type === 'heading' && ANSWER_ALONE.test(toString(node).trim())) || node.data?.part === 'answer';
  const at = body.slice(0, LONG_PROMPT_BLOCKS + 1).findIndex(
    (node, i) =>
      labelHeading(node) ||
      // A rule with the answer after it may close a longer question: its worked examples, a paragraph each.
      (node.type === 'thematicBreak' && i > PROMPT_BLOCKS && body.slice(i + 1).some((after) => after.type === 'code')) ||
      (i <= PROMPT_BLOCKS &&
        (node.type === 'thematicBreak' ||
          (node.type === 'paragraph' && (opensAnswer(toString(node).trim()) || ANSWER_ALONE.test(toString(node).trim()))))),
  );
  // The question may hold a heading of its own (`## Hint: See Question 2`) before its rule or label, its formulas and its table.
  const asked = body.slice(0, at);
  if (at < 1 || !asked.every((node) => ['paragraph', 'list', 'heading', 'math', 'table'].includes(node.type))) return undefined;
  // A heading that only says the question follows (`## 題目`, `## Problem`) is layout, as the label is.
  const label = (node: RootContent) => node.type === 'heading' && QUESTION_HEADING.test(toString(node).trim());
  const opening = asked.find((node) => !label(node));
  if (!opening || (opening.type !== 'paragraph' && opening.type !== 'list')) return undefined;
  // A table in the question (the data it asks about) stays at the head of the answer, where the page shows it whole.
  const tables = asked.filter((node) => node.type === 'table');
  // What stands above such a heading (a learner's tag, `會考`: "on the exam") is theirs, not the question's: it opens the answer.
  const labelAt = asked.findIndex(label);
  const before = labelAt > 0 ? asked.slice(0, labelAt) : [];
  const words = asked
    .slice(before.length)
    .flatMap((node): Array<Paragraph | Heading> =>
      label(node)
        ? []
        : node.type === 'paragraph' || node.type === 'heading'
          ? [node]
          : node.type === 'math'
            ? [{ type: 'paragraph', children: [{ type: 'inlineMath', value: node.value }] }]
            : node.type === 'table'
              ? []
              : numberedParagraphs(node as List),
    );
  const answered = body.length > at + 1;
  const end = body[at]!;
  // A rule (`***`) between question and answer is layout, as a label alone on its line is.
  // The label's heading stays: it heads the answer as the learner wrote it; so does an environment's label.
  if (end.type === 'thematicBreak') body.splice(0, answered ? at + 1 : at);
  else if (end.type === 'heading' || end.data?.part === 'answer') body.splice(0, at);
  else {
    const label = end as Paragraph;
    const text = toString(label).trim();
    const labelOnly = ANSWER_ALONE.test(text) || text.length === ANSWER_LABEL.exec(text)![0].trim().length;
    body.splice(0, labelOnly && answered ? at + 1 : at);
    if (!labelOnly) stripAnswerLabel(label);
  }
  body.unshift(...before.filter((node) => node.type !== 'table'), ...tables);
  return words.map((paragraph) => inlineMarkdown(paragraph.children)).join(' ');
}

/** Phrasing that is only math or symbols, no word: a mark such as `$\star$` or `★`. */
function isMark(children: readonly PhrasingContent[]): boolean {
  return (
    children.length > 0 && children.every((child) => child.type === 'inlineMath' || (child.type === 'text' && !/\p{L}/u.test(child.value)))
  );
}

/**
 * In a notebook, the paragraphs of the cell that holds a question's heading, when later cells answer it,
 * are the exercise's statement (`## Exercise 1.1` over `Work out what the interpreter prints …`); code in
 * that cell stays at the head of the answer. Taken out of `body`.
 */
function statementInHeadingCell(body: RootContent[], known?: { number: number; prompts: PromptIndex }): string | undefined {
  const cell = body.findIndex((node) => !node.data?.headingCell);
  const end = cell === -1 ? body.length : cell;
  if (end === 0 || end === body.length) return undefined;
  const statement = body.slice(0, end).filter((node): node is Paragraph => node.type === 'paragraph');
  if (statement.length === 0 || statement.length > PROMPT_BLOCKS) return undefined;
  const text = statement.map((paragraph) => toString(paragraph).trim()).join(' ');
  // A learner's answer also opens the cell with a sentence; the statement must ask, set a task, or be the others' question.
  const knownQuestion = known?.prompts.numbers.includes(known.number) && isPrompt(text, known);
  if (speaksAsLearner(text) || !(asks(text) || setsTask(text) || knownQuestion)) return undefined;
  for (const paragraph of statement) body.splice(body.indexOf(paragraph), 1);
  return statement.map((paragraph) => inlineMarkdown(paragraph.children)).join(' ');
}

/** An answer label opens the paragraph; `a.` and `a)` there are more likely a sub-part than an answer's `A.`. */
function opensAnswer(text: string): boolean {
  const label = ANSWER_LABEL.exec(text)?.[0];
  return label !== undefined && !/^a[ \t]*[.)]/i.test(label);
}

/** Every paragraph of a list, items and their nested lists in order. */
export function listParagraphs(list: List): Paragraph[] {
  return list.children.flatMap((item) =>
    item.children.flatMap((child) => (child.type === 'paragraph' ? [child] : child.type === 'list' ? listParagraphs(child) : [])),
  );
}

/** A list's paragraphs for a prompt: an ordered list's items keep their numbers (`1. …`, `2. …`), the question's parts; one item alone is no part. */
function numberedParagraphs(list: List): Paragraph[] {
  if (!list.ordered || list.children.length < 2) return listParagraphs(list);
  return list.children.flatMap((item, i) => {
    const [first, ...rest] = listParagraphs({ ...list, children: [item] });
    if (!first) return [];
    return [{ ...first, children: [{ type: 'text' as const, value: `${(list.start ?? 1) + i}. ` }, ...first.children] }, ...rest];
  });
}

/**
 * The furthest end of `nodes`, else `fallback`. Not simply the last node's:
 * a notebook stores a cell's outputs above its code.
 */
export function endOf(nodes: readonly RootContent[], fallback: Point): Point {
  let end = fallback;
  for (const node of nodes) {
    const point = node.position?.end;
    if (point && (point.line > end.line || (point.line === end.line && point.column > end.column))) end = point;
  }
  return { ...end };
}

/** A tree of `nodes`, for parsers that return a preamble. */
export function rootOf(nodes: readonly RootContent[]): Root | undefined {
  return nodes.length ? { type: 'root', children: [...nodes] } : undefined;
}
