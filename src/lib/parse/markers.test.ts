import { describe, expect, test } from 'vitest';
import { cellMarker, markerWords, matchMarker } from './markers.ts';
import { seriesKey } from '../model/question-id.ts';

describe('question markers', () => {
  test('recognise numbers with punctuation, prefix words and sub-parts', () => {
    expect(matchMarker('3. What is it?')).toMatchObject({ number: 3, prefixed: false, length: 3 });
    expect(matchMarker('Exercise 12')).toMatchObject({ number: 12, prefixed: true });
    expect(matchMarker('Question 3: Range vs constant')).toMatchObject({ number: 3, length: 12 });
    expect(matchMarker('Q3.')).toMatchObject({ number: 3, prefixed: true });
    expect(matchMarker('3b) How?')).toMatchObject({ number: 3, subpart: 'b' });
  });

  test('read `Exercise` as learners spell it', () => {
    for (const word of ['Excercise', 'Exercice', 'Exerecise', 'Exersise'])
      expect(matchMarker(`${word} 1.7`, { heading: true })).toMatchObject({ number: 7, chapter: 1, prefixed: true });
    expect(matchMarker('Express 3. yourself')).toBeUndefined();
  });

  test('read numbers and exercise words as Chinese, Japanese and Korean write them, with no space', () => {
    expect(matchMarker('1.说明矩阵A转置两次之后还是A本身')).toMatchObject({ number: 1, prefixed: false });
    expect(matchMarker('2、验证结果一样')).toMatchObject({ number: 2 });
    expect(matchMarker('练习3', { heading: true })).toMatchObject({ number: 3, prefixed: true });
    expect(matchMarker('习题2.1', { heading: true })).toMatchObject({ number: 1, chapter: 2, prefixed: true });
    expect(matchMarker('問題4', { heading: true })).toMatchObject({ number: 4, prefixed: true });
    expect(matchMarker('2.5倍')).toBeUndefined();
  });

  test('read a series’ letter before its chapter and number, as Goodrich prints R-1.1, C-1.13, P-1.29', () => {
    expect(matchMarker('R-1.1', { emphasised: true })).toMatchObject({
      number: seriesKey('R', 1),
      chapter: 1,
      lettered: true,
      letterFirst: true,
    });
    expect(matchMarker('C-1.13 Give pseudo-code.', { heading: true })).toMatchObject({ number: seriesKey('C', 13), chapter: 1 });
    expect(matchMarker('R-1.1.2', { heading: true })?.letterFirst).toBeUndefined();
  });

  test('leave numbers that start prose alone', () => {
    expect(matchMarker('2023 results')).toBeUndefined();
    expect(matchMarker('1.5 seconds is enough')).toBeUndefined();
    expect(matchMarker('3D convolutions')).toBeUndefined();
    // A paragraph needs the prefix and punctuation: `Question 3 was hard` is prose.
    expect(matchMarker('Question 3 was hard', { label: true })).toBeUndefined();
    expect(matchMarker('Q3: Why?', { label: true })).toMatchObject({ number: 3 });
  });

  test('read an exercise id printed with its chapter as that chapter and number', () => {
    expect(matchMarker('Exercise 3.4')).toMatchObject({ number: 4, chapter: 3, prefixed: true });
    expect(matchMarker('Ex. 3.11: Give the Bellman equation')).toMatchObject({ number: 11, chapter: 3, length: 10 });
    expect(matchMarker('3.4. Give a table')).toMatchObject({ number: 4, chapter: 3, length: 5 });
    expect(matchMarker('3-4) Give a table')).toMatchObject({ number: 4, chapter: 3 });
    expect(matchMarker('3.4 Give a table', { heading: true })).toMatchObject({ number: 4, chapter: 3, length: 4 });
    // A space of another width, as `&emsp;` or a no-break space writes it, parts the id from its words.
    expect(matchMarker('3.1\u2003读写磁盘文件', { heading: true })).toMatchObject({ number: 1, chapter: 3, length: 4 });
    expect(matchMarker('Exercise\u00a03.4')).toMatchObject({ number: 4, chapter: 3, prefixed: true });
    expect(matchMarker('*Exercise 3.1*')).toBeUndefined();
    // A decimal in prose, a section number and a section-exercise id are not chapter ids.
    expect(matchMarker('3.4 Give a table')).toBeUndefined();
    expect(matchMarker('2.3.1 Insertion sort', { heading: true })).toBeUndefined();
  });

  test('read an exercise id within a section as its section and number', () => {
    expect(matchMarker('2.1-3 Illustrate', { heading: true })).toMatchObject({ number: 103, chapter: 2, sectioned: true });
    expect(matchMarker('Exercise 2.3-7:')).toMatchObject({ number: 307, chapter: 2, sectioned: true, prefixed: true });
    expect(matchMarker('Exercise 2.1.2 Rewrite')).toMatchObject({ number: 102, chapter: 2, sectioned: true });
    // Alone, `2.3.1` is a section's heading, not an exercise.
    expect(matchMarker('2.3.1 Insertion sort', { heading: true })).toBeUndefined();
  });

  test('count the words of a line that are its marker or answer label', () => {
    expect(markerWords('## Question 3: Why?')).toBe(2);
    expect(markerWords('**Q3.** What is it?')).toBe(1);
    expect(markerWords('   11. When would you…')).toBe(1);
    expect(markerWords('A3: Because.')).toBe(1);
    expect(markerWords('   - A plain bullet')).toBe(0);
  });
});

