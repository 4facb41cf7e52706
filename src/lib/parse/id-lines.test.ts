import { describe, expect, test } from 'vitest';
import type { Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '../read/markdown.ts';
import { splitIdLines } from './id-lines.ts';

const paragraphs = (text: string) =>
  splitIdLines(parseMarkdown(text).children).filter((node): node is Paragraph => node.type === 'paragraph');

describe('answers that follow one another line by line, each opening with its exercise id', () => {
  test('each line that opens with an id of the chapter opens a paragraph, at its own line', () => {
    const found = paragraphs(
      '### Exercise\n3.1 Picture a robot arm.\nIt throws a ball.\n3.2 A counterexample *with\nemphasis* is fine.\n3.5. Only the outer set changes.\n',
    );
    expect(found.map((p) => toString(p).split('\n')[0])).toEqual([
      '3.1 Picture a robot arm.',
      '3.2 A counterexample with',
      '3.5. Only the outer set changes.',
    ]);
    expect(found.map((p) => p.position!.start.line)).toEqual([2, 4, 6]);
    expect(found.map((p) => p.position!.end.line)).toEqual([3, 5, 6]);
  });

  test('a paragraph with one such line, or ids of two chapters, stays whole', () => {
    expect(paragraphs('It took\n1.5 seconds to run.\n')).toHaveLength(1);
    expect(paragraphs('2.1 is one section\n3.4 is another.\n')).toHaveLength(1);
  });
});
