import { describe, expect, test } from 'vitest';
import { align, sharedPrompt, promptDiffers, titleFromPrompt } from './align.ts';
import { testAnswer, testSource } from '../testing/sources.ts';
import { parseAnswerSet } from '../parse/index.ts';

const answer = testAnswer;
const source = testSource;

describe('align', () => {
  test('groups answers by number and leaves skipped questions without an answer', () => {
    const questions = align([source('a', [answer(1), answer(2)]), source('b', [answer(2), answer(3)])]);
    expect(questions.map((q) => [q.number, Object.keys(q.answers)])).toEqual([
      [1, ['a']],
      [2, ['a', 'b']],
      [3, ['b']],
    ]);
  });

  test('prefers a source title, else derives one from the fullest prompt', () => {
    const [q1, q2] = align([
      source('a', [
        answer(1, { prompt: 'Is it fast? Why?' }),
        answer(2, { prompt: 'What are the main rules to respect if you want a function to be convertible to a TF Function?' }),
      ]),
      source('b', [answer(1, { title: 'Speed' })]),
    ]);
    expect(q1).toMatchObject({ title: 'Speed', prompt: 'Is it fast? Why?', slug: '01-speed' });
    expect(q2!.title).toBe('What are the main rules to respect if you want a function…');
  });

  test('takes no paragraph for a title: a label followed by the whole exercise gives its first sentence', () => {
    const statement =
      'Picture two globes, one of the Earth and one of Mars. Water covers 70% of the Earth globe, and the Mars globe is land all over. Show that the posterior probability of Earth comes to 0.23.';
    const [q1] = align([source('a', [answer(1, { title: statement })])]);
    expect(q1!.title).toBe('Picture two globes, one of the Earth and one of Mars');
  });

  test("takes the prompt and title from a source in the guide's language when one gives them", () => {
    const chinese = {
      ...source('zh', [answer(1, { prompt: '什么是张量？它和 NumPy 数组有什么不同？为什么需要它？', title: '张量' })]),
      lang: 'zh',
    };
    const english = source('en', [answer(1, { prompt: 'What is a tensor?' })]);
    expect(align([chinese, english], {}, 'en')[0]).toMatchObject({
      prompt: 'What is a tensor?',
      title: 'What is a tensor',
      slug: '01-what-is-a-tensor',
    });
    // Without a guide language every source's wording competes, and the source title wins.
    expect(align([chinese, english])[0]).toMatchObject({ title: '张量' });
  });

  test('lets content/questions.yaml override title, prompt and slug', () => {
    const [q] = align([source('a', [answer(4, { prompt: 'Old?' })])], {
      '4': { title: 'New', prompt: 'New `prompt`?', slug: 'data-structures' },
    });
    expect(q).toMatchObject({ title: 'New', prompt: 'New `prompt`?', slug: '04-data-structures' });
  });

  test('chooses the wording the sources share over a longer rewording', () => {
    const shared = 'Is TensorFlow a drop-in replacement for NumPy? What are the main differences between the two?';
    const prompts = [
      'Whether TensorFlow may directly replace the NumPy modul? And what is the main diffrences between TensorFlow and NumPy, if any at all?',
      shared,
      'Is TensorFlow a drop-in replacement for NumPy? What are the main differences?',
      shared,
    ];
    expect(sharedPrompt(prompts.map((prompt) => answer(2, { prompt })))).toBe(shared);
  });

  test('between the same words prefers the richer Markdown, and between equals the first source', () => {
    expect(sharedPrompt([answer(1, { prompt: 'Same with tf.range(10)?' }), answer(1, { prompt: 'Same with `tf.range(10)`?' })])).toBe(
      'Same with `tf.range(10)`?',
    );
    expect(sharedPrompt([answer(1, { prompt: 'Short?' }), answer(1, { prompt: 'A longer one?' })])).toBe('Short?');
    expect(sharedPrompt([answer(1)])).toBeUndefined();
  });

  test('derives a title from the first sentence of a prompt', () => {
    expect(titleFromPrompt('Is TensorFlow a drop-in replacement for NumPy? What differs?')).toBe(
      'Is TensorFlow a drop-in replacement for NumPy',
    );
    expect(titleFromPrompt('')).toBeUndefined();
    // An abbreviation's full stop ends no sentence.
    expect(titleFromPrompt('Show that the mode (i.e. the maximum) is at μ. Then explain.')).toBe(
      'Show that the mode (i.e. the maximum) is at μ',
    );
  });

  test('titles a question of numbered parts by its lead', () => {
    expect(titleFromPrompt('Suggest an order for processing 1. (tangerine OR trees) AND skies 2. (eyes OR kaleidoscope)')).toBe(
      'Suggest an order for processing',
    );
    expect(titleFromPrompt('Which documents come back for each query: 1. a AND b 2. a AND NOT b')).toBe(
      'Which documents come back for each query',
    );
    // A number that starts no run of parts stays.
    expect(titleFromPrompt('Explain why 1. is not prime.')).toBe('Explain why 1');
  });

  test('titles a prompt that opens with its own label by its words', () => {
    expect(titleFromPrompt('*Exercise 3.6* Suppose you treated pole-balancing as an episodic task.')).toBe(
      'Suppose you treated pole-balancing as an episodic task',
    );
    expect(titleFromPrompt('3.6 Suppose it is episodic.')).toBe('3.6 Suppose it is episodic');
  });

  test('titles read as text: math as symbols, no Pandoc attributes, no star of a harder exercise', () => {
    expect(titleFromPrompt('Is $2^{n + 1} = O(2^n)$? Is $2^{2n} = O(2^n)$?')).toBe('Is 2ⁿ⁺¹ = O(2ⁿ)');
    expect(titleFromPrompt('$\\star$ Show that $\\lg(n!) = \\Theta(n \\lg n)$.')).toBe('Show that lg (n!) = Θ(n lg n)');
    // The heading's Pandoc attributes are gone once it is parsed, so a heading that is a label and its attributes gives no title.
    const text = 'Exercise 1 {#ch8:ex1 .unnumbered}\n===\n\nA stump.\n\nExercise 2 {#ch8:ex2 .unnumbered}\n===\n\nA tree.\n';
    const parsed = parseAnswerSet({ id: 'a', file: 'a.md', text }).answerSet!.answers;
    expect(align([source('a', parsed)]).map((question) => question.title)).toEqual(['Question 1', 'Question 2']);
  });

  test('a title with math reads as text, while its page keeps the address its written title gives', () => {
    const [question] = align([source('a', [answer(1, { prompt: 'Is $2^{n + 1} = O(2^n)$?' })])]);
    expect(question!.title).toBe('Is 2ⁿ⁺¹ = O(2ⁿ)');
    expect(question!.slug).toBe('01-is-2n--1--o2n');
  });

  test('takes no answer written where a title would be: a sentence that shares nothing with the question it asks', () => {
    const [question] = align([
      source('a', [answer(1, { prompt: 'What does the drv variable describe? Read the help for ?mpg to find out.' })]),
      source('b', [answer(1, { title: 'drv is the drive type f front wheels r rear wheels' })]),
    ]);
    expect(question!.title).toBe('What does the drv variable describe');
  });

  test('prefers a wording that asks to a statement another source wrote where its question would be', () => {
    const asked = 'What’s gone wrong with this code? Why are the points not blue?';
    const answers = [answer(1, { prompt: 'The parenthesis closes in the wrong place.' }), answer(1, { prompt: asked })];
    expect(sharedPrompt(answers)).toBe(asked);
  });

  test('treats prompts that differ only in Markdown as the same wording', () => {
    expect(promptDiffers('Same with tf.range(10)?', 'Same with `tf.range(10)`?')).toBe(false);
    expect(promptDiffers('Same with tf.range(9)?', 'Same with `tf.range(10)`?')).toBe(true);
    expect(promptDiffers(undefined, 'x')).toBe(false);
  });
});
