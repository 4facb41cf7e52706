/**
 * Renders an answer body (mdast) to HTML once per build, so that every page
 * showing the answer (question, source and study pages) reuses the same
 * string instead of compiling the answer again. The steps are those of
 * remark-rehype and Astro's Shiki plugin, with ids made unique per answer:
 * a page shows many answers, and each answer's headings and footnotes must
 * keep ids of their own there.
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import type { Root, RootContent, Table, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { defaultHandlers, toHast, type State } from 'mdast-util-to-hast';
import { EXIT, visit } from 'unist-util-visit';
import { fromHtml } from 'hast-util-from-html';
import { texHtml } from './tex.ts';

/** Highlights the code blocks of a tree in place (Astro's `rehypeShiki`, one highlighter per build). */
export type Highlight = (tree: HastRoot) => Promise<void>;

export interface AnswerRenderOptions {
  /** Levels headings inside the answer move down, below the page's own answer headings. */
  headingShift: number;
  /** Starts every id in the answer, e.g. `q3-000`; unique on each page that shows it. */
  idPrefix: string;
}

const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/**
 * A footnote whose reference is in another answer (the file was split between them) would not be shown, as
 * only referenced notes are: it is shown where it is written, as a paragraph that opens with its label.
 */
function withOrphanNotes(tree: Root): Root {
  const notes = tree.children.filter((node) => node.type === 'footnoteDefinition');
  if (notes.length === 0) return tree;
  const referenced = new Set<string>();
  visit(tree, 'footnoteReference', (node) => {
    referenced.add(node.identifier);
  });
  if (notes.every((note) => referenced.has(note.identifier))) return tree;
  return {
    ...tree,
    children: tree.children.flatMap((node): RootContent[] => {
      if (node.type !== 'footnoteDefinition' || referenced.has(node.identifier)) return [node];
      const label: Text = { type: 'text', value: `[^${node.label ?? node.identifier}]: ` };
      const [first, ...rest] = node.children;
      return first?.type === 'paragraph'
        ? [{ ...first, children: [label, ...first.children] }, ...rest]
        : [{ type: 'paragraph', children: [label] }, ...node.children];
    }),
  };
}

/** The answer as hast, before highlighting: headings shifted and given ids, notebook cells captioned. */
export function answerHast(tree: Root, { headingShift, idPrefix }: AnswerRenderOptions): HastRoot {
  const slugger = new GithubSlugger();
  const hast = toHast(withOrphanNotes(tree), {
    clobberPrefix: `${idPrefix}-`,
    handlers: {
      heading(state: State, node) {
        const depth = Math.min(6, node.depth + headingShift);
        const heading = element(`h${depth}`, { id: `${idPrefix}-${slugger.slug(toString(node))}` }, state.all(node));
        state.patch(node, heading);
        return state.applyData(node, heading);
      },
      // Not `applyData`: the math extension's hints would turn the rendered math back into a code span.
      math(state: State, node) {
        const math = texElement(node.value, true);
        state.patch(node, math);
        return math;
      },
      inlineMath(state: State, node) {
        const math = texElement(node.value, false);
        state.patch(node, math);
        return math;
      },
      // A row with more cells than the header keeps them: remark-rehype shows only as many as the header has.
      table(state: State, node: Table) {
        const width = Math.max(...node.children.map((row) => row.children.length));
        const align = node.align ?? [];
        if (align.length >= width) return defaultHandlers.table(state, node);
        return defaultHandlers.table(state, { ...node, align: [...align, ...Array<null>(width - align.length).fill(null)] });
      },
      code(state: State, node) {
        const pre = defaultHandlers.code(state, node);
        const cell = node.data?.cell;
        if (!cell) return pre;
        // A notebook cell keeps its `In [2]:` or `Output` caption, as the notebook shows it.
        return element('figure', { className: ['cell', `cell-${cell.kind}`] }, [
          element('figcaption', {}, [{ type: 'text', value: cell.label }]),
          pre,
        ]);
      },
    },
  }) as HastRoot;
  // The footnote section's heading has a fixed id that two answers on one page would share.
  const labelId = `${idPrefix}-footnote-label`;
  visit(hast, 'element', (node) => {
    if (node.properties.id === 'footnote-label') node.properties.id = labelId;
    const describedBy = node.properties.ariaDescribedBy;
    if (Array.isArray(describedBy)) node.properties.ariaDescribedBy = describedBy.map((id) => (id === 'footnote-label' ? labelId : id));
  });
  return hast;
}

/** Math as a hast element: KaTeX's output in a `span.math-inline` or a `div.math-display`, its TeX kept in `data-tex`. */
function texElement(tex: string, display: boolean): Element {
  const children = fromHtml(texHtml(tex, display), { fragment: true }).children as ElementContent[];
  // Display math wider than the screen scrolls (global.css), so a keyboard must reach it too.
  return element(
    display ? 'div' : 'span',
    { className: ['math', display ? 'math-display' : 'math-inline'], dataTex: tex, ...(display ? { tabIndex: 0 } : {}) },
    children,
  );
}

export interface RenderedAnswer {
  html: string;
  /** What a reader sees, as hast-util-to-text reads it; the nothing-lost check reads this. */
  text: string;
}

/** The answer's HTML and visible text. */
export async function renderAnswer(tree: Root, options: AnswerRenderOptions, highlight: Highlight): Promise<RenderedAnswer> {
  const hast = answerHast(tree, options);
  // Read before highlighting, which only wraps the same text in spans; a footnote's
  // number is the renderer's, not the source's, and left in it would glue onto the word before it;
  // math reads as the TeX it was written in, not as KaTeX's glyphs.
  // Copied only when the answer has footnotes or math, which few have.
  let rewritten = false;
  visit(hast, 'element', (node) => {
    if (node.properties.dataFootnoteRef === undefined && node.properties.dataTex === undefined) return undefined;
    rewritten = true;
    return EXIT;
  });
  const reading = rewritten ? structuredClone(hast) : hast;
  if (rewritten) {
    visit(reading, 'element', (node) => {
      if (node.properties.dataFootnoteRef !== undefined) node.children = [];
      if (typeof node.properties.dataTex === 'string') node.children = [{ type: 'text', value: ` ${node.properties.dataTex} ` }];
    });
  }
  const text = toText(reading);
  await highlight(hast);
  return { html: toHtml(hast), text };
}
