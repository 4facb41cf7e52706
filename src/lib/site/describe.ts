/** The one-line descriptions that link previews and search engines show. */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit, EXIT } from 'unist-util-visit';

/** Longest description before it is cut at a word boundary; previews show about this much. */
export const DESCRIPTION_LENGTH = 160;

/**
 * The first sentence of a text, cut to `max` characters at a word boundary.
 * @example firstSentence('Tensors are arrays. They have a dtype.') // 'Tensors are arrays.'
 */
export function firstSentence(text: string, max = DESCRIPTION_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const [first] = new Intl.Segmenter('en', { granularity: 'sentence' }).segment(flat);
  return truncate(first?.segment.trim() ?? '', max);
}

/** `text` if it fits in `max` characters, else its longest word-boundary prefix and an ellipsis. */
export function truncate(text: string, max = DESCRIPTION_LENGTH): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  // The cut already ends a word when the next character is a space.
  const boundary = /\s/.test(text[max - 1] ?? '') ? cut.length : cut.lastIndexOf(' ');
  return `${(boundary > max / 2 ? cut.slice(0, boundary) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Plain text of the first paragraph of an answer, where a reader starts reading. */
export function leadText(body: Root): string {
  let lead = '';
  visit(body, 'paragraph', (paragraph) => {
    lead = toString(paragraph);
    return lead.trim() ? EXIT : undefined;
  });
  return lead || toString(body);
}

/**
 * A question's description: its prompt, else the first sentence of the first
 * answer given, else an empty string.
 */
export function describeQuestion(prompt: string, firstAnswer: Root | undefined): string {
  if (prompt.trim()) return truncate(prompt.replace(/\s+/g, ' ').trim());
  return firstAnswer ? firstSentence(leadText(firstAnswer)) : '';
}
