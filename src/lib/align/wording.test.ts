import { describe, expect, test } from 'vitest';
import { placeByWording } from './wording.ts';
import { testAnswer, testSource } from '../testing/sources.ts';

const prompts = [
  'What does a tidy dataset keep in each column of the table?',
  'Why does this gather call on the wide table fail with an error?',
  'Why can this tibble of people not be spread into columns?',
  'Make the small pregnancy tibble tidy by gathering or spreading it.',
];
const guide = (id: string) =>
  testSource(
    id,
    prompts.map((prompt, i) => testAnswer(i + 1, { prompt })),
  );

describe('answers placed by their own wording', () => {
  test('an answer whose question is another number’s moves there when the source has none there', () => {
    const source = testSource('s', [testAnswer(1, { prompt: prompts[0] }), testAnswer(2, { prompt: prompts[2] })]);
    const diagnostics = placeByWording([guide('a'), guide('b'), source]);
    expect(source.answerSet.answers.map((a) => a.number)).toEqual([1, 3]);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['mismatched-question']);
  });

  test('of two answers that word the same free question, only the closer moves, so neither is lost', () => {
    const source = testSource('s', [
      testAnswer(1, { prompt: prompts[0] }),
      testAnswer(2, { prompt: `${prompts[2]} Explain.` }),
      testAnswer(4, { prompt: prompts[2] }),
    ]);
    placeByWording([guide('a'), guide('b'), source]);
    expect(source.answerSet.answers.map((a) => a.number).sort()).toEqual([1, 2, 3]);
  });

  test('an answer worded as a question far across the chapter stays where its source put it', () => {
    const source = testSource('s', [testAnswer(4, { prompt: prompts[0] }), testAnswer(2, { prompt: prompts[1] })]);
    expect(placeByWording([guide('a'), guide('b'), source])).toEqual([]);
    expect(source.answerSet.answers.map((a) => a.number)).toEqual([4, 2]);
  });
});
