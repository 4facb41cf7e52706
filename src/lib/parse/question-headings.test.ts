import { describe, expect, test } from 'vitest';
import { parseAnswerSet } from './index.ts';

const read = (text: string) => parseAnswerSet({ id: '001', file: 'a.md', text }).answerSet;

describe('questions copied as headings without their numbers', () => {
  const text = [
    '# Lesson 4',
    '## How is a grayscale image stored?',
    'As a grid of numbers.',
    '## Explain how the pixel similarity approach works.',
    'Average each digit, then compare.',
    '## What is a loss function and what is a metric?',
    '## A metric is for people; a loss drives training.',
    'The loss must be smooth.',
    '## What are the seven steps of SGD?',
    '1. Initialise.\n2. Predict.\n3. Loss.\n4. Gradient.\n5. Step.\n6. Repeat.\n7. Stop.',
    '## What is a list comprehension? Create one now.',
    '`[x * 2 for x in xs if x % 2]`',
  ].join('\n\n');

  test('each heading that asks or sets a task is a question, numbered in order; a statement heading stays in its answer', () => {
    const answerSet = read(text)!;
    expect(answerSet.format).toBe('question-headings');
    expect(answerSet.answers.map((a) => a.number)).toEqual([1, 2, 3, 4, 5]);
    expect(answerSet.answers[2]!.body.children.some((node) => node.type === 'heading')).toBe(true);
  });

  test('a numbered list inside one answer does not stand for the file’s answers', () => {
    expect(read(text)!.answers[3]!.body.children[0]!.type).toBe('list');
  });

  test('numbered headings, or too few that ask, are not this layout', () => {
    expect(read('## 1. What is X?\n\nA.\n\n## 2. What is Y?\n\nB.\n\n## 3. Why?\n\nC.\n')!.format).toBe('heading-markdown');
    expect(read('## Notes\n\nText.\n\n## What is X?\n\nA.\n\n## Summary\n\nMore.\n')).toBeUndefined();
  });
});
