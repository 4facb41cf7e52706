/** Builds MDX as an mdast tree and serialises it, so source text is always escaped. */
import type { BlockContent, DefinitionContent, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';

type Flow = BlockContent | DefinitionContent;

/** A JSX element such as `<AnswerSection source="000">…</AnswerSection>`; undefined attributes are left out. */
export function element(name: string, attributes: Record<string, string | undefined>, children: readonly RootContent[] = []): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes)
      .filter((entry): entry is [string, string] => entry[1] !== undefined)
      .map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value })),
    children: children as Flow[],
  };
}

/** Serialises frontmatter and body as an MDX document. */
export function serialiseMdx(frontmatter: object, children: readonly RootContent[]): string {
  const body = toMarkdown({ type: 'root', children: [...children] } as Root, {
    extensions: [mdxToMarkdown(), gfmToMarkdown()],
    bullet: '-',
    rule: '-',
    fences: true,
  });
  return `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}`;
}
