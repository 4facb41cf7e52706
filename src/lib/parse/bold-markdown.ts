/**
 * Numbered Markdown with bold short titles: `1. **Title**:` as a top-level
 * list item, the answer as the item's nested content. No prompts.
 */
import type { ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Answer } from '../model/model.ts';
import type { LayoutInput } from './layouts.ts';
import { itemPosition, splitListItems } from './list-items.ts';
import type { ParseResult } from './types.ts';

export const parseBoldMarkdown = (input: LayoutInput): ParseResult => splitListItems(input, toAnswer);

function toAnswer(item: ListItem, number: number): Answer {
  const { bold, body } = splitBoldLead(item);
  const title =
    bold &&
    toString(bold)
      .trim()
      .replace(/[:.]\s*$/, '');
  return { number, ...(title ? { title } : {}), body, position: itemPosition(item) };
}

/**
 * Separates an item's leading bold run from the rest of it. Whatever follows
 * the bold run on its line, beyond a colon, stays as the body's first paragraph.
 */
export function splitBoldLead(item: ListItem): { bold?: PhrasingContent & { type: 'strong' }; body: Root } {
  const [lead, ...rest] = item.children;
  const body: Root = { type: 'root', children: rest as RootContent[] };
  if (lead?.type !== 'paragraph' || lead.children[0]?.type !== 'strong') {
    if (lead) body.children.unshift(lead);
    return { body };
  }
  const [strong, ...after] = lead.children;
  const remainder = after.filter((child) => !(child.type === 'text' && /^[\s:.\-–—]*$/.test(child.value)));
  if (remainder.length) {
    const first = remainder[0];
    if (first?.type === 'text') first.value = first.value.replace(/^[\s:.\-–—]+/, '');
    body.children.unshift({ ...lead, children: remainder } satisfies Paragraph);
  }
  return { bold: strong as PhrasingContent & { type: 'strong' }, body };
}
