import { describe, expect, test } from 'vitest';
import { parseAnswerSet } from './index.ts';
import { exerciseForm } from '../read/script-read.ts';
import { parseFolder } from './folder.ts';

const read = (file: string, text: string) =>
  parseAnswerSet({ id: '001', file, text }).answerSet?.answers.map((answer) => ({
    id: `${answer.chapter ?? ''}.${answer.number}`,
    first: answer.body.children[0]?.type === 'code' ? answer.body.children[0].value.split('\n', 1)[0] : answer.body.children[0]?.type,
  }));

describe('code that names an exercise', () => {
  test('a top-level form or function named after an exercise names it; a call inside code does not', () => {
    expect(exerciseForm('(Exercise ?1.3)')).toBe('Exercise 1.3');
    expect(exerciseForm('(exercise 2.17')).toBe('exercise 2.17');
    expect(exerciseForm('def exercise_3():')).toBe('exercise 3');
    expect(exerciseForm('def exercise_1_3():')).toBe('exercise 1.3');
    expect(exerciseForm('function problem2() {')).toBe('problem 2');
    expect(exerciseForm('  (exercise 1.3)')).toBeUndefined();
    expect(exerciseForm('(define (exercise-helper x) x)')).toBeUndefined();
    expect(exerciseForm('def ex3():')).toBeUndefined();
    expect(exerciseForm('(exercises-done 3)')).toBeUndefined();
    // A test case's method is a definition, indented in its class; a call inside an answer is not.
    expect(exerciseForm('    def test_problem10(self):')).toBe('problem 10');
    expect(exerciseForm('    problem10(self)')).toBeUndefined();
    expect(exerciseForm('    def problem10(self):')).toBeUndefined();
  });

  test('a function whose whole name spells its exercise’s number names it (`def one(s):`); one that only starts so does not', () => {
    expect(exerciseForm('def one(s):')).toBe('Exercise 1');
    expect(exerciseForm('def problem_nine(a, b):')).toBe('Exercise 9');
    expect(exerciseForm('def one_hot(target):')).toBeUndefined();
    expect(exerciseForm('    def two(self):')).toBeUndefined();
    const text = 'def one(s):\n\treturn len(set(s)) == len(s)\n\nassert one("abc")\n\ndef two(a, b):\n\treturn sorted(a) == sorted(b)\n';
    expect(read('a.py', text)?.map((answer) => answer.id)).toEqual(['.1', '.2']);
  });

  test('a Scheme file whose exercises are forms is split at them, each form kept as the answer’s first code', () => {
    const text = [
      '(Section :1.1 "Elements")',
      '(define (square x) (* x x))',
      '',
      '(Exercise ?1.1)',
      '',
      '10 => 10',
      '',
      '(Exercise ?1.2',
      '  (use (:1.1.4 square)))',
      '',
      ';; The operator is chosen by the sign of b.',
      '(square 3) => 9',
      '(Exercise ?1.3)',
      '(square 4) => 16',
    ].join('\n');
    expect(read('chapter-1.ss', text)).toEqual([
      { id: '1.1', first: '(Exercise ?1.1)' },
      { id: '1.2', first: '(Exercise ?1.2' },
      { id: '1.3', first: '(Exercise ?1.3)' },
    ]);
  });

  test('an id one level deeper that goes on from the exercise before it is a part of that exercise', () => {
    const text = ['(Exercise ?1.6)', 'a', '(Exercise ?1.7.1)', 'b', '(Exercise ?1.7.2)', 'c', '(Exercise ?1.8)', 'd'].join('\n');
    expect(read('chapter-1.ss', text)?.map((answer) => answer.id)).toEqual(['1.6', '1.7', '1.8']);
  });

  test('a Python module of one function per exercise is split at them', () => {
    const text = ['import numpy as np', '', 'def exercise_1():', '    return 1', '', 'def exercise_2():', '    return 2'].join('\n');
    expect(read('answers.py', text)?.map((answer) => answer.id)).toEqual(['.1', '.2']);
  });
});