describe('numbers in headings', () => {
  test('a heading may follow its number with a space alone when it asks: `# 3 What makes …?`', () => {
    expect(matchMarker('3 What makes standards important for protocols?', { heading: true })).toMatchObject({ number: 3, length: 2 });
    expect(matchMarker('2019 results', { heading: true })).toBeUndefined();
    expect(matchMarker('3 ways to split a list', { heading: true })).toBeUndefined();
    expect(matchMarker('3 What makes standards important?')).toBeUndefined();
  });
});

describe('lettered ids', () => {
  test('`R12.`, `## P3`, `Problem P3:` are ids of a lettered series; labels and words are not', () => {
    expect(matchMarker('R12. Hosts are end systems.')).toMatchObject({ number: seriesKey('R', 12), lettered: true, length: 5 });
    expect(matchMarker('P3 Circuit switching', { heading: true })).toMatchObject({ number: seriesKey('P', 3), lettered: true });
    expect(matchMarker('Problem P3: delay', { label: true })).toMatchObject({ number: seriesKey('P', 3), prefixed: true });
    expect(matchMarker('A3: the answer')?.lettered).toBeUndefined();
    // A lower-case letter after the number is a part of the problem, as `3a` is of exercise 3.
    expect(matchMarker('P3a. Which suits it better?', { heading: true })).toMatchObject({ number: seriesKey('P', 3), subpart: 'a' });
    expect(matchMarker('P3ab is no id')).toBeUndefined();
    expect(matchMarker('Q3. Why?')).toMatchObject({ number: 3, prefixed: true });
    expect(matchMarker('CO2 levels rise.')).toBeUndefined();
    expect(matchMarker('P3 is slower than P2', {})).toBeUndefined();
  });
  test('read a number after a lettered id’s dot as a part of it', () => {
    expect(matchMarker('2M1.1', { heading: true })).toMatchObject({ number: seriesKey('M', 1), chapter: 2, subpart: '1', lettered: true });
    expect(matchMarker('2M1.', { heading: true })).toMatchObject({ number: seriesKey('M', 1), chapter: 2 });
    expect(matchMarker('2M1.', { heading: true })?.subpart).toBeUndefined();
  });
  test('a cell or comment may follow an id printed with its chapter with its words directly, not a bare number', () => {
    expect(cellMarker('3-9 dinner guests (show how long the list is)')).toMatchObject({ number: 9, chapter: 3 });
    expect(cellMarker('5.) What is it?')).toMatchObject({ number: 5 });
    expect(cellMarker('3 dinner guests')).toBeUndefined();
  });
});

describe('numbers in words and chapter labels', () => {
  test('`Question Twenty-One` is question 21; `Chapter 1-6` in a heading is exercise 6 of chapter 1', () => {
    expect(matchMarker('Question Twenty-One: Prove it.')).toMatchObject({ number: 21, prefixed: true });
    expect(matchMarker('Chapter 1-6', { heading: true })).toMatchObject({ number: 6, chapter: 1 });
    expect(matchMarker('Chapter 1-6 was long.')).toBeUndefined();
  });

  test('`Problem #1` and `Exercise No. 3` number their question as `Problem 1` does', () => {
    expect(matchMarker('Problem #1', { heading: true })).toMatchObject({ number: 1, prefixed: true });
    expect(matchMarker('Exercise No. 3: Sort it.')).toMatchObject({ number: 3, prefixed: true });
    expect(matchMarker('#1 priority is speed.')).toBeUndefined();
  });

  test('a heading that names the answer to an exercise heads it: `Solution 8.1`, `Answer to Exercise 3`, not `Solution 1.`', () => {
    expect(matchMarker('Solution 8.1', { heading: true })).toMatchObject({ number: 1, chapter: 8, prefixed: true });
    expect(matchMarker('Answer to Exercise 3', { heading: true })).toMatchObject({ number: 3, prefixed: true });
    expect(matchMarker('Solution 1.', { heading: true })).toBeUndefined();
    expect(matchMarker('HA 2.1', { heading: true })).toMatchObject({ number: 1, chapter: 2, prefixed: true });
    expect(matchMarker('HA 2', { heading: true })).toBeUndefined();
    expect(matchMarker('Solution 8.1 is short.')).toBeUndefined();
  });
});
