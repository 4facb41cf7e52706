/**
 * The visible text of a generated MDX page, rendered the way the site
 * renders it but without Astro: the MDX is parsed with the MDX and GFM
 * syntax extensions (what `@mdx-js/mdx` and remark-gfm use), turned into
 * HTML with mdast-util-to-hast (what remark-rehype uses), and read as text
 * with hast-util-to-text, as the build's nothing-lost check reads pages.
 * Components show the labels their Astro templates print around their
 * content, so tests of the check can render thousands of pages in seconds.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toHast, type State } from 'mdast-util-to-hast';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { parse as parseYaml } from 'yaml';

const text = (value: string): ElementContent => ({ type: 'text', value });
const el = (tagName: string, children: ElementContent[]): Element => ({ type: 'element', tagName, properties: {}, children });

/** The words each component's template shows around its content, from its attributes. */
const CHROME: Record<string, (attributes: Record<string, string>) => ElementContent[]> = {
  AnswerSection: (a) => [
    el('h2', [text(a.label ?? '')]),
    el('p', [text([a.title, `source ${a.source}`, a.line && `line ${a.line}`].filter(Boolean).join(' · '))]),
    ...(a.skipped ? [el('p', [text('This source skips this question.')])] : []),
  ],
  SourceAnswer: (a) => [el('h2', [text(`${a.number} ${a.title}`)]), el('p', [text('Compare with the other sources')])],
  SourcePrompt: () => [text('Asked as:')],
  NotebookCell: (a) => [el('figcaption', [text(a.label ?? '')])],
  SourcePreamble: () => [],
  SourceAppendix: () => [],
};

function component(state: State, node: MdxJsxFlowElement): Element {
  const chrome = CHROME[node.name ?? ''];
  if (!chrome) throw new Error(`The page uses <${node.name}>, which is not one of the site's MDX components`);
  const attributes = Object.fromEntries(node.attributes.map((attribute) => ['name' in attribute ? attribute.name : '', String(attribute.value ?? '')]));
  // remark-rehype puts a line break between blocks, as it does at the root.
  return el('section', state.wrap([...chrome(attributes), ...(state.all(node) as ElementContent[])], true));
}

/** MDX code would run, not show: the emitter must have escaped it, so finding any is an error. */
function refuse(_state: State, node: { type: string; value?: string }): never {
  throw new Error(`The page holds MDX code (${node.type}: ${node.value ?? ''}); the emitter should have escaped it`);
}

/**
 * Visible text of a page's main content: for a question page its title,
 * prompt and answers; for a source page its label and answers.
 */
export function mdxPageText(mdx: string): string {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
  const frontmatter = (match ? parseYaml(match[1]!) : {}) as { title?: string; prompt?: string; label?: string; id?: string };
  const tree: Root = fromMarkdown(match ? mdx.slice(match[0].length) : mdx, {
    extensions: [mdxjs(), gfm()],
    mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
  });
  const body = toHast(tree, {
    handlers: { mdxJsxFlowElement: component, mdxJsxTextElement: component, mdxFlowExpression: refuse, mdxTextExpression: refuse, mdxjsEsm: refuse },
  }) as HastRoot;
  const head = frontmatter.id !== undefined
    ? [el('p', [text(`Source ${frontmatter.id}`)]), el('h1', [text(frontmatter.label ?? '')])]
    : [el('h1', [text(frontmatter.title ?? '')]), el('p', [text(frontmatter.prompt ?? '')])];
  const main = el('main', [...head, ...(body.children as ElementContent[])]);
  // As the build's check reads pages: a footnote's number is the renderer's, not the source's.
  for (const reference of selectAll('[data-footnote-ref]', main)) reference.children = [];
  return toText(main);
}
