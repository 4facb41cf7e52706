import { describe, expect, test } from 'vitest';
import { placeByContent } from './content.ts';
import type { Answer } from '../model/model.ts';
import { testAnswer, testSource } from '../testing/sources.ts';
import { parseMarkdown } from '../read/markdown.ts';

const answer = (number: number, text: string, extra: Partial<Answer> = {}): Answer =>
  testAnswer(number, {
    body: parseMarkdown(text),
    position: { start: { line: number, column: 1 }, end: { line: number, column: 1 } },
    ...extra,
  });
const source = testSource;

/** What each question is about, in words a learner would use. */
const topics = [
  'gradient descent steps downhill along the slope of the loss with a learning rate',
  'overfitting memorises noise in the training data, so regularisation and more data help',
  'a decision tree splits nodes on features by gini impurity until leaves are pure',
  'bagging trains ensembles on bootstrap samples and averages their votes',
  'principal component analysis projects data onto the directions of largest variance',
  'k-means clustering assigns points to the nearest centroid and moves centroids to the mean',
];
const set = (id: string, numbering: (index: number) => number, wording = (text: string) => text) =>
  source(
    id,
    topics.map((topic, i) => answer(numbering(i), wording(topic))),
  );

describe('placing answers by what they say', () => {
  test('a source numbered after another edition is renumbered by the other sources’ answers, with a warning', () => {
    const draft = [3, 1, 2, 6, 4, 5];
    const sources = [
      set('a', (i) => i + 1),
      set(
        'b',
        (i) => i + 1,
        (text) => `In short, ${text}.`,
      ),
      set(
        'c',
        (i) => draft[i]!,
        (text) => `My answer: ${text}!`,
      ),
    ];
    const diagnostics = placeByContent(sources);
    expect(sources[2]!.answerSet.answers.map((a) => serialisedTopic(a))).toEqual(topics.map((_, i) => i));
    expect(sources[2]!.answerSet.answers.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6]);
    // Each moved answer keeps the id its source wrote, for its pages to say.
    expect(sources[2]!.answerSet.answers.map((a) => a.written)).toEqual(['3', '1', '2', '6', '4', '5']);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: 'content/sources/c.txt', ruleId: 'renumbered-by-content' });
    expect(diagnostics[0]!.message).toMatch(/another edition’s numbering|another edition's numbering/);
  });

  test('a source whose numbers mostly fit keeps them, even where one answer reads as another question’s', () => {
    const swapped = [1, 2, 3, 4, 6, 5];
    const sources = [set('a', (i) => i + 1), set('b', (i) => i + 1), set('c', (i) => swapped[i]!)];
    expect(placeByContent(sources)).toEqual([]);
    expect(sources[2]!.answerSet.answers.map((a) => a.number)).toEqual(swapped);
  });

  test('an id the book prints that no other source answers stays, however much it reads like another question’s answer', () => {
    // Two sources answer 1.1, 1.3, 1.5 and 1.6 of a book numbered by sections; a third prints 1.1 to 1.6, four of them on no one's page.
    const printed = (number: number) => ({ chapter: 1, sectioned: true as const, number: 100 + number });
    const picked = [1, 3, 5, 6];
    const sparse = (id: string) =>
      source(
        id,
        picked.map((n) => answer(100 + n, topics[n - 1]!, printed(n))),
      );
    const all = source(
      'c',
      topics.map((topic, i) => answer(101 + i, `So: ${topics[(i + 2) % topics.length]!}`, printed(i + 1))),
    );
    const sources = [sparse('a'), sparse('b'), all];
    expect(placeByContent(sources)).toEqual([]);
    // No answer moved: none carries another id than the one its source wrote.
    expect(all.answerSet.answers.map((a) => a.written)).toEqual(topics.map(() => undefined));
  });

  test('an answer that words its own number’s question stays where it is', () => {
    const draft = [2, 1, 4, 3, 6, 5];
    const prompts = ['How does gradient descent work?', 'What is overfitting?', 'How does a decision tree split?'];
    const sources = [
      source(
        'a',
        topics.map((topic, i) => answer(i + 1, topic, prompts[i] ? { prompt: prompts[i] } : {})),
      ),
      set('b', (i) => i + 1),
      source(
        'c',
        topics.map((topic, i) => answer(draft[i]!, topic, { prompt: prompts[draft[i]! - 1] ?? 'Explain.' })),
      ),
    ];
    placeByContent(sources);
    // Its first three words are their numbers' questions (2, 1, 4 as the others word 2, 1 and nothing for 4).
    expect(sources[2]!.answerSet.answers.find((a) => a.prompt === 'What is overfitting?')!.number).toBe(2);
  });
});

function serialisedTopic(answer: Answer): number {
  const text = JSON.stringify(answer.body);
  return topics.findIndex((topic) => text.includes(topic.split(' ').slice(0, 3).join(' ')));
}
