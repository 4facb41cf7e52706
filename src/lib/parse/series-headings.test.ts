import { describe, expect, test } from 'vitest';
import { parseAnswerSet } from './index.ts';
import { printedId } from '../model/question-id.ts';

const ids = (text: string) => parseAnswerSet({ id: '001', file: 'a.md', text }).answerSet!.answers.map((a) => printedId(a.number));

describe('lettered series named by headings', () => {
  test('numbers that start again under headings whose initials differ are the series those initials name', () => {
    const text = '## Review Questions\n\n1. Hosts.\n2. Rules.\n\n## Problems\n\n1. Left out.\n2. NL/R.\n';
    expect(ids(text)).toEqual(['R1', 'R2', 'P1', 'P2']);
    expect(ids('## Easy\n\n1. a\n2. b\n\n## Medium\n\n1. c\n\n## Hard\n\n1. d\n')).toEqual(['E1', 'E2', 'M1', 'H1']);
  });

  test('the book’s own exercises keep their plain numbers beside a second series, in English and Chinese', () => {
    expect(ids('## Exercises\n\n1. a\n2. b\n\n## Programming Projects\n\n1. c\n2. d\n')).toEqual(['1', '2', 'P1', 'P2']);
    // A number written twice in a row (`2.`, `2.`) is a slip, not the start of another series.
    expect(ids('### 练习题\n\n1. a\n2. b\n2. c\n\n### 编程题\n\n1. d\n2. e\n')).toEqual(['1', '2', '3', 'P1', 'P2']);
  });

  test('one heading, a numbering that goes on, or headings with one initial keep the plain numbers', () => {
    expect(ids('## Problems\n\n1. a\n2. b\n')).toEqual(['1', '2']);
    expect(ids('## Review\n\n1. a\n2. b\n\n## Problems\n\n3. c\n')).toEqual(['1', '2', '3']);
    // Headings with one initial name no series: the second part's numbers go on from the first's.
    expect(ids('## Part one\n\n1. a\n2. b\n\n## Part two\n\n1. c\n2. d\n')).toEqual(['1', '2', '3', '4']);
  });
});

describe('runs numbered from 1 under a heading of their own', () => {
  test('each run goes on from the one before it, as the chapter numbers its exercises', () => {
    const text =
      '## Plots\n\nNotes.\n\n### Exercises\n\n1) a\n\n2) b\n\n## Facets\n\nMore notes.\n\n### Exercises\n\n1) c\n\n2) d\n\n3) e\n';
    expect(ids(text)).toEqual(['1', '2', '3', '4', '5']);
  });

  test('a list that starts again inside an answer, with no heading above it, is part of that answer', () => {
    expect(ids('1) a\n\n2) b\n\n3) c\n\nSteps:\n\n1) d\n')).toEqual(['1', '2', '3']);
  });
});