describe('a folder whose README and code number the same answers', () => {
  test('the README’s list and the code file beside it answer each number together, and a number alone on a comment’s first line marks it', () => {
    const readme = '# Solutions\n\n1. Code in src.\n2. Code in src.\n3. Defining `||` with patterns.\n';
    const code = [
      'module Chapter4 where',
      '',
      '-- 1',
      'halve xs = splitAt 2 xs',
      '',
      '-- 2',
      '-- With head and tail',
      'third = head . tail . tail',
      '',
    ].join('\n');
    const { answerSet } = parseFolder('content/sources/001', [
      { name: 'README.md', file: 'content/sources/001/README.md', kind: 'file', text: readme },
      { name: 'src/Chapter4.hs', file: 'content/sources/001/src/Chapter4.hs', kind: 'file', text: code },
    ]);
    const answers = answerSet!.answers.map((answer) => [answer.number, JSON.stringify(answer.body)]);
    expect(answers.map(([number]) => number)).toEqual([1, 2, 3]);
    expect(answers[0]![1]).toContain('halve xs');
    expect(answers[1]![1]).toContain('third = head');
    expect(answers[1]![1]).toContain('With head and tail');
  });
});

describe('comments in a block of code that name exercises', () => {
  test('split one chunk of answers at them, each part its answer', () => {
    const text = [
      '## Practice',
      '',
      '```{r}',
      '# 3E1',
      'mean(samples < 0.2)',
      '',
      '# 3E2',
      'mean(samples > 0.8)',
      '```',
      '',
      '3M1. ',
      '',
      '```{r}',
      'grid <- seq(0, 1)',
      '```',
    ].join('\n');
    expect(read('answers.qmd', text)).toEqual([
      { id: '3.20001', first: '# 3E1' },
      { id: '3.20002', first: '# 3E2' },
      { id: '3.40001', first: 'grid <- seq(0, 1)' },
    ]);
  });

  test('leave a block whose comments number steps (`## 2.1.`) whole', () => {
    const text = [
      '## Exercise 4',
      '',
      '```r',
      '##2.1. Pull the case counts',
      'cases <- t2[1]',
      '##2.2. Pull the population',
      'pop <- t2[2]',
      '```',
    ].join('\n');
    expect(read('answers.Rmd', text)).toEqual([{ id: '.4', first: '##2.1. Pull the case counts' }]);
  });

  test('leave a block whose comments repeat one id, or name bare numbers, whole', () => {
    const text = [
      '## Exercise 3',
      '',
      '```python',
      '# Exercise 3, part a',
      'x = 1',
      '# Exercise 3, part b',
      'y = 2',
      '# 1. load',
      'z = 3',
      '```',
    ].join('\n');
    expect(read('answers.md', text)).toEqual([{ id: '.3', first: '# Exercise 3, part a' }]);
  });
});

describe('a program’s comment that states its exercise', () => {
  const folder = (files: Record<string, string>) =>
    parseFolder(
      'content/sources/001',
      Object.entries(files).map(([name, text]) => ({ name, file: `content/sources/001/${name}`, kind: 'file' as const, text })),
    ).answerSet!.answers;

  test('is the question up to its first full stop, after the program’s own notes; the notes and code stay the answer', () => {
    const [fetch, dup] = folder({
      'ex08/main.go': [
        '// Fetch prints the content found at a URL.',
        '',
        '// Exercise 1.8: Modify fetch to add the prefix http:// to each argument URL',
        '// if it is missing.',
        '// You might want to use strings.HasPrefix.',
        '',
        'package main',
      ].join('\n'),
      'ex09/main.go': [
        '// Exercise 1.9: Modify fetch to also print the HTTP status code',
        '// found in resp.Status',
        '',
        'package main',
      ].join('\n'),
    });
    expect(fetch!.prompt).toBe('Modify fetch to add the prefix http\\:// to each argument URL if it is missing.');
    expect(JSON.stringify(fetch!.body)).toContain('Fetch prints the content');
    expect(JSON.stringify(fetch!.body)).toContain('You might want to use strings.HasPrefix.');
    // Wrapped over two lines with no full stop: the block is the question whole.
    expect(dup!.prompt).toBe('Modify fetch to also print the HTTP status code found in resp.Status');
  });

  test('in a block comment, without its own id', () => {
    const [answer] = folder({
      'ex03/main.go': '/* Excersize 1.3: Measure the difference in running time\nbetween the two versions */\npackage main\n',
    });
    expect(answer!.prompt).toBe('Measure the difference in running time between the two versions');
  });
});

