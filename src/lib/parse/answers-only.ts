/**
 * Answers without their questions: a numbered list whose items are the
 * answers themselves. Prompts come from other sources or `questions.yaml`.
 */
import type { RootContent } from 'mdast';
import { itemPosition, splitListItems } from './list-items.ts';
import type { Parser } from './types.ts';

export const parseAnswersOnly: Parser = (_file, lines) =>
  splitListItems(lines, (item, number) => ({
    number,
    body: { type: 'root', children: item.children as RootContent[] },
    position: itemPosition(item),
  }));
