import { describe, expect, test } from 'vitest';
import { seriesKey } from '../model/question-id.ts';
import { testAnswer } from '../testing/sources.ts';
import { checkAnswers } from './checks.ts';

const body = {
  type: 'root' as const,
  children: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value: 'An answer.' }] }],
};
const at = (number: number, file: string, line: number) =>
  testAnswer(number, { file, body, position: { start: { line, column: 1 }, end: { line, column: 1 } } });

describe('numbering checks', () => {
  test('a folder’s files each keep their own order: review questions after problems are in no order with them', () => {
    const R = (n: number) => seriesKey('R', n);
    const P = (n: number) => seriesKey('P', n);
    const answers = [at(P(1), 'problems.md', 1), at(P(2), 'problems.md', 5), at(R(1), 'questions.md', 1), at(R(2), 'questions.md', 5)];
    expect(checkAnswers({ file: 'sources/101', answers, linesOf: () => undefined }).map((d) => d.ruleId)).toEqual([]);
  });

  test('within one file, a number lower than one before it is still out of order', () => {
    const answers = [at(1, 'a.md', 1), at(3, 'a.md', 3), at(2, 'a.md', 5)];
    expect(checkAnswers({ file: 'sources/101', answers, linesOf: () => undefined }).map((d) => d.ruleId)).toContain('out-of-order');
  });
});
