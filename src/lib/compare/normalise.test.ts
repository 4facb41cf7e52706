import { describe, expect, test } from 'vitest';
import { isIdentifier, normalisePhrase, normaliseToken, singular, tokenize } from './normalise.ts';

describe('concept normalisation', () => {
  test('merges case, camelCase, plurals and module prefixes', () => {
    const same = ['SparseTensor', 'tf.SparseTensor', 'sparse tensors', 'Sparse Tensors', 'Sparse tensor'];
    expect(new Set(same.map(normalisePhrase))).toEqual(new Set(['sparsetensor']));
    expect(normalisePhrase('TensorArrays')).toBe(normalisePhrase('Tensor arrays'));
    expect(normalisePhrase('TensorFlow')).toBe(normalisePhrase('Tensorflow'));
    expect(normalisePhrase('tf.keras.Model')).toBe(normalisePhrase('keras.Model'));
    expect(normalisePhrase('tf.keras.losses.Loss')).toBe(normalisePhrase('`keras.losses.Loss`'));
  });

  test('keeps a prefix when the rest would be an ordinary word', () => {
    expect(normaliseToken('tf.function')).toBe('tf.function');
    expect(normaliseToken('tf.range')).not.toBe(normaliseToken('range'));
    expect(normaliseToken('keras.Model')).toBe('keras.model');
  });

  test('drops call parentheses and keyword values from code', () => {
    expect(normaliseToken('get_config()')).toBe(normaliseToken('get_config'));
    expect(normaliseToken('dynamic=True')).toBe('dynamic');
  });

  test('irregular and Latin plurals take their dictionary singular; unknown words the regular one', () => {
    expect(['indices', 'series', 'biases', 'analyses', 'vertices', 'hyperparameters', 'data'].map(singular)).toEqual([
      'index',
      'series',
      'bias',
      'analysis',
      'vertex',
      'hyperparameter',
      'data',
    ]);
  });

  test('singularises regular plurals and leaves other words alone', () => {
    expect(['tensors', 'libraries', 'queues', 'boxes', 'loss', 'keras', 'class', 'axis'].map(singular)).toEqual([
      'tensor',
      'library',
      'queue',
      'box',
      'loss',
      'keras',
      'class',
      'axis',
    ]);
  });

  test('joins tokens across spaces and hyphens but not across punctuation', () => {
    expect(tokenize('regular tensors, arrays and drop-in use').map((t) => [t.text, t.joined])).toEqual([
      ['regular', false],
      ['tensors', true],
      ['arrays', false],
      ['and', true],
      ['drop-in', true],
      ['use', true],
    ]);
  });

  test('tells identifiers from words', () => {
    expect(['tf.range', 'SparseTensor', 'int32', 'get_config()', 'TPU'].every(isIdentifier)).toBe(true);
    expect(['queue', 'Dataset', 'sets'].some(isIdentifier)).toBe(false);
  });
});