describe('a script that lists its questions first', () => {
  test('answers numbered again below the list take the listed questions’ words; the list is the introduction', () => {
    const text = [
      '"""',
      '1. Which of these functions are pure?',
      '2. How many functions are there from Bool to Bool?',
      '3. Can you memoize a random number generator?',
      '"""',
      '',
      '# 1',
      'def memoize(f): return f',
      '',
      '# 2',
      'count = 4',
      '',
      '# 3',
      'seeded = memoize(lambda seed: seed)',
    ].join('\n');
    const { answerSet } = parseAnswerSet({ id: '001', file: 'ch2.py', text });
    expect(answerSet!.answers.map((answer) => [answer.number, answer.prompt])).toEqual([
      [1, 'Which of these functions are pure?'],
      [2, 'How many functions are there from Bool to Bool?'],
      [3, 'Can you memoize a random number generator?'],
    ]);
    expect(JSON.stringify(answerSet!.answers[1]!.body)).toContain('count = 4');
  });
});

describe('a text file whose indentation drifted', () => {
  test('ids that Markdown reads as code, between two of the run’s, answer the questions between them', () => {
    const text = [
      '2.1 /* Convert Celsius to Fahrenheit. */',
      'class One {}',
      '',
      '    2.2 (Convert feet into meters)',
      '    Here is a sample run:',
      '    16.5 feet is 5.0292 meters',
      '        2.3 /* Calculate tips */',
      '        class Three {}',
      '            2.4 /* Sum the digits */',
      '            class Four {}',
      '',
      '2.5 /* Find the number of years */',
      'class Five {}',
      '',
    ].join('\n');
    const { answerSet } = parseAnswerSet({ id: '001', file: 'content/sources/001.txt', text });
    expect(answerSet!.answers.map((answer) => answer.number)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('questions in a docstring', () => {
  test('numbered questions, each answered below it, in one string are each a question', () => {
    const text =
      '# Practice Questions\n"""\n1. Which function makes Regex objects?\n\nre.compile()\n\n2. Why use raw strings?\n\nNo escaping.\n\n3. What does search() return?\n\nMatch objects.\n"""\n';
    const answers = parseAnswerSet({ id: '001', file: 'answers.py', text }).answerSet!.answers;
    expect(answers.map((answer) => [answer.number, answer.prompt])).toEqual([
      [1, 'Which function makes Regex objects?'],
      [2, 'Why use raw strings?'],
      [3, 'What does search() return?'],
    ]);
  });
});

describe('a program of one exercise with its setup first', () => {
  test('`#lang` and a require, then `; Exercise 3.3` over a rule, the question in several paragraphs, a rule, the code', () => {
    const question = [
      'Modify make-account so that it takes a password.',
      '(define acc (make-account 100 secret))',
      '((acc secret withdraw) 40)',
      '60',
      '((acc other deposit) 50)',
      '"Incorrect password"',
    ];
    const text = [
      '#lang sicp',
      '(#%require "common.scm")',
      '',
      ';   Exercise 3.3',
      ';   ============',
      ';   ',
      ...question.flatMap((line) => [`;   ${line}`, ';   ']),
      ';   ------------------------------------------------------------------------',
      '',
      '(define (make-account balance password) balance)',
      '',
    ].join('\n');
    const file = (name: string) => ({ name, file: `content/sources/001/${name}`, kind: 'file' as const, text });
    const { answerSet } = parseFolder('content/sources/001', [
      file('exercise-3.03.scm'),
      file('exercise-3.04.scm'),
      file('exercise-3.05.scm'),
    ]);
    const [first] = answerSet!.answers;
    expect(first!.prompt).toMatch(/^Modify make-account so that it takes a password\. .*"Incorrect password"$/);
    expect(first!.body.children.map((node) => node.type)).toEqual(['code', 'code']);
  });
});
