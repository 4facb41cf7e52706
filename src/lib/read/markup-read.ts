/**
 * Reads an Org or LaTeX document (and Sweave's `.Rnw`, LaTeX with R chunks) into cells, as a notebook's would be, so
 * its headings mark questions as Markdown's do: `** Exercise 1.3` and
 * `\section{Exercise 3.1}` become headings, source blocks (`#+begin_src`)
 * and other environments code shown as written, math environments (`\begin{align*}`) math, an
 * answer environment (`\begin{proof}`) prose after the label it prints, a list's `\item` a list item. Lines that are only layout (`#+end_src`,
 * `\end{document}`) show nothing; every other line keeps its place in the
 * file, so diagnostics and the nothing-lost check point at it.
 */
import { splitLines } from './source-file.ts';
import type { ExtractedCell, ReadNotebook } from './notebook-read.ts';
import type { Line } from '../read/source-file.ts';

/** Document languages read into cells, by file extension. */
export const MARKUP_LANGUAGES: Record<string, string> = { org: 'org', tex: 'latex', rnw: 'latex', snw: 'latex' };

/** A block of a document: Markdown, or code in its own language shown as written, without a notebook's `In [ ]:` label. */
export interface MarkupCell extends ExtractedCell {
  language?: string;
  /** Set on the label that opens an answer environment (`\begin{proof}`, shown as *Proof.*): the answer, not a new cell of questions, follows. */
  part?: 'answer';
  /** Set on the prose inside an answer environment, which goes on with that answer: a list there asks nothing. */
  withinAnswer?: true;
}

