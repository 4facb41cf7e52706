/** Markdown parsing and serialising shared by the parsers and the emitter. */
import type { Heading, Html, Nodes, PhrasingContent, Root } from 'mdast';
import { fromHtml } from 'hast-util-from-html';
import type { Point } from 'unist';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown, gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { math } from 'micromark-extension-math';
import { mathText } from './math-text.ts';
import { mathFromMarkdown, mathToMarkdown } from 'mdast-util-math';
import { EXIT, visit, SKIP } from 'unist-util-visit';
import { separateNumberedParagraphs } from './numbered-paragraphs.ts';
import { UNSPACED_LETTER } from './scripts.ts';

declare module 'mdast' {
  interface CodeData {
    /** Set on a file's front matter (`---` YAML, `+++` TOML), shown as code between its delimiter lines. */
    frontmatter?: true;
  }
}

/** Pandoc's attributes at the end of a heading: `{#id}`, `{.class}`, `{-}`, `{.unnumbered .exercise data-number="3.2.1"}`. */
const PANDOC_ATTRIBUTES = /\s*\{(?:\s*(?:[#.][\w:.-]+|-|[\w-]+=(?:"[^"]*"|[\w.-]+)))+\s*\}\s*$/;

/** The front matter R Markdown, Quarto, Jekyll (`---` YAML) and Hugo (`+++` TOML) files open with. */
const FRONTMATTER: Array<'yaml' | 'toml'> = ['yaml', 'toml'];

const SAFE_PROTOCOL = /^(?:https?:|mailto:|#|\/|\.{0,2}\/|[^:]*$)/i;
/** GFM's syntax and tree extensions, built once: they keep no state between parses, and a guide parses thousands of fragments. */
const extensions = [frontmatter(FRONTMATTER), gfm(), math()];
const mdastExtensions = [frontmatterFromMarkdown(FRONTMATTER), gfmFromMarkdown(), mathFromMarkdown()];
const withoutMath = {
  extensions: [frontmatter(FRONTMATTER), gfm()],
  mdastExtensions: [frontmatterFromMarkdown(FRONTMATTER), gfmFromMarkdown()],
};

/**
 * Parses a Markdown fragment that starts at `startLine` (1-based) and was
 * dedented by `indent` columns, so positions point into the source file.
 * `alone` names lines of plain text that are a paragraph of their own even
 * written right below or above other text (a line that words a known question).
 */
export function parseMarkdown(text: string, startLine = 1, indent = 0, alone?: (line: string) => boolean): Root {
  const separated = separateNumberedParagraphs(text, alone);
  let tree = fromMarkdown(separated.text, { extensions, mdastExtensions });
  // A `$$` that opens display math and never closes would swallow the rest of the file: read it without math.
  if (unclosedMath(tree, separated.text)) tree = fromMarkdown(separated.text, withoutMath);
  else readMath(tree, separated.text);
  showFrontmatter(tree);
  // Points in the rewritten text go back to the input's lines, then into the source file.
  const back = (point: { line: number; column: number }) => ({
    line: (separated.lineOf?.[point.line - 1] ?? point.line) + startLine - 1,
    column: point.column + indent,
  });
  // A plain walk: `visit` keeps a stack of parents this never reads, for every node of every fragment.
  const remap = (node: Nodes) => {
    if (node.position) {
      node.position.start = back(node.position.start);
      node.position.end = back(node.position.end);
    }
    if ('children' in node) for (const child of node.children) remap(child);
  };
  remap(tree);
  return neutralise(tree);
}

/**
 * A file's front matter (`title:`, `output:`) is shown as the code it is, not read as a rule and a heading
 * (`---` then `title: …` then `---` is a setext heading in plain Markdown).
 */
function showFrontmatter(tree: Root): void {
  const first = tree.children[0] as { type: string; value?: string; position?: Nodes['position'] } | undefined;
  if (first && (first.type === 'yaml' || first.type === 'toml'))
    tree.children[0] = {
      type: 'code',
      lang: first.type,
      value: first.value ?? '',
      data: { frontmatter: true },
      ...(first.position ? { position: first.position } : {}),
    };
}

/** Whether a `$$` block runs to the end of its container without the `$$` that closes it. */
function unclosedMath(tree: Root, text: string): boolean {
  let unclosed = false;
  visit(tree, 'math', (node) => {
    const source = text.slice(node.position!.start.offset, node.position!.end.offset).trimEnd();
    // Over several lines, only a line that is `$$` alone (in its blockquote) closes the block: `\end{align*}$$` or a later `$$x$$` does not.
    const lines = source.split('\n');
    if (source.length < 4 || (lines.length === 1 ? !/^\$\$.+\$\$$/.test(source) : !/^[ \t>]*\$\$[ \t]*$/.test(lines.at(-1)!)))
      unclosed = true;
    return unclosed ? EXIT : undefined;
  });
  return unclosed;
}

/**
 * Math as people write it: `$…$` only where it reads as math, as Pandoc does (no space just inside
 * the dollars, no digit right after the closing one, no letter of a spaced script right before the opening one), so
 * `$5 to $10` and `college$Private` stay text; `\(…\)` is inline math and a paragraph `\[ … \]` display math.
 */

function readMath(tree: Root, text: string): void {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined || !node.position) return undefined;
    const start = node.position.start.offset!;
    const end = node.position.end.offset!;
    if (node.type === 'inlineMath') {
      const fence = /^\$+/.exec(text.slice(start))![0].length;
      const opensMath =
        !/\s/.test(text[start + fence] ?? ' ') &&
        !/\s/.test(text[end - fence - 1] ?? ' ') &&
        !/\d/.test(text[end] ?? '') &&
        // Chinese and Japanese write math against their words (`方阵$\mathbf{A}$，`): only a letter of a spaced script is R code.
        !/[\p{L}\p{N}]/u.test((text[start - 1] ?? '').replace(UNSPACED_LETTER, ''));
      if (!opensMath) parent.children[index] = { type: 'text', value: text.slice(start, end), position: node.position } as PhrasingContent;
      return SKIP;
    }
    if (node.type === 'text') {
      const pieces = inlineParenMath(node.value, text.slice(start, end), node.position.start);
      if (!pieces) return undefined;
      parent.children.splice(index, 1, ...pieces);
      return [SKIP, index + pieces.length];
    }
    if (node.type === 'paragraph') {
      const source = text.slice(start, end).trim();
      const display = /^\\\[([\s\S]*)\\\]$/.exec(source);
      if (!display) return undefined;
      parent.children[index] = { type: 'math', value: display[1]!.trim(), position: node.position };
      return SKIP;
    }
    return undefined;
  });
}

/** `\(x^2\)` in a text's source: inline math, as LaTeX writes it. */
const PAREN_MATH = /\\\(([^\n]+?)\\\)/g;
/** Markdown's backslash escapes, which the text's value has already resolved. */
const ESCAPE = /\\([!-/:-@[-`{-~])/g;

/**
 * A text node whose source writes `\(…\)` as text, math and text; undefined when it has none, or
 * when its source holds more than escapes (an entity), so the split could not keep its value.
 */
function inlineParenMath(value: string, source: string, start: Point): PhrasingContent[] | undefined {
  if (!source.includes('\\(') || source.includes('&') || source.replace(ESCAPE, '$1') !== value) return undefined;
  // Each piece keeps its place in the file, which the nothing-lost check reads.
  const point = (at: number): Point => {
    const before = source.slice(0, at);
    const lines = before.split('\n');
    return {
      line: start.line + lines.length - 1,
      column: lines.length === 1 ? start.column + at : lines.at(-1)!.length + 1,
      offset: start.offset! + at,
    };
  };
  const position = (from: number, to: number) => ({ start: point(from), end: point(to) });
  const pieces: PhrasingContent[] = [];
  let last = 0;
  for (const match of source.matchAll(PAREN_MATH)) {
    if (match.index > last)
      pieces.push({ type: 'text', value: source.slice(last, match.index).replace(ESCAPE, '$1'), position: position(last, match.index) });
    pieces.push({ type: 'inlineMath', value: match[1]!.trim(), position: position(match.index, match.index + match[0].length) });
    last = match.index + match[0].length;
  }
  if (pieces.length === 0) return undefined;
  if (last < source.length)
    pieces.push({ type: 'text', value: source.slice(last).replace(ESCAPE, '$1'), position: position(last, source.length) });
  return pieces;
}

/**
 * Makes source Markdown inert: raw HTML becomes visible text, and links or
 * images with a script-capable protocol lose their URL but keep their text.
 * R Markdown and Quarto chunks become code in their language.
 */
export function neutralise(tree: Root): Root {
  visit(tree, (node, index, parent) => {
    // An R Markdown or Quarto chunk (```{r setup, echo=FALSE}) is code in its language; the chunk's options are not shown.
    if (node.type === 'code' && node.lang?.startsWith('{')) {
      node.lang = /^\{\s*([A-Za-z][\w+-]*)/.exec(`${node.lang} ${node.meta ?? ''}`)?.[1]?.toLowerCase() ?? null;
      node.meta = null;
    }
    // A Pandoc heading's attributes (`## Facets {#facets .r4ds-section}`, `{-}`) name and style it; the page shows its words.
    if (node.type === 'heading') {
      const last = node.children.at(-1);
      if (last?.type === 'text' && PANDOC_ATTRIBUTES.test(last.value)) {
        last.value = last.value.replace(PANDOC_ATTRIBUTES, '');
        if (!last.value) node.children.pop();
      }
    }
    if (!parent || index === undefined) return;
    const heading = node.type === 'html' && parent.type === 'root' ? htmlHeading(node) : undefined;
    if (heading) {
      parent.children[index] = heading;
      return SKIP;
    }
    const block = parent.type === 'root' || parent.type === 'listItem' || parent.type === 'blockquote';
    const read = node.type === 'html' && block ? htmlAsText(node) : undefined;
    if (read) {
      parent.children.splice(index, 1, ...(neutralise(read).children as typeof parent.children));
      return [SKIP, index + read.children.length];
    }
    if (node.type === 'html') {
      const text = { type: 'text' as const, value: node.value, position: node.position };
      const inline = parent.type !== 'root' && parent.type !== 'listItem' && parent.type !== 'blockquote';
      parent.children[index] = inline ? text : { type: 'paragraph', children: [text], position: node.position };
      return SKIP;
    }
    // A picture next to the source file is not part of the site: name it rather than import a file that is not there.
    if (node.type === 'image' && SAFE_PROTOCOL.test(node.url.trim()) && !/^https?:/i.test(node.url.trim())) {
      parent.children[index] = {
        type: 'text',
        value: `${node.alt ? `${node.alt} ` : ''}(image ${node.url.trim()}, not included)`,
        position: node.position,
      };
      return SKIP;
    }
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !SAFE_PROTOCOL.test(node.url.trim())) {
      if (node.type === 'link') {
        parent.children.splice(index, 1, ...node.children, { type: 'text', value: ` (${node.url})` });
        return [SKIP, index];
      }
      if (node.type === 'image') {
        parent.children[index] = { type: 'text', value: `${node.alt ?? ''} (${node.url})`, position: node.position };
        return SKIP;
      }
      node.url = '#';
    }
    return undefined;
  });
  return tree;
}

/** Tags that only style or group text (a list item, a paragraph, bold): a block made of them reads as its text. */
const TEXT_TAGS = new Set([
  'p',
  'div',
  'span',
  'ul',
  'ol',
  'li',
  'b',
  'strong',
  'i',
  'em',
  'u',
  'br',
  'font',
  'center',
  'small',
  'big',
  'sup',
  'sub',
]);

/**
 * A block of HTML that only wraps text in tags that style or group it (`<li><b>`, then `R1. What is …?` on a line of
 * its own, then `</b></li>`), as learners write a file in HTML: its text read as Markdown, each line at its place in
 * the file, so a number opening a line marks its question; tags alone on their line (`</p>`) show nothing. Undefined for
 * text on one line, and for a block with other elements (a table, a link, code).
 */
export function htmlAsText(node: Html): Root | undefined {
  const { value, position } = node;
  if (!position) return undefined;
  const fragment = fromHtml(value, { fragment: true });
  let plain = true;
  const keep = new Array<boolean>(value.length).fill(false);
  visit(fragment, (child) => {
    if (child.type === 'element' && !TEXT_TAGS.has(child.tagName)) plain = false;
    if (child.type === 'comment' || (child.type === 'element' && !child.position)) plain = false;
    if (child.type === 'text' && child.position) keep.fill(true, child.position.start.offset!, child.position.end.offset!);
    return plain ? undefined : EXIT;
  });
  if (!plain) return undefined;
  // Each line keeps the text written on it; its tags and the indentation around them are layout.
  // Offsets count UTF-16 units, as the string's own indices do (an emoji is two).
  let at = 0;
  const lines = value.split('\n').map((line) => {
    let text = '';
    for (let i = 0; i < line.length; i++) if (keep[at + i]) text += line[i];
    at += line.length + 1;
    return text.trim();
  });
  // Tags alone (`</p>`, `<br>`) are layout; text on one line is left to the one-line readings (`htmlHeading`).
  if (lines.every((line) => !line)) return { type: 'root', children: [], position };
  if (lines.length === 1) return undefined;
  return parseMarkdown(lines.join('\n'), position.start.line);
}

/**
 * A heading written as one line of HTML (`<h4>1-2. Show that $a \times b$ …</h4>`), as learners write headings
 * to style them: a heading of its level whose words are read as Markdown, so its number marks a question.
 */
function htmlHeading(node: Html): Heading | undefined {
  const value = node.value.trim();
  if (value.includes('\n') || !node.position) return undefined;
  const fragment = fromHtml(value, { fragment: true });
  const [element, ...others] = fragment.children.filter((child) => child.type !== 'text' || child.value.trim());
  if (others.length || element?.type !== 'element' || !/^h[1-6]$/.test(element.tagName)) return undefined;
  if (element.children.some((child) => child.type === 'element' && /^(?:h[1-6]|p|div|ul|ol|table)$/.test(child.tagName))) return undefined;
  const open = node.value.indexOf('>') + 1;
  const close = node.value.lastIndexOf('</');
  const { line, column } = node.position.start;
  const [paragraph] = parseMarkdown(node.value.slice(open, close), line, column - 1 + open).children;
  return {
    type: 'heading',
    depth: Number(element.tagName[1]) as Heading['depth'],
    children: paragraph?.type === 'paragraph' ? paragraph.children : [],
    position: node.position,
  };
}

/** Inline Markdown (a prompt or a title) as phrasing content without positions: one text node when Markdown reads the text as itself (`inert`). */
export function inlineWithoutPositions(text: string): PhrasingContent[] {
  if (inert(text)) return [{ type: 'text', value: text }];
  return JSON.parse(JSON.stringify(parseInline(text), (key, value) => (key === 'position' ? undefined : value))) as PhrasingContent[];
}

/** Parses inline Markdown (a prompt or a title) into phrasing content. */
export function parseInline(text: string): PhrasingContent[] {
  const tree = parseMarkdown(text);
  const first = tree.children[0];
  return first && first.type === 'paragraph' ? first.children : [{ type: 'text', value: text }];
}

/** Serialises a tree as GFM Markdown. */
export function serialise(tree: Nodes, { oneLine = false }: { oneLine?: boolean } = {}): string {
  return toMarkdown(tree, {
    extensions: [gfmToMarkdown(), mathToMarkdown()],
    bullet: '-',
    rule: '-',
    fences: true,
    // On one line a hard break is a space; written as Markdown, it would leave its backslash behind (`form for\ $Q_0$`).
    ...(oneLine ? { handlers: { break: () => ' ' } } : {}),
  });
}

/** Plain text of a tree or inline Markdown string. */
export function plainText(node: Nodes | string): string {
  if (typeof node !== 'string') return toString(node);
  if (inert(node)) return node;
  // Prompts and titles are read many times while aligning, comparing and emitting.
  let text = plainTexts.get(node);
  if (text === undefined) {
    text = toString(parseInline(node)).trim();
    plainTexts.set(node, text);
  }
  return text;
}

const plainTexts = new Map<string, string>();

/** Inline Markdown as a reader sees it in a line of text (a title): its math as text, `$\\Theta(n)$` as `Θ(n)`. */
export function readableText(text: string): string {
  const phrasing = parseInline(text);
  let math = false;
  visit({ type: 'paragraph', children: phrasing }, 'inlineMath', (node) => {
    math = true;
    (node as unknown as { value: string }).value = mathText(node.value);
  });
  return math ? toString(phrasing).trim() : plainText(text);
}

/** Letters, digits, spaces, line breaks and punctuation that has no meaning in Markdown where `inert` allows it. */
const INERT_CHARACTERS = /^[\p{L}\p{N} \n.,;:?'"()/=%+#*_-]*$/u;
/** Openings of a block (`#`, `-`, `+`, `*`, `=`, `_`, `:`, `1.`), and whitespace at either edge of a line (two trailing spaces break the line). */
const BLOCK_LINE = /^(?:[-+*=#_:]|\d+[.)]|\s)|\s$/;
/** A `*` without a space on each side, or a `_` without a letter or digit on each side, could open or close emphasis. */
const EMPHASIS = /(?<! )\*|\*(?![ \n]|$)|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/u;
/** What GFM turns into links without brackets. */
const AUTOLINK = /www|:\/\//i;

/**
 * Whether Markdown reads `text` as exactly one paragraph of its own characters,
 * so its plain text is itself and need not be parsed: no character that opens
 * inline syntax, no line that could start a block or end the paragraph (a
 * blank one), and no emphasis delimiter that could open or close. The plain
 * text of an answer, read again by `stemSequence`, usually is.
 */
function inert(text: string): boolean {
  return (
    INERT_CHARACTERS.test(text) &&
    !EMPHASIS.test(text) &&
    !AUTOLINK.test(text) &&
    text.split('\n').every((line) => line !== '' && !BLOCK_LINE.test(line))
  );
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text after Unicode normalisation, used to compare visible text. */
export function words(text: string): string[] {
  return text.normalize('NFKC').match(WORD) ?? [];
}
