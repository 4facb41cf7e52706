/**
 * Numbered Markdown with bold short titles: `1. **Title**:` as a top-level
 * list item, the answer as the item's nested content. No prompts.
 */
import type { ListItem, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '../markdown.ts';
import type { Answer } from '../model.ts';
import type { Parser } from './types.ts';

export const parseBoldMarkdown: Parser = (_file, lines) => {
  const tree = parseMarkdown(lines.join('\n'));
  const answers: Answer[] = [];
  const preamble: RootContent[] = [];

  for (const node of tree.children) {
    if (node.type === 'list' && node.ordered) {
      for (const item of node.children) answers.push(toAnswer(item, lines));
      continue;
    }
    // Blocks between numbered items belong to the answer above them.
    const previous = answers.at(-1);
    if (previous) {
      previous.body.children.push(node);
      if (node.position) previous.position.end = { ...node.position.end };
    } else preamble.push(node);
  }
  return {
    answerSet: { answers, preamble: preamble.length ? { type: 'root', children: preamble } : undefined },
    diagnostics: [],
  };
};

/** The number as written in the source (`7.` or `7)`), not as Markdown would renumber it. */
export function writtenNumber(item: ListItem, lines: readonly string[]): number {
  const start = item.position!.start;
  const digits = /^\s*(\d+)/.exec(lines[start.line - 1]!.slice(start.column - 1));
  return Number(digits?.[1] ?? 0);
}

function toAnswer(item: ListItem, lines: readonly string[]): Answer {
  const [lead, ...rest] = item.children;
  const body: Root = { type: 'root', children: rest as RootContent[] };
  let title: string | undefined;
  if (lead?.type === 'paragraph' && lead.children[0]?.type === 'strong') {
    const [strong, ...after] = lead.children;
    title = toString(strong).trim().replace(/[:.]\s*$/, '');
    // Keep whatever follows the title on its line, beyond the colon.
    const remainder = after.filter((child) => !(child.type === 'text' && /^[\s:.\-–—]*$/.test(child.value)));
    if (remainder.length) {
      const first = remainder[0];
      if (first?.type === 'text') first.value = first.value.replace(/^[\s:.\-–—]+/, '');
      body.children.unshift({ ...lead, children: remainder });
    }
  } else if (lead) body.children.unshift(lead);
  return {
    number: writtenNumber(item, lines),
    ...(title ? { title } : {}),
    body,
    position: { start: { ...item.position!.start }, end: { ...item.position!.end } },
  };
}
