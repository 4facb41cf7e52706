import { describe, expect, test } from 'vitest';
import { parseMarkdown } from '../read/markdown.ts';
import { choiceOptions, readChoice } from './choice.ts';

const body = (text: string) => parseMarkdown(text);

describe('either-or questions', () => {
  test('name their two options in a sentence that asks', () => {
    expect(
      choiceOptions(
        'If your AdaBoost ensemble underfits, which hyperparameters should you tweak? Should you increase or decrease the learning rate?',
      ),
    ).toEqual(['increase', 'decrease']);
    expect(choiceOptions('Is it better to use hard or soft voting?')).toEqual(['hard', 'soft']);
    expect(choiceOptions('Would you expect the flexible method to be better or worse?')).toEqual(['better', 'worse']);
  });

  test('a yes/no question, `or not` and a list are not either-or', () => {
    expect(choiceOptions('Is it possible to speed up training of a bagging ensemble?')).toBeUndefined();
    expect(choiceOptions('Is TensorFlow a drop-in replacement for NumPy or not?')).toBeUndefined();
    expect(choiceOptions('Name two or more ensemble methods. Bagging or pasting is fine.')).toBeUndefined();
  });

  test('an answer chooses the option its first deciding sentence names, or the other one when it rejects it', () => {
    const options = ['increase', 'decrease'] as const;
    expect(readChoice(body('You can add estimators. Decreasing the learning rate also helps.'), options)).toEqual({
      choice: 'decrease',
      evidence: 'Decreasing the learning rate also helps.',
    });
    expect(readChoice(body('You should not increase the learning rate.'), options).choice).toBe('decrease');
    expect(readChoice(body('Decrease it rather than increase it.'), options).choice).toBe('decrease');
    expect(readChoice(body('Increase the learning rate slightly.'), options).choice).toBe('increase');
    expect(readChoice(body('Use more estimators.'), options)).toEqual({ choice: 'unclear', evidence: '' });
    expect(readChoice(body('The nodes below the root end up with a Gini under their parent’s.'), ['lower', 'greater']).choice).toBe(
      'lower',
    );
  });

  test('a Chinese answer chooses in its own words', () => {
    const options = ['increase', 'decrease'] as const;
    expect(readChoice(body('应该降低学习率。'), options)).toEqual({ choice: 'decrease', evidence: '应该降低学习率。' });
    expect(readChoice(body('不要提高学习率。'), options).choice).toBe('decrease');
    expect(readChoice(body('可以增加估计器的数量。'), options).choice).toBe('increase');
  });
});
