import { describe, expect, test } from 'vitest';
import { parseMarkdown } from '../read/markdown.ts';
import { isYesNoQuestion, readVerdict } from './verdict.ts';

const verdict = (answer: string, prompt: string) => readVerdict(parseMarkdown(answer), prompt).verdict;

describe('yes/no questions', () => {
  test('recognises questions that open with an auxiliary verb', () => {
    expect(isYesNoQuestion('Is TensorFlow a drop-in replacement for NumPy? What differs?')).toBe(true);
    expect(isYesNoQuestion('Do you get the same result with `tf.range(10)`?')).toBe(true);
    expect(isYesNoQuestion('Should you always use a custom loop?')).toBe(true);
  });

  test('does not take a request for a list or a wh-question as yes/no', () => {
    expect(isYesNoQuestion('Can you name six other data structures?')).toBe(false);
    expect(isYesNoQuestion('When would you use each option?')).toBe(false);
  });
});

describe('reading a verdict', () => {
  const same = 'Do you get the same result with `tf.range(10)` and `tf.constant(np.arange(10))`?';

  test('takes an explicit yes or no at the start', () => {
    expect(verdict('Yes, both produce the same values. However, one converts.', same)).toBe('yes');
    expect(verdict('No. They differ in dtype.', same)).toBe('no');
  });

  test('reads agreement from a restatement of the question', () => {
    expect(verdict('- Both `tf.range(10)` and `tf.constant(np.arange(10))` will produce the same result.', same)).toBe('yes');
  });

  test('reads disagreement from an opposite of the question’s words', () => {
    expect(verdict('- As you can see, the results are different:\n  - dtype differs', same)).toBe('no');
  });

  test('reads disagreement from a negation of the question’s claim', () => {
    const prompt = 'Is TensorFlow a drop-in replacement for NumPy?';
    expect(verdict('TensorFlow is not a drop-in replacement for NumPy, although it shares some similarities.', prompt)).toBe('no');
  });

  test('reads a hedge as nuanced', () => {
    const prompt = 'Can custom Keras components contain arbitrary Python code, or must they be convertible to TF Functions?';
    expect(
      verdict('Custom Keras components can contain arbitrary Python code, but they should be convertible to TF Functions.', prompt),
    ).toBe('nuanced');
  });

  test('says unclear when the answer does not address the claim', () => {
    expect(verdict('Functions between the two might be different.', 'Is TensorFlow a drop-in replacement for NumPy?')).toBe('unclear');
  });
});

describe('reading the whole answer', () => {
  const same = 'Do you get the same result with `tf.range(10)` and `tf.constant(np.arange(10))`?';

  test('a later contrast between differing values turns a restated yes into nuanced, citing both sentences', () => {
    const answer =
      'Both `tf.range(10)` and `tf.constant(np.arange(10))` return a one-dimensional tensor containing the integers 0 to 9. However, the former uses 32-bit integers while the latter uses 64-bit integers.';
    const read = readVerdict(parseMarkdown(answer), same);
    expect(read.verdict).toBe('nuanced');
    expect(read.evidence).toContain('integers 0 to 9. … However, the former');
  });

  test('an explicit yes with a later "but they differ" is nuanced, a contrast about something else keeps it yes', () => {
    expect(verdict('Yes, both give 0 to 9. But the dtypes differ.', same)).toBe('nuanced');
    expect(verdict('Yes, both give the same values. However, the latter converts a NumPy array.', same)).toBe('yes');
  });

  test('a yes softened by a modal difference is nuanced', () => {
    expect(verdict('Yes, both give the same values. The dtypes might be different though.', same)).toBe('nuanced');
  });

  test('reads replies that answer without the claim’s words', () => {
    const prompt = 'Is TensorFlow a drop-in replacement for NumPy?';
    expect(verdict('It is not: the API names differ and tensors are immutable.', prompt)).toBe('no');
    expect(verdict('**Answer:** No.', prompt)).toBe('no');
    expect(verdict('Not quite.', prompt)).toBe('nuanced');
  });

  test('skips a repeated question and reads the sentence after it', () => {
    expect(verdict(`${same.replace(/`/g, '')}\nThe values match but the dtypes do not (int32 and int64).`, same)).toBe('nuanced');
  });

  test('a later sentence that only mentions the claim’s words does not answer it', () => {
    const prompt = 'Is TensorFlow a drop-in replacement for NumPy?';
    expect(
      verdict('- Functions between the two might be different.\n- Numpy arrays are mutable, while Tensorflow’s tensors are not.', prompt),
    ).toBe('unclear');
  });

  test('reads a negation written as a contraction, or as "barely"', () => {
    const presort = 'If your training set contains 100,000 instances, will setting presort=True speed up training?';
    expect(verdict('It is a big training set. So presorting won’t make training faster.', presort)).toBe('no');
    const scaling = 'If a decision tree is underfitting the training set, is it a good idea to try scaling the input features?';
    expect(verdict('Trees barely care about feature scale, so rescaling should not change much here', scaling)).toBe('no');
  });

  test('reads a proposal called a waste of time as a no', () => {
    const scaling = 'Is it a good idea to try scaling the input features?';
    expect(verdict('Trees split on thresholds. Scaling the input features will just be a waste of time.', scaling)).toBe('no');
  });

  test('an answer that weighs both sides answers with its conclusion', () => {
    const presort = 'If your training set contains 100,000 instances, will setting presort=True speed up training?';
    const answer = 'Presorting speeds up training but only for sets of a few thousand instances. In that case, we shouldn’t use presort.';
    expect(verdict(answer, presort)).toBe('no');
  });

  test('finds the yes/no question after a colon', () => {
    expect(isYesNoQuestion('Now try again using a stacking classifier instead: do you get better performance?')).toBe(true);
  });
});