/** `* Heading`, `** Exercise 1.3`: an Org headline, its stars giving its level. */
const ORG_HEADLINE = /^(\*+)[ \t]+(.*)$/;
const ORG_BLOCK_OPEN = /^[ \t]*#\+begin_(\w+)(?:[ \t]+([\w+-]+))?/i;
/** `#+RESULTS:`, `#+name:`, `:PROPERTIES:` … `:END:`: what Org keeps for itself. */
const ORG_LAYOUT =
  /^[ \t]*(?:#\+(?:results|name|caption|attr_\w+|options|startup|property|setupfile)\b.*|:(?:properties|end|logbook):[ \t]*)$/i;
/** `#+TITLE: SICP exercises`: a document keyword, whose value a reader sees. */
const ORG_KEYWORD = /^[ \t]*#\+\w+:[ \t]*(.*)$/;
/** `~code~` and `=verbatim=` between spaces or punctuation: Org's code, Markdown's backticks (a single `~` is strikethrough there). */
const ORG_CODE = /(^|[\s([{'"])([~=])([^\s~=`](?:[^~=`]*?[^\s~=`])?)\2(?=$|[\s)\]}.,;:!?'"-])/g;
/** `: 42`: a fixed-width line, such as a source block's result. */
const ORG_FIXED = /^[ \t]*:(?: (.*)|$)/;

/** `\section{Exercise 3.1}`, `\subsection*{…}`, by level. */
const TEX_HEADINGS: Record<string, number> = {
  part: 1,
  chapter: 1,
  section: 2,
  subsection: 3,
  subsubsection: 4,
  paragraph: 5,
  subparagraph: 6,
};
const TEX_HEADING = /^[ \t]*\\(part|chapter|section|subsection|subsubsection|paragraph|subparagraph)\*?(?:\[[^\]]*\])?\{(.*)\}[ \t]*$/;
const TEX_BEGIN = /^[ \t]*\\begin\{([^}]+)\}/;
/** A Sweave or knitr chunk in a LaTeX document (`.Rnw`): `<<label, echo=FALSE>>=` up to a line `@`; R code, its options left out. */
const SWEAVE_OPEN = /^<<[^>]*>>=[ \t]*$/;
const SWEAVE_CLOSE = /^@[ \t]*$/;
const TEX_LISTS = new Set(['itemize', 'enumerate', 'description']);
const TEX_ITEM = /^[ \t]*\\item(?:\[([^\]]*)\])?[ \t]*(.*)$/;
/** Lines that only frame the document: its class, packages, `\maketitle`, `\begin{document}`. */
const TEX_LAYOUT =
  /^[ \t]*\\(?:documentclass|usepackage|begin\{document\}|end\{document\}|maketitle|tableofcontents|newpage|clearpage)(?![a-zA-Z])/;
/** Spacing alone on its line (`\vspace{1em}`, `\medskip`): it moves the text, it says nothing. */
const TEX_SPACING =
  /^[ \t]*\\(?:vspace|hspace|medskip|bigskip|smallskip|noindent|newline|linebreak|pagebreak|hrule|vfill|hfill)\*?(?:\{[^{}]*\})?[ \t]*$/;
/** Environments of display math, typeset as math. */
const TEX_MATH = new Set(
  ['equation', 'align', 'gather', 'multline', 'alignat', 'flalign', 'eqnarray'].flatMap((name) => [name, `${name}*`]).concat('displaymath'),
);
/** Environments that hold an answer, by the label LaTeX prints at their start (amsthm's `proof` prints *Proof.*). */
const TEX_ANSWERS: Record<string, string> = { proof: 'Proof', solution: 'Solution', soln: 'Solution', sol: 'Solution', answer: 'Answer' };
const ANSWER_NAMES = Object.keys(TEX_ANSWERS).join('|');
const TEX_ANSWER_OPEN = new RegExp(String.raw`^([ \t]*)\\begin\{(${ANSWER_NAMES})\*?\}(?:\[([^\]]*)\])?[ \t]*(.*)$`);
const TEX_ANSWER_CLOSE = new RegExp(String.raw`\\end\{(?:${ANSWER_NAMES})\*?\}[ \t]*$`);

/** The language of a document file by its extension, if it is one this reader knows. */
export function markupLanguage(file: string): string | undefined {
  return MARKUP_LANGUAGES[/\.([^./]+)$/.exec(file)?.[1]?.toLowerCase() ?? ''];
}

/** The document's cells: prose and headings as Markdown, blocks of code and math as written. */
export function readMarkup(text: string, language: string): ReadNotebook & { cells: MarkupCell[] } {
  const lines = splitLines(text).map((line, index): Line => ({ text: line, line: index + 1 }));
  return { cells: language === 'latex' ? latexCells(lines) : orgCells(lines), language };
}

/** Collects cells: runs of Markdown lines, and blocks pushed whole. */
function cellCollector() {
  const cells: MarkupCell[] = [];
  let prose: Line[] = [];
  let withinAnswer = false;
  const flush = () => {
    while (prose.length && !prose.at(-1)!.text.trim()) prose.pop();
    while (prose.length && !prose[0]!.text.trim()) prose.shift();
    if (prose.length)
      cells.push({
        type: 'markdown',
        anchor: prose[0]!.line,
        source: prose,
        count: null,
        outputs: [],
        ...(withinAnswer ? { withinAnswer } : {}),
      });
    prose = [];
  };
  return {
    cells,
    /** Whether the prose from here on is inside an answer environment. */
    within: (answer: boolean) => {
      flush();
      withinAnswer = answer;
    },
    prose: (line: Line) => prose.push(line),
    block: (source: Line[], language: string) => {
      flush();
      if (source.length) cells.push({ type: 'code', anchor: source[0]!.line, source, count: null, outputs: [], language });
    },
    /** A line that opens an answer, a cell of its own. */
    label: (line: Line) => {
      flush();
      cells.push({ type: 'markdown', anchor: line.line, source: [line], count: null, outputs: [], part: 'answer' });
    },
    flush,
  };
}

function orgCells(lines: readonly Line[]): MarkupCell[] {
  const out = cellCollector();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const open = ORG_BLOCK_OPEN.exec(line.text);
    if (open) {
      const end = new RegExp(String.raw`^[ \t]*#\+end_${open[1]}\b`, 'i');
      const body: Line[] = [];
      for (i++; i < lines.length && !end.test(lines[i]!.text); i++) body.push(lines[i]!);
      out.block(dedent(body), open[1]!.toLowerCase() === 'src' ? (open[2] ?? 'text') : 'text');
      continue;
    }
    if (ORG_FIXED.test(line.text)) {
      const body: Line[] = [];
      for (; i < lines.length && ORG_FIXED.test(lines[i]!.text); i++)
        body.push({ ...lines[i]!, text: ORG_FIXED.exec(lines[i]!.text)![1] ?? '' });
      i--;
      out.block(body, 'text');
      continue;
    }
    if (ORG_LAYOUT.test(line.text)) continue;
    const headline = ORG_HEADLINE.exec(line.text);
    if (headline) {
      out.flush();
      out.prose({ ...line, text: `${'#'.repeat(Math.min(headline[1]!.length, 6))} ${headline[2]}` });
      out.flush();
      continue;
    }
    const keyword = ORG_KEYWORD.exec(line.text);
    out.prose(keyword ? { ...line, text: keyword[1]! } : { ...line, text: line.text.replace(ORG_CODE, '$1`$3`') });
  }
  out.flush();
  return out.cells;
}

function latexCells(lines: readonly Line[]): MarkupCell[] {
  const out = cellCollector();
  // Before `\begin{document}` is the preamble: settings, shown as written when it says more than the layout lines.
  const body = lines.findIndex((line) => /^[ \t]*\\begin\{document\}/.test(line.text));
  if (body > 0) {
    const preamble = lines.slice(0, body).filter((line) => line.text.trim() && !TEX_LAYOUT.test(line.text));
    out.block(preamble, 'latex');
  }
  let list = 0;
  // How many questions of each kind came before, as LaTeX counts them.
  const counts: Record<string, number> = {};
  // Inside an answer or question environment, prose is indented as the environment is: that indentation is layout, not code.
  let inAnswer = false;
  let inQuestion = false;
  for (let i = Math.max(body, 0); i < lines.length; i++) {
    const line = lines[i]!;
    if (TEX_LAYOUT.test(line.text) || TEX_SPACING.test(line.text)) continue;
    // An answer environment opens with its label, as the page of a typeset proof does; its lines are prose.
    const answer = list === 0 ? TEX_ANSWER_OPEN.exec(line.text) : null;
    if (answer) {
      const [, , name, title, rest] = answer as unknown as [string, string, string, string | undefined, string];
      out.label({ ...line, text: `*${title?.trim() || TEX_ANSWERS[name]!}.*${rest.trim() ? ` ${latexLine(rest.trim())}` : ''}` });
      out.within((inAnswer = true));
      continue;
    }
    const close = TEX_ANSWER_CLOSE.exec(line.text);
    if (close) {
      const before = line.text.slice(0, close.index);
      if (before.trim()) out.prose({ ...line, text: latexLine(before.trim()) });
      out.within((inAnswer = false));
      continue;
    }
    if (SWEAVE_OPEN.test(line.text)) {
      const block: Line[] = [];
      for (i++; i < lines.length && !SWEAVE_CLOSE.test(lines[i]!.text); i++) block.push(lines[i]!);
      out.block(block, 'r');
      continue;
    }
    // A question environment opens its question as a heading would, with the number LaTeX prints for it.
    const question = list === 0 && !inAnswer ? TEX_QUESTION_OPEN.exec(line.text) : null;
    if (question) {
      const [, name, given, title, argument, rest] = question as unknown as [
        string,
        string,
        string | undefined,
        string | undefined,
        string | undefined,
        string,
      ];
      const word = TEX_QUESTIONS[name.toLowerCase()]!;
      const number = given ?? String((counts[word] = (counts[word] ?? 0) + 1));
      // A bare number after the id (`\begin{problem}{1.6}{1}`) is an argument of the document's own (a level, the points), not a title.
      const level = argument !== undefined && /^\s*\d{1,3}\s*$/.test(argument);
      const named = [title, level ? undefined : argument].filter((part) => part?.trim()).join(' ');
      out.flush();
      out.prose({ ...line, text: `#### ${word} ${number}${named ? `: ${named.trim()}` : ''}` });
      out.flush();
      if (rest.trim()) out.prose({ ...line, text: latexLine(rest.trim()) });
      inQuestion = true;
      continue;
    }
    if (list === 0 && TEX_QUESTION_CLOSE.test(line.text)) {
      out.flush();
      inQuestion = false;
      continue;
    }
    const heading = TEX_HEADING.exec(line.text);
    if (heading && list === 0) {
      out.flush();
      out.prose({ ...line, text: `${'#'.repeat(TEX_HEADINGS[heading[1]!]!)} ${heading[2]}` });
      out.flush();
      continue;
    }
    const begin = TEX_BEGIN.exec(line.text);
    if (begin && TEX_LISTS.has(begin[1]!)) {
      list++;
      continue;
    }
    if (list > 0 && /^[ \t]*\\end\{(?:itemize|enumerate|description)\}/.test(line.text)) {
      list--;
      continue;
    }
    // Math and other environments are shown as written, from `\begin` to its `\end`.
    if (begin && begin[1] !== 'document') {
      const end = `\\end{${begin[1]}}`;
      const block: Line[] = [line];
      for (i++; i < lines.length && !lines[i - 1]!.text.includes(end); i++) block.push(lines[i]!);
      i--;
      if (list > 0) out.prose({ ...line, text: '' });
      out.block(dedent(block), TEX_MATH.has(begin[1]!) ? 'math' : 'latex');
      continue;
    }
    if (list > 0) {
      const item = TEX_ITEM.exec(line.text);
      const indent = '  '.repeat(list - 1);
      out.prose({ ...line, text: item ? `${indent}- ${item[1] ? `${item[1]} ` : ''}${item[2]}` : `${indent}  ${line.text.trim()}` });
      continue;
    }
    out.prose({ ...line, text: latexLine(inAnswer || inQuestion ? line.text.trimStart() : line.text) });
  }
  out.flush();
  return out.cells;
}

/**
 * Environments that ask a question, by the word LaTeX prints at their start: a document's own theorem-like
 * `exercise`, `problem` or `question`, typeset as "Exercise 3." with its own count, or with the number it is given
 * (`\begin{problem}{3}`), and the title in brackets after it (`\begin{exercise}[De Morgan's Laws]`).
 */
const TEX_QUESTIONS: Record<string, string> = {
  exercise: 'Exercise',
  exercises: 'Exercise',
  exer: 'Exercise',
  problem: 'Problem',
  prob: 'Problem',
  question: 'Question',
};
const QUESTION_NAMES = Object.keys(TEX_QUESTIONS).join('|');
const TEX_QUESTION_OPEN = new RegExp(
  String.raw`^[ \t]*\\begin\{(${QUESTION_NAMES})\*?\}(?:\{((?:\d{1,3}[.-]){0,3}\d{1,3}[a-z]?)\})?(?:\[([^\]]*)\])?(?:\{([^{}]*)\})?[ \t]*(.*)$`,
  'i',
);
const TEX_QUESTION_CLOSE = new RegExp(String.raw`^[ \t]*\\end\{(?:${QUESTION_NAMES})\*?\}[ \t]*$`, 'i');

/** `\textbf{2.1.}` or `\emph{…}` opening a line: bold or italic, as Markdown writes it, so a bold label reads as one. */
const TEX_EMPHASIS = /^([ \t]*)\\(textbf|textit|emph)\{([^{}]*)\}/;
/** `\question{2.1}` or `\qs{3}{…}`: a document's own command opening a line with an exercise's id, a question's heading. */
const TEX_ID_COMMAND = /^[ \t]*\\([a-zA-Z]+)\{((?:\d{1,3}[.-]){0,3}\d{1,3})\}(.*)$/;

/** A LaTeX prose line as Markdown reads it where its commands mark a question. */
function latexLine(text: string): string {
  const command = TEX_ID_COMMAND.exec(text);
  if (command && !TEX_HEADINGS[command[1]!]) {
    const rest = command[3]!.replace(/^\{(.*)\}\s*$/, ' $1').trimEnd();
    return `#### ${command[1]} ${command[2]}${rest ? ` ${rest.trim()}` : ''}`;
  }
  return text.replace(TEX_EMPHASIS, (_, indent: string, kind: string, words: string) =>
    words.trim() ? `${indent}${kind === 'textbf' ? '**' : '*'}${words}${kind === 'textbf' ? '**' : '*'}` : _,
  );
}

/** A block's lines without the indentation they share. */
function dedent(lines: readonly Line[]): Line[] {
  const indents = lines.filter((line) => line.text.trim()).map((line) => /^[ \t]*/.exec(line.text)![0].length);
  const by = indents.length ? Math.min(...indents) : 0;
  return lines.map((line) => ({ ...line, text: line.text.slice(by) }));
}
