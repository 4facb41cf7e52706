import { describe, expect, test } from 'vitest';
import type { Answer } from '../model/model.ts';
import { seriesKey } from '../model/question-id.ts';
import { numberedFit } from './best-reading.ts';
import { promptPool } from './prompt-index.ts';

const answer = (number: number, prompt: string): Answer =>
  ({
    number,
    prompt,
    body: { type: 'root', children: [] },
    position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
  }) as Answer;

describe('how well a file’s numbers fit the guide’s questions', () => {
  const R = (n: number) => seriesKey('R', n);
  const P = (n: number) => seriesKey('P', n);
  const prompts = promptPool([
    new Map([
      [R(1), ['How is a host different from an end system?']],
      [R(15), ['Why do content providers build networks of their own?']],
      [P(12), ['How long does the new packet wait in the queue?']],
    ]),
  ]).without(-1);

  test('counts a bare number as the lettered series the file does not print itself, as the guide will read it', () => {
    const answers = [
      answer(1, 'How is a host different from an end system?'),
      answer(15, 'Why do content providers build networks of their own?'),
      answer(P(12), 'How long does the new packet wait in the queue?'),
    ];
    expect(numberedFit(answers, prompts)).toBe(3);
  });

  test('counts an id the book prints that no other source words (R8) as a question of its own, but not a bare number', () => {
    expect(numberedFit([answer(R(8), 'Which arguments to range give 50, 60, 70, 80?')], prompts)).toBe(1);
    expect(numberedFit([answer(8, 'Which arguments to range give 50, 60, 70, 80?')], prompts)).toBe(0);
  });

  test('takes a point off a number whose wording is another question’s', () => {
    expect(numberedFit([answer(1, 'Why do content providers build networks of their own?')], prompts)).toBe(-1);
  });

  test('counts the file’s R1 as the guide’s bare 1 where the guide knows the review questions by bare numbers', () => {
    const bare = promptPool([
      new Map([
        [1, ['How is a host different from an end system?']],
        [15, ['Why do content providers build networks of their own?']],
        [P(12), ['How long does the new packet wait in the queue?']],
      ]),
    ]).without(-1);
    const answers = [
      answer(R(1), 'How is a host different from an end system?'),
      answer(R(15), 'Why do content providers build networks of their own?'),
      answer(P(12), 'How long does the new packet wait in the queue?'),
    ];
    expect(numberedFit(answers, bare)).toBe(3);
  });
});
