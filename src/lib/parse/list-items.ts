/**
 * Shared by the formats whose questions are the items of a top-level
 * numbered Markdown list: blocks between items belong to the answer above.
 */
import type { List, ListItem, Root, RootContent } from 'mdast';
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
  const questions = new Set(questionLists(nodes, lines));
  for (const node of nodes) {
    if (node.type === 'list' && questions.has(node)) {
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

/** The delimiter after an item's number as written: `.` or `)`. */
function delimiterOf(item: ListItem, lines: readonly string[]): string | undefined {
  const start = item.position!.start;
  return /^\s*\d+([.)])/.exec(lines[start.line - 1]!.slice(start.column - 1))?.[1];
}

/**
 * Where a file numbers its questions with one delimiter and their parts with the other (`1)Say …`, then parts `1.` `2.`
 * `3.`, then `2)Look …`), the delimiter of the parts: its lists each start again at 1, while the other's numbers run on
 * from list to list. Undefined when the file numbers with one delimiter, or neither reads so.
 */
function partsDelimiter(nodes: readonly RootContent[], lines: readonly string[]): string | undefined {
  const lists = nodes.filter((node): node is List => node.type === 'list' && node.ordered === true && node.children.length > 0);
  const by = new Map<string, List[]>();
  for (const list of lists) {
    const delimiter = delimiterOf(list.children[0]!, lines);
    if (!delimiter) continue;
    if (by.has(delimiter)) by.get(delimiter)!.push(list);
    else by.set(delimiter, [list]);
  }
  if (by.size !== 2) return undefined;
  const numbers = (group: List[]) => group.flatMap((list) => list.children.map((item) => writtenNumber(item, lines)));
  const runsOn = (group: List[]) => numbers(group).every((n, i, all) => i === 0 || n > all[i - 1]!);
  const restarts = (group: List[]) => group.length >= 2 && group.every((list) => writtenNumber(list.children[0]!, lines) === 1);
  const [[a, first], [b, second]] = [...by] as [[string, List[]], [string, List[]]];
  if (runsOn(first) && first.length >= 2 && restarts(second) && !runsOn(second)) return b;
  if (runsOn(second) && second.length >= 2 && restarts(first) && !runsOn(first)) return a;
  return undefined;
}

/** The top-level numbered lists of `nodes` that number questions: all of them, less those that number a question's parts. */
function questionLists(nodes: readonly RootContent[], lines: readonly string[]): List[] {
  const parts = partsDelimiter(nodes, lines);
  return nodes.filter(
    (node): node is List =>
      node.type === 'list' && node.ordered === true && (parts === undefined || delimiterOf(node.children[0]!, lines) !== parts),
  );
}

/** The top-level numbered items of a Markdown tree, not those of lists that number a question's parts. */
export function topLevelItems(tree: Root, lines: readonly string[]): ListItem[] {
  return questionLists(tree.children, lines).flatMap((list) => list.children);
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
