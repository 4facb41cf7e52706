import { describe, expect, test } from 'vitest';
import { cosine, nounPhrases, sentences, stemSequence, stems } from './similarity.ts';

describe('words of Chinese and Japanese, written without spaces', () => {
  test('are read as pairs of characters, with the Latin words among them', () => {
    expect(stemSequence('对称矩阵X')).toEqual(['对称', '称矩', '矩阵', 'x']);
  });

  test('two wordings of one question share more than two questions do', () => {
    const asked = stems('对任意方阵A，A加上A的转置一定对称吗?理由?');
    const same = stems('任给一个方阵A，A加上A的转置一定是对称矩阵吗？');
    const other = stems('执行A/A.sum(axis=1)会怎么样？试着解释原因？');
    expect(cosine(asked, same)).toBeGreaterThan(0.4);
    expect(cosine(asked, other)).toBeLessThan(0.1);
  });
});

describe('texts read in any order', () => {
  test("a possessive before punctuation (`algorithm's.`) changes how no later text is read", () => {
    const probe = "The CART training algorithm's cost function is greedy.";
    const before = nounPhrases(probe).map((phrase) => phrase.text);
    nounPhrases("It is the learner's.");
    nounPhrases("Read the algorithm's, then the tree's: both.");
    expect(nounPhrases(probe).map((phrase) => phrase.text)).toEqual(before);
    expect(before).toEqual(['CART training algorithm', 'cost function']);
  });

  test('sentences keep their possessives as written', () => {
    expect(sentences("The tree's depth grows. The forest's does not.")).toEqual(["The tree's depth grows.", "The forest's does not."]);
  });
});

describe('noun phrases end where the verb starts', () => {
  const texts = (text: string) => nounPhrases(text).map((phrase) => phrase.text);

  test('a verb after its subject, tagged as a plural noun, is not part of the phrase', () => {
    expect(texts('Soft voting averages each class probability.')).toEqual(['Soft voting', 'class probability']);
    expect(texts('A large dataset suits it better.')).toEqual(['large dataset']);
  });

  test('a participle and a phrasal verb are not nouns', () => {
    expect(texts('Each new tree fitted on the residual errors.')).toEqual(['new tree', 'residual errors']);
    expect(texts('The nodes that branch out below the root end up with less impurity.')).toEqual(['nodes', 'root', 'impurity']);
  });

  test('a gerund that takes an object is a verb; one that names a technique is a noun', () => {
    expect(texts('A node containing only one class is pure.')).toEqual(['node', 'class']);
    expect(texts('Gradient boosting uses early stopping.')).toEqual(['Gradient boosting', 'early stopping']);
  });
});
