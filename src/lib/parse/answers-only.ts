/**
 * Answers without their questions: a numbered list whose items are the
 * answers themselves. Prompts come from other sources or `questions.yaml`.
 */
import type { RootContent } from 'mdast';
import type { LayoutInput } from './layouts.ts';
import { itemPosition, splitListItems } from './list-items.ts';
import type { ParseResult } from './types.ts';

export const parseAnswersOnly = (input: LayoutInput): ParseResult =>
  splitListItems(input, (item, number) => ({
    number,
    body: { type: 'root', children: item.children as RootContent[] },
    position: itemPosition(item),
  }));
