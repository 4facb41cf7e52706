/**
 * Reads a script (Python, R, Julia) into cells, as a notebook's would be: a script exported
 * from a notebook (`jupyter nbconvert --to script`), whose markdown cells are
 * `# ` comment lines between `# In[3]:` markers, or a module whose text is a
 * triple-quoted string (`'''Q. … A. …'''`). Comment prefixes, cell markers,
 * string quotes and the indentation inside a string are layout: the cells
 * hold what they say, each line still pointing at its line in the file.
 */
import type { SourceFile } from './source-file.ts';
import { splitLines } from './source-file.ts';
import type { ExtractedCell, ReadNotebook } from './notebook-read.ts';
import type { Line } from '../read/source-file.ts';
import { MARKUP_LANGUAGES, markupLanguage, readMarkup } from './markup-read.ts';
import { SPELLED_NUMBER, spelledNumber } from './number-words.ts';

/** `# In[3]:`, `# In[ ]:`: where nbconvert puts a code cell. */
export const SCRIPT_CELL_MARKER = /^#\s*In\s*\[\s*(\d*)\s*\]:?\s*$/;
/** A line comment, by the character that opens it: `# …` (Python, R, Julia, Ruby, shell), `// …` (C and its kin), `-- …` (Haskell, Lua, SQL), `; …` (Lisp). */
const COMMENTS: Record<string, RegExp> = {
  '#': /^[ \t]*#(?!!)(?: ?)(.*)$/,
  '//': /^[ \t]*\/\/+(?: ?)(.*)$/,
  '--': /^[ \t]*--+(?: ?)(.*)$/,
  ';': /^[ \t]*;+(?: ?)(.*)$/,
  // OCaml has no line comment; a block comment on one line (`(* 2.7 Challenges *)`) is read as the block it is (`BLOCK_COMMENTS`).
  '(*': /(?!)/,
};

/**
 * Block comments on lines of their own, by the language's line comment: C's slash-star comments, Haskell's `{- … -}`,
 * OCaml's `(* … *)` and its doc comments `(** … *)`. Their lines are text; the delimiters and the margin that lines them up are layout.
 */
