/** Answer labels (`Answer:`, `Solution:`, `答：`) are layout: they open an answer, and alone they say nothing. */
import { describe, expect, test } from 'vitest';
import { serialise } from '../read/markdown.ts';
import { parseAnswerSet } from './index.ts';

const read = (text: string) => parseAnswerSet({ id: '001', file: 'content/sources/001.md', text });

describe('answer labels', () => {
  test('an answer that is only a label counts as empty, is warned about, and stays shown as written', () => {
    const result = read('## 1. What is a tensor?\n\nAnswer:\n\n## 2. Why trace?\n\nSpeed.\n');
    const [first, second] = result.answerSet!.answers;
    expect(first!.empty).toBe(true);
    expect(serialise(first!.body)).toBe('Answer:\n');
    expect(second!.empty).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.ruleId, d.line])).toContainEqual(['empty-answer', 1]);
  });

  test('Solution: and 答： label an answer the way Answer: does', () => {
    for (const label of ['Solution:', 'Sol.', '答：', '解答:']) {
      const result = read(`Q1: What is a tensor?\n${label} An n-dimensional array.\n\nQ2: Why trace?\n${label} Speed.\n`);
      const [first] = result.answerSet!.answers;
      expect(first!.prompt, label).toBe('What is a tensor?');
      expect(serialise(first!.body).trim(), label).toBe('An n-dimensional array.');
    }
  });
});

describe('a question and its answer under headings that name them', () => {
  test('`# Chapter 1-6`, then `## 題目` over the question and `## 解法` over the answer', () => {
    const text = [
      '# Chapter 1-6',
      '`會考`',
      '',
      '## 題目',
      'How many bounded regions can n lines make?',
      '',
      '## 解法',
      '1. Start from the smallest case.',
      '2. Draw the lines one by one.',
      '',
      '# Chapter 1-8',
      '',
      '## 題目',
      'Find a closed form for Q_n.',
      '',
      '## 解法',
      'It repeats every five steps.',
      '',
    ].join('\n');
    const answers = read(text).answerSet!.answers;
    expect(answers.map((answer) => [answer.chapter, answer.number, answer.prompt])).toEqual([
      [1, 6, 'How many bounded regions can n lines make?'],
      [1, 8, 'Find a closed form for Q_n.'],
    ]);
    expect(serialise(answers[1]!.body)).toBe('## 解法\n\nIt repeats every five steps.\n');
    // A learner's tag above the question's heading (`會考`, "on the exam") is theirs: it opens their answer.
    expect(serialise(answers[0]!.body)).toMatch(/^`會考`\n\n## 解法\n/);
  });
});

describe('a question on several lines', () => {
  test('its hard breaks read as spaces in its prompt, not as a backslash', () => {
    const text =
      '## Problem 1\n\nFind a closed form for  \n$Q_0 = \\alpha$, then  \n$Q_n$.\n\n## Solution\n\nIt repeats.\n\n## Problem 2\n\nWhy?\n\n## Solution\n\nBecause.\n';
    const [first] = read(text).answerSet!.answers;
    expect(first!.prompt).toBe('Find a closed form for $Q_0 = \\alpha$, then $Q_n$.');
  });
});
