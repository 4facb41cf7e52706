/**
 * Numbered Markdown whose items are the full questions in bold, with the
 * answer as an indented paragraph (or more) below: `1. **What is …?**`.
 */
import type { ListItem } from 'mdast';
import type { Answer } from '../model/model.ts';
import { splitBoldLead } from './bold-markdown.ts';
import type { LayoutInput } from './layouts.ts';
import { itemPosition, splitListItems } from './list-items.ts';
import { inlineMarkdown } from './phrasing.ts';
import type { ParseResult } from './types.ts';

export const parseBoldQuestions = (input: LayoutInput): ParseResult => splitListItems(input, toAnswer);

function toAnswer(item: ListItem, number: number): Answer {
  const { bold, body } = splitBoldLead(item);
  const prompt = bold && inlineMarkdown(bold.children);
  return { number, ...(prompt ? { prompt } : {}), body, position: itemPosition(item) };
}