const BLOCK_COMMENTS: Record<string, { open: RegExp; close: string; opener: RegExp; closer: RegExp; dedent: boolean }> = {
  '//': { open: /^[ \t]*\/\*/, close: '*/', opener: /^[ \t]*\/\*+!?[ \t]?/, closer: /[ \t]*\*+\/[ \t]*$/, dedent: false },
  '--': { open: /^[ \t]*\{-/, close: '-}', opener: /^[ \t]*\{-[|^]?[ \t]?/, closer: /[ \t]*-\}[ \t]*$/, dedent: true },
  '(*': { open: /^[ \t]*\(\*/, close: '*)', opener: /^[ \t]*\(\*+[ \t]?/, closer: /[ \t]*\*+\)[ \t]*$/, dedent: true },
};
/** Lines that only set a program up (imports, a plotting backend), which may come before its docstring. */
const SETUP = /^[ \t]*(?:import[ \t]|from[ \t]+\S+[ \t]+import[ \t]|library\(|require\(|#include|matplotlib\.use\(|%matplotlib|$)/;
/** The run of comment characters that draws a banner after a comment's words (`;;; 1.2 ;;;;;;;;`, `# Section ----`): layout. */
const BANNER_TAIL = /(?<=\S)[ \t]+([;#/=*-])\1{2,}[ \t]*$/;
/**
 * A call whose one argument is a string over several lines, printed as text: R's `display_markdown("` or
 * `cat("` at the end of a line, closed by `")` on a later one. What the string holds is prose, not code.
 */
const STRING_CALL_OPEN = /^[ \t]*[A-Za-z_.][\w.]*\([ \t]*(["'])[ \t]*$/;
const CLOSE_DOUBLE = /^[^"]*"[ \t]*\)[ \t]*$/;
const CLOSE_SINGLE = /^[^']*'[ \t]*\)[ \t]*$/;
/** A string that opens a line: Python's `'''` or `"""` (with `r`, `f`… before it), or a Pluto notebook's Markdown cell, `md"""`. */
const STRING_OPEN = /^[ \t]*(?:[rRuUbBfF]{0,2}|md)('''|""")(.*)$/;
/** A Pluto notebook's cell boundaries and settings (`# ╔═╡ <id>`, `# ╠═╡ skip_as_script = true`, `#=╠═╡` … `╠═╡ =#`, `# ╟─<id>`): layout. */
const PLUTO_LAYOUT = /^(?:#[ \t]*[╔╠╟][═─]|#=╠═╡|[ \t]*╠═╡[ \t]*=#)/;
/** `Q.`, `Q:`, `Question:` and `A.`, `A:`, `Answer:` opening a line of a string or comment: which part follows. */
const PART_LABEL = /^[ \t]*(?:(q|question)|(a|ans|answer))(?:[ \t]*[.:)][ \t]*|[ \t]*$)/i;
/** The first line of the header DrRacket writes into a file saved in a teaching language. */
const DRRACKET_HEADER = /^;; The first three lines of this file were inserted by DrRacket\b/;
/** A number alone on its line: `2.`, `3)`. */
const BARE_NUMBER = /^[ \t]*\d{1,3}[.)]?[ \t]*$/;

/**
 * A top-level line of code that names an exercise: a Lisp form `(Exercise 1.3)` or `(exercise ?1.3`, a
 * function or class `def exercise_3():`, `function problem2() {`. The word must be whole (not `ex`), and the
 * line must start at column 0, so a call inside an answer is not one; only a test case's method, a definition,
 * may be indented (`    def test_problem1(self):` in a `unittest.TestCase`). Group 1 is the word, group 2 the id.
 */
const EXERCISE_FORM =
  /^(?:[([][ \t]*|(?:def|function|fn|func|class|defun|define)[ \t]+\(?|[ \t]+def[ \t]+test_?)(exercise|problem|question)[ \t_?:#-]*(\d{1,2}(?:[._-]\d{1,3}){0,2}[a-z]?)(?=[\s()\[\]{}:,;]|$)/i;

/** A function whose whole name spells its exercise's number: `def one(s):` … `def nine(a, b):`. */
const SPELT_FORM = new RegExp(
  String.raw`^(?:def|function|fn|func)[ \t]+(?:(?:exercise|problem|question|ex|q)[_-]?)?(${SPELLED_NUMBER})[ \t]*\(`,
  'i',
);

/** The exercise a top-level line of code names, written as a heading would name it (`Exercise 1.3`), or undefined. */
export function exerciseForm(line: string): string | undefined {
  const spelt = SPELT_FORM.exec(line);
  if (spelt) return `Exercise ${spelledNumber(spelt[1]!)}`;
  const form = EXERCISE_FORM.exec(line);
  if (!form) return undefined;
  // `exercise_1_3` writes the id `1.3` with the characters a name allows.
  return `${form[1]} ${form[2]!.replace(/_/g, '.')}`;
}

/** Script languages by file extension, with the characters that open a line comment in each. */
const SCRIPT_LANGUAGES: Record<string, { language: string; comment: string }> = {
  py: { language: 'python', comment: '#' },
  // SageMath: Python with a preparser.
  sage: { language: 'python', comment: '#' },
  r: { language: 'r', comment: '#' },
  jl: { language: 'julia', comment: '#' },
  rb: { language: 'ruby', comment: '#' },
  sh: { language: 'shell', comment: '#' },
  c: { language: 'c', comment: '//' },
  h: { language: 'c', comment: '//' },
  cpp: { language: 'cpp', comment: '//' },
  cc: { language: 'cpp', comment: '//' },
  hpp: { language: 'cpp', comment: '//' },
  java: { language: 'java', comment: '//' },
  js: { language: 'javascript', comment: '//' },
  ts: { language: 'typescript', comment: '//' },
  go: { language: 'go', comment: '//' },
  rs: { language: 'rust', comment: '//' },
  kt: { language: 'kotlin', comment: '//' },
  swift: { language: 'swift', comment: '//' },
  cs: { language: 'csharp', comment: '//' },
  scala: { language: 'scala', comment: '//' },
  hs: { language: 'haskell', comment: '--' },
  lua: { language: 'lua', comment: '--' },
  sql: { language: 'sql', comment: '--' },
  scm: { language: 'scheme', comment: ';' },
  ss: { language: 'scheme', comment: ';' },
  rkt: { language: 'racket', comment: ';' },
  lisp: { language: 'lisp', comment: ';' },
  clj: { language: 'clojure', comment: ';' },
  el: { language: 'lisp', comment: ';' },
  ml: { language: 'ocaml', comment: '(*' },
  mli: { language: 'ocaml', comment: '(*' },
};
/** The comment of each language, for `readScript`'s callers that know only the language. */
const COMMENT_OF = new Map(Object.values(SCRIPT_LANGUAGES).map(({ language, comment }) => [language, comment]));

const extensionOf = (file: string) => /\.([^./]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';

/** Whether a file's extension names a script or document language read into cells. */
export const knownScriptExtension = (file: string): boolean => Boolean(SCRIPT_LANGUAGES[extensionOf(file)] || markupLanguage(file));

/** The language of a script file, from its extension; Python for a script recognised by its content. */
export function scriptLanguage(file: string): string {
  return markupLanguage(file) ?? SCRIPT_LANGUAGES[extensionOf(file)]?.language ?? 'python';
}

/** Whether a file is read into cells: a script or program by extension (Python, R, C, Haskell, Scheme …), an Org or LaTeX document, or a script exported from a notebook. */
export function looksLikeScript(file: SourceFile): boolean {
  if (SCRIPT_LANGUAGES[extensionOf(file.file)] || markupLanguage(file.file)) return true;
  const lines = splitLines(file.text);
  return /^#!.*python/.test(lines[0] ?? '') || lines.some((line) => SCRIPT_CELL_MARKER.test(line));
}

/** Declares the part of an exercise a cell holds, when a `Q.` or `A.` label (or a `Q` alone on its line) says so. */
export interface ScriptCell extends ExtractedCell {
  part?: 'question' | 'answer';
  /** The module's docstring: a string before any code or comment, which says what the file is for. */
  docstring?: true;
}

/** The file's cells: comments and strings as markdown, the rest as code. */
export function readScript(text: string, language = 'python'): ReadNotebook & { cells: ScriptCell[] } {
  // An Org or LaTeX document is read by its own headings and blocks.
  if (Object.values(MARKUP_LANGUAGES).includes(language)) return readMarkup(text, language);
  const COMMENT = COMMENTS[COMMENT_OF.get(language) ?? '#']!;
  // Strings that hold text, notebook cell markers and Pluto's cells belong to the languages commented with `#`.
  const hashed = COMMENT === COMMENTS['#'];
  const blockComment = BLOCK_COMMENTS[COMMENT_OF.get(language) ?? '#'];
  const lines = splitLines(text).map((line, index): Line => ({ text: line, line: index + 1 }));
  // For each line, the next one (itself included) that holds a quote: one pass, so a file of unclosed calls stays linear.
  const quoteTables = new Map<string, number[]>();
  const nextQuote = (quote: string) => {
    let table = quoteTables.get(quote);
    if (!table) {
      table = new Array<number>(lines.length + 1).fill(-1);
      for (let j = lines.length - 1; j >= 0; j--) table[j] = lines[j]!.text.includes(quote) ? j : table[j + 1]!;
      quoteTables.set(quote, table);
    }
    return table;
  };
  const cells: ScriptCell[] = [];
  let code: Line[] = [];
  let count: number | null = null;
  /** Whether every cell so far is the interpreter line or the file's imports: a string now is the module's docstring. */
  let opening = true;
  const flushCode = () => {
    while (code.length && !code.at(-1)!.text.trim()) code.pop();
    while (code.length && !code[0]!.text.trim()) code.shift();
    if (code.length) cells.push({ type: 'code', anchor: code[0]!.line, source: code, count, outputs: [] });
    if (!code.every((line) => SETUP.test(line.text))) opening = false;
    code = [];
  };
  /** `describes`: a string or block comment, which before any code but the file's imports is the module's docstring. */
  const pushText = (source: Line[], describes = false) => {
    const docstring = describes && opening && code.every((line) => SETUP.test(line.text));
    flushCode();
    opening = false;
    cells.push(...textCells(source).map((cell) => (docstring ? { ...cell, docstring: true as const } : cell)));
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // The interpreter line and the encoding comment only tell Python how to run the file; DrRacket's header (two comment
    // lines that say so, then its `#reader` line) tells DrRacket which teaching language the file is in.
    if (
      (i === 0 && line.text.startsWith('#!')) ||
      (i < 2 && /^#.*coding[:=]/.test(line.text)) ||
      (i < 3 && DRRACKET_HEADER.test(lines[0]!.text) && (i < 2 || lines[2]!.text.startsWith('#reader')))
    ) {
      cells.push({ type: 'raw', anchor: line.line, source: [line], count: null, outputs: [] });
      continue;
    }
    if (hashed && PLUTO_LAYOUT.test(line.text)) {
      flushCode();
      continue;
    }
    const marker = hashed ? SCRIPT_CELL_MARKER.exec(line.text.trim()) : null;
    if (marker) {
      flushCode();
      count = marker[1] ? Number(marker[1]) : null;
      continue;
    }
    // A string opens text after a blank line, or straight after the file's imports.
    const afterSetup = code.length === 0 || !code.at(-1)!.text.trim() || code.every((written) => SETUP.test(written.text));
    const open = hashed && afterSetup ? STRING_OPEN.exec(line.text) : null;
    if (open) {
      const [, quote, rest] = open as unknown as [string, string, string];
      const body: Line[] = [];
      let j = i;
      let first = rest;
      for (;;) {
        const close = first.indexOf(quote);
        if (close !== -1) {
          body.push({ text: first.slice(0, close), line: lines[j]!.line });
          break;
        }
        body.push({ text: first, line: lines[j]!.line });
        if (++j >= lines.length) break;
        first = lines[j]!.text;
      }
      pushText(body, true);
      i = j;
      continue;
    }
    const call = hashed ? STRING_CALL_OPEN.exec(line.text) : null;
    // The string ends on the next line that holds its quote, which must close the call there.
    const closeAt = call ? (nextQuote(call[1]!)[i + 1] ?? -1) : -1;
    if (call && closeAt !== -1 && (call[1] === '"' ? CLOSE_DOUBLE : CLOSE_SINGLE).test(lines[closeAt]!.text)) {
      // The call's own lines are layout; the string's lines are the text, its closing line up to the quote.
      const closing = lines[closeAt]!;
      const body = [...lines.slice(i + 1, closeAt), { ...closing, text: closing.text.slice(0, closing.text.lastIndexOf(call[1]!)) }];
      pushText(body);
      i = closeAt;
      continue;
    }
    // A block comment of the C family, on lines of its own, is text; the ` * ` margin that lines it up is layout.
    const blockEnd = blockComment && (code.length === 0 || !code.at(-1)!.text.trim()) ? blockCommentEnd(lines, i, blockComment) : -1;
    if (blockEnd !== -1) {
      pushText(blockCommentLines(lines.slice(i, blockEnd + 1), blockComment!), true);
      i = blockEnd;
      continue;
    }
    const comment = COMMENT.exec(line.text);
    if (comment && (code.length === 0 || !code.at(-1)!.text.trim())) {
      const block: Line[] = [];
      for (; i < lines.length; i++) {
        const match = COMMENT.exec(lines[i]!.text);
        if (!match || SCRIPT_CELL_MARKER.test(lines[i]!.text.trim())) break;
        block.push({ text: match[1]!.replace(BANNER_TAIL, ''), line: lines[i]!.line });
      }
      i--;
      pushText(block);
      continue;
    }
    // A form or function that names an exercise opens a cell of its own, as a notebook's cell would.
    if (exerciseForm(line.text)) flushCode();
    code.push(line);
  }
  flushCode();
  return { cells, language };
}

/** For a block comment opening a line, the line that closes it with nothing after the close; -1 when the comment is not so. */
function blockCommentEnd(lines: readonly Line[], start: number, block: (typeof BLOCK_COMMENTS)[string]): number {
  if (!block.open.test(lines[start]!.text)) return -1;
  for (let j = start; j < lines.length; j++) {
    const text = j === start ? lines[j]!.text.replace(block.open, '') : lines[j]!.text;
    const close = text.indexOf(block.close);
    if (close !== -1) return text.slice(close + block.close.length).trim() ? -1 : j;
  }
  return -1;
}

/** A block comment's lines as the text they hold: without its delimiters, the ` * ` margin of C's, and the indentation its lines share. */
function blockCommentLines(lines: readonly Line[], block: (typeof BLOCK_COMMENTS)[string]): Line[] {
  const text = lines.map((line) => {
    const written = line.text.replace(block.opener, '').replace(block.closer, '');
    return { ...line, text: block.dedent ? written : written.replace(/^[ \t]*\*(?!\*)[ \t]?/, '') };
  });
  if (!block.dedent) return text;
  const indents = text.slice(1).flatMap((line) => (line.text.trim() ? [/^[ \t]*/.exec(line.text)![0].length] : []));
  const shared = indents.length ? Math.min(...indents) : 0;
  return text.map((line, i) => (i === 0 ? line : { ...line, text: line.text.slice(shared) }));
}

/**
 * A comment block or string as markdown cells: split where a `Q.` or `A.`
 * label opens a line, each paragraph dedented on its own so that the
 * indentation a string needs never turns prose into code.
 */
function textCells(source: readonly Line[]): ScriptCell[] {
  const cells: ScriptCell[] = [];
  let current: Line[] = [];
  let part: ScriptCell['part'];
  const flush = () => {
    const lines = dedentParagraphs(current);
    if (lines.some((line) => line.text.trim())) {
      cells.push({ type: 'markdown', anchor: lines[0]!.line, source: lines, count: null, outputs: [], ...(part ? { part } : {}) });
    }
    current = [];
  };
  for (const line of source) {
    const label = PART_LABEL.exec(line.text);
    if (label) {
      // The exercise's number on a line of its own just above its `Q.` (`2.`, then `Q.`) heads the question, not the answer above.
      let last = current.length - 1;
      while (last >= 0 && !current[last]!.text.trim()) last--;
      const number = label[1] && last >= 0 && BARE_NUMBER.test(current[last]!.text) ? current.splice(last) : [];
      flush();
      current.push(...number);
      part = label[1] ? 'question' : 'answer';
      current.push({ text: line.text.slice(label[0].length), line: line.line });
      continue;
    }
    current.push(line);
  }
  flush();
  return cells;
}

/**
 * Removes the indentation of paragraphs indented as a block would be (four
 * columns or more) unless they continue a list item, so the indentation a
 * string needs never turns prose into code.
 */
function dedentParagraphs(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  let run: Line[] = [];
  let afterListItem = false;
  const flush = () => {
    const indent = Math.min(...run.map((line) => /^[ \t]*/.exec(line.text)![0].length));
    const dedent = indent >= 4 && !afterListItem ? indent : 0;
    const lines = run.map((line) => ({ ...line, text: line.text.slice(dedent) }));
    afterListItem = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\S/.test(lines[0]!.text) || (afterListItem && dedent === 0 && indent > 0);
    out.push(...lines);
    run = [];
  };
  for (const line of lines) {
    if (line.text.trim()) {
      run.push(line);
      continue;
    }
    if (run.length) flush();
    out.push({ ...line, text: '' });
  }
  if (run.length) flush();
  while (out.length && !out[0]!.text) out.shift();
  while (out.length && !out.at(-1)!.text) out.pop();
  return out;
}
