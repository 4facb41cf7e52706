/**
 * Every layout a single source file can be written in, in detection order:
 * the first whose `detect` gives a reason reads the file. A new layout is one
 * entry here (its module's `detect` and `parse`), its name in `formatSchema`,
 * and a fixture.
 */
import type { Root } from 'mdast';
import type { Diagnostic } from '../model/diagnostics.ts';
import { parseMarkdown } from '../read/markdown.ts';
import type { Format } from '../model/model.ts';
import type { SourceFile } from '../read/source-file.ts';
import { parseAnswersOnly } from './answers-only.ts';
import { parseBoldMarkdown } from './bold-markdown.ts';
import { parseBoldQuestions } from './bold-questions.ts';
import { splitByPrompts, wordedTree } from './by-text.ts';
import {
  detectAnswersOnly,
  detectBoldMarkdown,
  detectBoldQuestions,
  detectHeadings,
  detectNotebook,
  detectNotebookText,
  detectNumberedText,
  detectScript,
} from './detect.ts';
import { detectQuestionHeadings, parseQuestionHeadings } from './question-headings.ts';
import { parseHeadingMarkdown } from './heading-markdown.ts';
import { parseNotebook } from './notebook.ts';
import { parseNotebookText } from './notebook-text.ts';
import { parseNumberedText } from './numbered-text.ts';
import { detectQuestionsThenAnswers, parseQuestionsThenAnswers } from './questions-then-answers.ts';
import { parseScript } from './script.ts';
import { rootOf } from './split-markers.ts';
import type { ParseContext, ParseResult } from './types.ts';

/** What detection looks at, and the Markdown layouts read; the tree is parsed once, on first use. */
export interface LayoutInput {
  file: SourceFile;
  lines: readonly string[];
  tree: () => Root;
  context: ParseContext;
}

/** A detected layout, and the whole-file tree as parsed, before any layout read (and reshaped) its nodes. */
export interface Detection {
  layout: Layout;
  reason: string;
  input: LayoutInput;
  /** Undefined when no detector asked for the tree. */
  parsedTree: Root | undefined;
}

export interface Layout {
  format: Exclude<Format, 'folder'>;
  /** How a source page names the layout: "read as …". */
  label: string;
  /** Why the file is in this layout, or undefined when it is not. */
  detect: (input: LayoutInput) => string | undefined;
  /** Whether parsing reads the guide's known prompts (`context.prompts`); a layout that does not reads a file the same with them or without. */
  readsPrompts?: true;
  /** The answers; a result with neither answers nor diagnostics means the layout found no question after all. */
  parse: (input: LayoutInput) => Partial<ParseResult> & { diagnostics: Diagnostic[]; reason?: string };
}

