import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadGuide } from '../build/load.ts';
import { parseMarkdown } from '../read/markdown.ts';
import { extractConcepts, oneEditApart } from './extract.ts';
import { buildGlossaryIndex } from './glossary.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const glossary = buildGlossaryIndex(loadGuide(join(root, 'content'), root).guide!.glossary);
/** Concept key → the phrase the answer used, with `(code)` when only a code block names it. */
const concepts = (markdown: string) =>
  Object.fromEntries(
    extractConcepts(parseMarkdown(markdown), glossary).map((found) => [found.key, `${found.phrase}${found.inCode ? ' (code)' : ''}`]),
  );

describe('single-word concepts', () => {
  test('count as items of a list of concepts in prose', () => {
    const found = concepts('TensorFlow offers sparse tensors, tensor arrays, ragged tensors, queues, string tensors, and sets.');
    expect(found).toMatchObject({ queue: 'queues', set: 'sets', sparsetensor: 'sparse tensors' });
  });

  test('count as bare list items', () => {
    expect(concepts('- Queues\n- Dataset\n- Variable\n')).toEqual({ queue: 'Queues', dataset: 'Dataset', variable: 'Variable' });
  });

  test('do not count in an everyday sentence', () => {
    expect(concepts('Set the learning rate before you queue the jobs.')).toEqual({});
  });
});

describe('concepts in code', () => {
  test('a code block’s comments are read as prose, and such a concept is marked as named in code only', () => {
    const found = concepts('```python\nx = tf.constant([1, 2])  # a ragged tensor would allow rows of any length\n```\n');
    expect(found).toMatchObject({ raggedtensor: 'ragged tensor (code)' });
  });

  test('a fence that holds a list of words, not code, is read as prose', () => {
    expect(concepts('```\nsparse tensors, ragged tensors, queues\n```\n')).toEqual({
      sparsetensor: 'sparse tensors (code)',
      raggedtensor: 'ragged tensors (code)',
      queue: 'queues (code)',
    });
  });

  test('prose wording wins over a code block for the cell', () => {
    expect(concepts('```python\n# sparse tensors\n```\n\nUse `tf.SparseTensor` here.')).toMatchObject({ sparsetensor: 'tf.SparseTensor' });
  });
});

describe('misspellings', () => {
  test('a phrase one edit away from a term counts, with the source’s own words', () => {
    expect(concepts('Spare tensors store only the non-zero values.')).toMatchObject({ sparsetensor: 'Spare tensors' });
  });

  test('identifiers and short words never match loosely', () => {
    expect(concepts('Tensorflow is fast.')).toEqual({});
    expect(oneEditApart('sparse', 'spare')).toBe(true);
    expect(oneEditApart('tensor', 'tesnor')).toBe(true);
    expect(oneEditApart('tensor', 'sensors')).toBe(false);
  });
});

describe('labels that structure an answer', () => {
  test('`**Code**:`, `**Output:**` and `Result:` head parts of an answer and name no concept', () => {
    expect(concepts('**Code**:\n\n```python\nprint(1)\n```\n\n**Output:**\n\n```\n1\n```\n\nResult: it prints one.\n')).toEqual({});
  });
});
