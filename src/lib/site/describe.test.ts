import { describe, expect, test } from 'vitest';
import { parseMarkdown } from '../read/markdown.ts';
import { describeQuestion, firstSentence, leadText, truncate } from './describe.ts';

describe('describing a question for link previews', () => {
  test('uses the prompt when the question has one', () => {
    expect(describeQuestion('Is   TensorFlow a drop-in\nreplacement for NumPy?', parseMarkdown('- No.'))).toBe(
      'Is TensorFlow a drop-in replacement for NumPy?',
    );
  });

  test('falls back to the first sentence of the first answer when there is no prompt', () => {
    const answer = parseMarkdown('- Ragged tensors hold lists of different lengths. They are built with tf.ragged.\n- Sparse tensors too.');
    expect(describeQuestion('', answer)).toBe('Ragged tensors hold lists of different lengths.');
  });

  test('is empty when there is neither a prompt nor an answer', () => {
    expect(describeQuestion('  ', undefined)).toBe('');
  });

  test('reads the lead paragraph rather than code or empty blocks', () => {
    expect(leadText(parseMarkdown('```python\nx = 1\n```\n\nThe constant is eager.'))).toBe('The constant is eager.');
  });

  test('does not split a sentence at an abbreviation such as "e.g."', () => {
    expect(firstSentence('Use tf.function, e.g. for speed, when you can. Then profile.')).toBe(
      'Use tf.function, e.g. for speed, when you can.',
    );
  });

  test('cuts a long text at a word boundary and ends it with an ellipsis', () => {
    const long = 'word '.repeat(60).trim();
    const cut = truncate(long, 40);
    expect(cut.length).toBeLessThanOrEqual(40);
    expect(cut).toBe('word word word word word word word word…');
  });
});