export const layouts: readonly Layout[] = [
  {
    format: 'jupyter',
    label: 'a Jupyter notebook',
    detect: detectNotebook,
    readsPrompts: true,
    parse: ({ file, context }) => parseNotebook(file, context),
  },
  {
    format: 'python-script',
    label: 'a program, script or document, read into cells (comments, strings and prose as text, code as code)',
    detect: detectScript,
    readsPrompts: true,
    parse: ({ file, context }) => parseScript(file, context),
  },
  {
    format: 'notebook-text',
    label: 'text exported from a notebook',
    detect: detectNotebookText,
    parse: ({ file, lines, context }) => parseNotebookText(file, lines, context),
  },
  { format: 'heading-markdown', label: 'Markdown with one heading per question', detect: detectHeadings, parse: parseHeadingMarkdown },
  {
    format: 'question-headings',
    label: 'Markdown with each question as a heading without its number',
    detect: detectQuestionHeadings,
    parse: parseQuestionHeadings,
  },
  {
    format: 'bold-questions',
    label: 'numbered Markdown with the questions in bold',
    detect: detectBoldQuestions,
    parse: parseBoldQuestions,
  },
  { format: 'bold-markdown', label: 'numbered Markdown with bold titles', detect: detectBoldMarkdown, parse: parseBoldMarkdown },
  {
    format: 'questions-then-answers',
    label: 'a list of the questions, then a list of the answers',
    detect: detectQuestionsThenAnswers,
    parse: parseQuestionsThenAnswers,
  },
  { format: 'answers-only', label: 'a numbered list of answers without the questions', detect: detectAnswersOnly, parse: parseAnswersOnly },
  {
    format: 'numbered-text',
    label: 'numbered plain text',
    detect: detectNumberedText,
    parse: ({ file, lines, context }) => parseNumberedText(file, lines, context),
  },
  {
    format: 'question-text',
    label: 'answers without numbers, placed by their questions’ wording',
    readsPrompts: true,
    detect: ({ lines, context }) => {
      if (!context.prompts) return undefined;
      const { count } = splitByPrompts(wordedTree(lines, context.prompts).children, context.prompts);
      return count ? `no numbers; ${count} paragraphs, headings or list items word one of the guide’s questions` : undefined;
    },
    parse: ({ lines, context }) => {
      const split = splitByPrompts(wordedTree(lines, context.prompts!).children, context.prompts!);
      return { answerSet: { answers: split.answers, preamble: rootOf(split.preamble) }, diagnostics: [] };
    },
  },
];

/** The layout of a file and why, or undefined when none recognises it. */
export function detectLayout(file: SourceFile, lines: readonly string[], context: ParseContext = {}): Detection | undefined {
  let tree: Root | undefined;
  const input: LayoutInput = { file, lines, context, tree: () => (tree ??= parseMarkdown(lines.join('\n'))) };
  for (const layout of layouts) {
    const reason = layout.detect(input);
    // Copied before the layout parses, which moves and reshapes the tree's nodes; a copy costs a tenth of a parse.
    if (reason) return { layout, reason, input, parsedTree: tree && structuredClone(tree) };
  }
  return undefined;
}

/** One way of reading a file: a layout that recognises it, and the answers' numbers it finds. */
export interface Reading {
  format: Layout['format'];
  reason: string;
  numbers: number[];
}

/**
 * Every layout that recognises a file, in detection order, each with the numbers of the answers it reads:
 * the chosen reading and its rivals, for `npm run ingest -- --check --verbose`.
 */
export function readingsOf(file: SourceFile, lines: readonly string[], context: ParseContext = {}): Reading[] {
  return layouts.flatMap((layout): Reading[] => {
    let tree: Root | undefined;
    const input: LayoutInput = { file, lines, context, tree: () => (tree ??= parseMarkdown(lines.join('\n'))) };
    const reason = layout.detect(input);
    if (!reason) return [];
    const parsed = layout.parse(input);
    return [
      { format: layout.format, reason: parsed.reason ?? reason, numbers: parsed.answerSet?.answers.map((answer) => answer.number) ?? [] },
    ];
  });
}

/** The layout `sources.yaml` names for a file (`layout:`), which reads it whatever detection would say. */
export function forcedLayout(file: SourceFile, lines: readonly string[], context: ParseContext, format: Layout['format']): Detection {
  let tree: Root | undefined;
  const input: LayoutInput = { file, lines, context, tree: () => (tree ??= parseMarkdown(lines.join('\n'))) };
  const layout = layouts.find((candidate) => candidate.format === format)!;
  return { layout, reason: `\`layout: ${format}\` in content/sources.yaml`, input, parsedTree: undefined };
}

/** Whether a source read as `format` can read otherwise once the guide's prompts are known; a folder's files can. */
export function readsPrompts(format: Format): boolean {
  return format === 'folder' || layouts.some((layout) => layout.format === format && layout.readsPrompts);
}

/** How a source page names a format. */
export function formatLabel(format: Format): string {
  if (format === 'folder') return 'a folder with one file per question';
  if (format === 'unsplit') return 'one text, not split into answers';
  return layouts.find((layout) => layout.format === format)!.label;
}
