import { describe, expect, test } from 'vitest';
import { seriesKey } from '../model/question-id.ts';
import { testAnswer } from '../testing/sources.ts';
import { checkAnswers } from './checks.ts';
import { parseAnswerSet } from './index.ts';

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

describe('messages about a source', () => {
  test('name its questions as it prints them (`1-4`, not `1.4`)', () => {
    const { diagnostics } = parseAnswerSet({ id: '001', file: 'a.md', text: '## 1-1\n\nOne.\n\n## 1-4\n\nFour.\n' });
    expect(diagnostics.map((d) => d.message)).toEqual([
      'Numbering jumps from 1-1 to 1-4: questions 1-2–1-3 have no answer here; if this answer is question 1-2, renumber it',
    ]);
  });
});

describe('a number written twice in a row', () => {
  const read = (text: string) => parseAnswerSet({ id: '001', file: 'a.md', text });
  test('is a slip for the next one, where that one has no answer and the number after it follows', () => {
    const { answerSet, diagnostics } = read('1. a\n\n2. b\n\n2. c\n\n4. d\n');
    expect(answerSet!.answers.map((a) => a.number)).toEqual([1, 2, 3, 4]);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['numbering-slip']);
  });

  test('is part of the answer above it where the file repeats numbers elsewhere too, or the next one is answered', () => {
    expect(read('1. a\n\n2. b\n\n2. c\n\n3. d\n').answerSet!.answers.map((a) => a.number)).toEqual([1, 2, 3]);
    expect(read('1. a\n\n2. b\n\n2. c\n\n4. d\n\n1. e\n').answerSet!.answers.map((a) => a.number)).not.toContain(3);
  });
});
