import { toString } from 'mdast-util-to-string';
import { describe, expect, test } from 'vitest';
import { parseInline, plainText } from './markdown.ts';

/** What `plainText` gives by parsing, whatever the text. */
const parsed = (text: string) => toString(parseInline(text)).trim();

describe('plainText', () => {
  test('reads text without Markdown as itself, and Markdown by parsing it', () => {
    for (const text of [
      'x = tf.ones(68)\ny = tf.reduce_sum(x * 4)\nprint(y)  # ad cache',
      'Use retrace_replica() when schedule: 3.5 (or 40%).',
      'a*b*c',
      'snake_case_',
      '_private',
      '# heading',
      'one\n\ntwo',
      'line  \nbreak',
      '1. item',
      'text\n===',
      'see www.example.com or http://x.org',
      '  indented',
    ]) {
      expect(plainText(text)).toBe(parsed(text));
    }
  });

  test('agrees with parsing on random text of Markdown-prone characters', () => {
    const alphabet = ['a', 'b', 'é', '1', '2', ' ', ' ', ' ', '\n', '.', ',', ':', '?', "'", '"', '(', ')', '/', '=', '%', '+', '#', '*', '_', '-', 'w'];
    let seed = 7;
    const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    for (let i = 0; i < 400; i++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 16) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(plainText(text), JSON.stringify(text)).toBe(parsed(text));
    }
  }, 60_000);
});
