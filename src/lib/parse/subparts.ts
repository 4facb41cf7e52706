/**
 * Sub-parts written on consecutive lines (`a. …`, `b) …`, `(c) …`) are one
 * Markdown paragraph, which a browser would run together into one line.
 * A line break before each label keeps them apart, as the source shows them.
 */
import type { PhrasingContent, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

const LABEL = String.raw`(?:[a-h]|i{1,3}|iv|vi{0,3}|ix)`;
/** A newline followed by a sub-part label and a space. */
const BEFORE_SUBPART = new RegExp(String.raw`\n(?=[ \t]*(?:\(${LABEL}\)|${LABEL}[.)])[ \t])`, 'i');

/** Inserts line breaks before sub-part labels inside paragraphs, in place. */
export function breakSubparts(tree: Root): Root {
  visit(tree, 'text', (node, index, parent) => {
    if (parent?.type !== 'paragraph' || index === undefined || !BEFORE_SUBPART.test(node.value)) return undefined;
    const pieces = node.value.split(BEFORE_SUBPART);
    const replacement: PhrasingContent[] = pieces.flatMap((value, i): PhrasingContent[] =>
      i === 0 ? [{ type: 'text', value }] : [{ type: 'break' }, { type: 'text', value: value.replace(/^[ \t]+/, '') }],
    );
    parent.children.splice(index, 1, ...replacement);
    return [SKIP, index + replacement.length];
  });
  return tree;
}
