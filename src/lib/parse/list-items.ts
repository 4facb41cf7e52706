/**
 * Shared by the formats whose questions are the items of a top-level
 * numbered Markdown list: blocks between items belong to the answer above.
 */
import type { ListItem, Root, RootContent } from 'mdast';
import type { Answer } from '../model/model.ts';
import type { LayoutInput } from './layouts.ts';
import type { ParseResult } from './types.ts';

/** Builds an answer from a list item and the number written in the source. */
export type ItemToAnswer = (item: ListItem, number: number) => Answer;

/** Splits a file's Markdown tree, as detection parsed it, into one answer per top-level numbered item. */
export function splitListItems({ tree, lines }: LayoutInput, toAnswer: ItemToAnswer): ParseResult {
  const { answers, preamble } = answersOfItems(tree().children, lines, toAnswer);
  return {
    answerSet: { answers, preamble: preamble.length ? { type: 'root', children: preamble } : undefined },
    diagnostics: [],
  };
}

/** One answer per numbered item of `nodes`; blocks between items go to the answer above, those before the first to the preamble. */
export function answersOfItems(
  nodes: readonly RootContent[],
  lines: readonly string[],
  toAnswer: ItemToAnswer,
): { answers: Answer[]; preamble: RootContent[] } {
  const answers: Answer[] = [];
  const preamble: RootContent[] = [];
  for (const node of nodes) {
    if (node.type === 'list' && node.ordered) {
      for (const item of node.children) answers.push(toAnswer(item, writtenNumber(item, lines)));
      continue;
    }
    // Blocks between numbered items belong to the answer above them.
    const previous = answers.at(-1);
    if (previous) {
      previous.body.children.push(node);
      if (node.position) previous.position.end = { ...node.position.end };
    } else preamble.push(node);
  }
  return { answers, preamble };
}

/** The top-level numbered items of a Markdown tree. */
export function topLevelItems(tree: Root): ListItem[] {
  return tree.children.flatMap((node) => (node.type === 'list' && node.ordered ? node.children : []));
}

/** The number as written in the source (`7.` or `7)`), not as Markdown would renumber it. */
export function writtenNumber(item: ListItem, lines: readonly string[]): number {
  const start = item.position!.start;
  const digits = /^\s*(\d+)/.exec(lines[start.line - 1]!.slice(start.column - 1));
  return Number(digits?.[1] ?? 0);
}

/** The item's position, copied so later edits to the answer do not move the tree's. */
export function itemPosition(item: ListItem): Answer['position'] {
  return { start: { ...item.position!.start }, end: { ...item.position!.end } };
}
