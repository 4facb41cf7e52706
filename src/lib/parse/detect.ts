/**
 * How each layout recognises a file, and the reason `ingest --check
 * --verbose` prints. `layouts.ts` tries them in order.
 */
import type { ListItem, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { LayoutInput } from './layouts.ts';
import { topLevelItems } from './list-items.ts';
import { looksLikeNotebook } from '../read/notebook-read.ts';
import { CELL_MARKER } from './notebook-text.ts';
import { ANSWER_LABEL } from './markers.ts';
import { ASKS } from './phrasing.ts';
import { QUESTION_LINE } from './numbered-lines.ts';
import { knownScriptExtension, looksLikeScript } from '../read/script-read.ts';
import { chooseMarkers, expandListItems, describeMarkers } from './split-markers.ts';

export function detectNotebook({ file }: LayoutInput): string | undefined {
  if (!looksLikeNotebook(file)) return undefined;
  return /\.ipynb$/i.test(file.file) ? 'a `.ipynb` file' : 'JSON with a `cells` list';
}

export function detectScript({ file }: LayoutInput): string | undefined {
  if (!looksLikeScript(file)) return undefined;
  const extension = knownScriptExtension(file.file) ? /\.([^./]+)$/.exec(file.file)?.[1] : undefined;
  return extension ? `a \`.${extension}\` file` : 'a Python script exported from a notebook (`# In[ ]:` markers)';
}

export function detectNotebookText({ lines }: LayoutInput): string | undefined {
  const cell = lines.findIndex((line) => CELL_MARKER.test(line));
  if (cell === -1 || !lines.some((line) => QUESTION_LINE.test(line))) return undefined;
  return `notebook cell marker \`${lines[cell]!.trim()}\` on line ${cell + 1}`;
}

/** A heading per question is a strong sign; bold or `Q3:` markers must outnumber numbered lists. */
export function detectHeadings({ tree, lines }: LayoutInput): string | undefined {
  const children = expandListItems(tree().children);
  const markers = chooseMarkers(children);
  const lists = children.filter((node) => node.type === 'list' && node.ordered).length;
  const first = markers[0];
  if (!first || !(first.kind === 'heading' ? markers.length >= 2 || lists === 0 : markers.length >= 2 && markers.length >= lists))
    return undefined;
  const line = children[first.index]!.position!.start.line;
  return `${markers.length} questions marked by ${describeMarkers(first.kind, first.depth)} such as \`${shorten(lines[line - 1]!.trim())}\` on line ${line}`;
}

/** Top-level numbered items, and those that open with a bold run. */
function titledItems(input: LayoutInput): { items: ListItem[]; titled: ListItem[] } {
  const items = topLevelItems(input.tree(), input.lines);
  const titled = items.filter((item) => {
    const lead = item.children[0];
    return lead?.type === 'paragraph' && lead.children[0]?.type === 'strong';
  });
  return { items, titled: items.length > 0 && titled.length * 2 > items.length ? titled : [] };
}

const asksInBold = (item: ListItem) => ASKS.test(toString((item.children[0] as Paragraph).children[0]));

export function detectBoldQuestions(input: LayoutInput): string | undefined {
  const { items, titled } = titledItems(input);
  const asking = titled.filter(asksInBold);
  if (titled.length === 0 || asking.length * 2 <= titled.length) return undefined;
  return `${asking.length} of ${items.length} top-level numbered items open with a question in bold, first on line ${asking[0]!.position!.start.line}`;
}

export function detectBoldMarkdown(input: LayoutInput): string | undefined {
  const { items, titled } = titledItems(input);
  if (titled.length === 0) return undefined;
  return `${titled.length} of ${items.length} top-level numbered items open with a bold title, first on line ${titled[0]!.position!.start.line}`;
}

export function detectAnswersOnly(input: LayoutInput): string | undefined {
  const { items, titled } = titledItems(input);
  if (titled.length > 0 || items.length === 0) return undefined;
  // Items each followed by code of their own before the next state the exercises that the code answers.
  if (itemsFollowedByCode(input.tree()) * 2 >= items.length) return undefined;
  const questionLike = items.filter(readsAsQuestion);
  if (questionLike.length * 2 >= items.length) return undefined;
  return `${items.length} numbered items and ${questionLike.length ? `only ${questionLike.length}` : 'none'} read as a question, so the items are the answers (first on line ${items[0]!.position!.start.line})`;
}

export function detectNumberedText({ lines }: LayoutInput): string | undefined {
  const numbered = lines.findIndex((line) => QUESTION_LINE.test(line));
  return numbered === -1 ? undefined : `numbered question at column 0 on line ${numbered + 1}`;
}

/** A line cut to a readable length for a reason. */
function shorten(text: string): string {
  return text.length <= 40 ? text : `${text.slice(0, 39)}…`;
}

/** How many numbered items have a code block after them, outside the item, before the next numbered item. */
function itemsFollowedByCode(tree: Root): number {
  let count = 0;
  let open = false;
  for (const node of tree.children) {
    if (node.type === 'list' && node.ordered) open = true;
    else if (
      open &&
      (node.type === 'code' || (node.type === 'list' && node.children.some((item) => item.children.some((child) => child.type === 'code'))))
    ) {
      count++;
      open = false;
    }
  }
  return count;
}

/**
 * An item reads as a question when it asks (`…?`), or when it is one line
 * without a full stop with more below it (`3. Implement a custom layer`).
 */
function readsAsQuestion(item: ListItem): boolean {
  const [lead, ...rest] = item.children;
  if (lead?.type !== 'paragraph') return false;
  const text = toString(lead).trim();
  if (ASKS.test(text)) return true;
  // What follows opens with an answer label (`Ans:`, `Answer:`): the item's first words are its question.
  const next = rest[0];
  if (next?.type === 'paragraph' && ANSWER_LABEL.test(toString(next))) return true;
  return rest.length > 0 && !text.includes('\n') && !/[.!:;]$/.test(text);
}
