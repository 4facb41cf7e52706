import { describe, expect, test } from 'vitest';
import { cosine, stemSequence, stems } from './similarity.ts';

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
