import { describe, expect, test } from 'vitest';
import { questionsFromNames } from './file-names.ts';
import { parseFolder } from './folder.ts';
import { promptPool } from './prompt-index.ts';
import { toString } from 'mdast-util-to-string';
import { printedId, SECTION, seriesKey } from '../model/question-id.ts';

const read = (names: string[]) => Object.fromEntries(questionsFromNames(names));

describe('question numbers in file names', () => {
  test('a name that starts with its number, or a shared word and its number', () => {
    expect(read(['3.md', '03-range.txt', 'notes-2019.md'])).toEqual({ '3.md': { number: 3 }, '03-range.txt': { number: 3 } });
    expect(read(['Practice03-05.py', 'Practice06.py'])).toEqual({
      'Practice03-05.py': { number: 3, last: 5 },
      'Practice06.py': { number: 6 },
    });
  });

  test('a number in words after a label such as `q`, not a word that only looks like one', () => {
    expect(read(['q-fifteen.sage', 'q-sixteen.sage', 'q-twenty-one.sage'])).toEqual({
      'q-fifteen.sage': { number: 15 },
      'q-sixteen.sage': { number: 16 },
      'q-twenty-one.sage': { number: 21 },
    });
    expect(read(['one_hot.py', 'two_sum.py'])).toEqual({});
  });

  test('the id an exercise word labels after other numbers: `section3_1_exercise3_1`', () => {
    expect(read(['section3_1_exercise3_1.scm', 'section3_1_exercise3_2.scm', 'section3_3_exercise3_12.scm'])).toEqual({
      'section3_1_exercise3_1.scm': { number: 1, chapter: 3 },
      'section3_1_exercise3_2.scm': { number: 2, chapter: 3 },
      'section3_3_exercise3_12.scm': { number: 12, chapter: 3 },
    });
  });

  test('chapter, section and an exercise numbered on through the chapter: `9.02.03.py` is exercise 9.3', () => {
    expect(read(['9.01.01.py', '9.02.02.py', '9.02.03.py', '9.07.07.py'])).toEqual({
      '9.01.01.py': { number: 1, chapter: 9 },
      '9.02.02.py': { number: 2, chapter: 9 },
      '9.02.03.py': { number: 3, chapter: 9 },
      '9.07.07.py': { number: 7, chapter: 9 },
    });
    // Numbers that start again in each section are the section's exercises.
    expect(read(['Exercise_3.1.1.ipynb', 'Exercise_3.1.2.ipynb', 'Exercise_3.2.1.ipynb'])['Exercise_3.2.1.ipynb']).toEqual({
      number: 2 * SECTION + 1,
      sectioned: true,
      chapter: 3,
    });
  });

  test('files in folders of exercises (`03/quiz/51.rkt`) number answers; the book’s numbered sections beside them are material', () => {
    expect(
      read([
        '03/quiz/51.rkt',
        '03/quiz/52.rkt',
        '02/quiz/27.rkt',
        '03/02-examples/01-logic-puzzles.rkt',
        '03/prelude.rkt',
        '02/evaluator/01-eval.rkt',
      ]),
    ).toEqual({ '03/quiz/51.rkt': { number: 51 }, '03/quiz/52.rkt': { number: 52 }, '02/quiz/27.rkt': { number: 27 } });
  });

  test('three digits that all start with the chapter, padded as ids are: `301.rkt` is 3.1', () => {
    expect(read(['301.rkt', '302.rkt', '382.rkt'])).toEqual({
      '301.rkt': { number: 1, chapter: 3 },
      '302.rkt': { number: 2, chapter: 3 },
      '382.rkt': { number: 82, chapter: 3 },
    });
    // No padded number among them: numbers in the hundreds.
    expect(read(['150.md', '151.md', '199.md'])).toEqual({
      '150.md': { number: 150 },
      '151.md': { number: 151 },
      '199.md': { number: 199 },
    });
  });

  test('a chapter printed before the number, as the book prints its exercise ids', () => {
    expect(read(['ex1-3.scm', 'ex1-10.scm'])).toEqual({
      'ex1-3.scm': { number: 3, chapter: 1, hyphenated: true },
      'ex1-10.scm': { number: 10, chapter: 1, hyphenated: true },
    });
    expect(read(['3.4.md', '3.11.md'])).toEqual({ '3.4.md': { number: 4, chapter: 3 }, '3.11.md': { number: 11, chapter: 3 } });
    // The chapter printed twice: every leading number that never changes is the chapter's.
    expect(read(['ch03_ex03-04.md', 'ch03_ex03-07.md'])).toEqual({
      'ch03_ex03-04.md': { number: 4, chapter: 3, hyphenated: true },
      'ch03_ex03-07.md': { number: 7, chapter: 3, hyphenated: true },
    });
    // Joined by `_`, the chapter is left out of the number but not printed: such books number exercises 1, 2, 3.
    expect(read(['q_5_1_ans.md', 'q_5_3_ans.md'])).toEqual({ 'q_5_1_ans.md': { number: 1 }, 'q_5_3_ans.md': { number: 3 } });
  });

  test('exercise-word names number the answers where notes named by their sections’ numbers claim the same numbers', () => {
    const names = ['ex001.rkt', 'ex002.rkt', 'ex003.rkt', '01_The_Arithmetic_of_Numbers.rkt', '02_Strings.rkt', 'readme.txt'];
    expect(read(names)).toEqual({ 'ex001.rkt': { number: 1 }, 'ex002.rkt': { number: 2 }, 'ex003.rkt': { number: 3 } });
  });

  test('a shared number that is not printed as a chapter gives none', () => {
    expect(read(['hw2 q1.md', 'hw2 q2.md'])).toEqual({ 'hw2 q1.md': { number: 1 }, 'hw2 q2.md': { number: 2 } });
  });
});

describe('numbers in folder names', () => {
  test('a file whose name has no number takes its folders’', () => {
    expect(read(['ch03_ex03-04/README.md', 'ch03_ex03-05/README.md', 'README.md'])).toEqual({
      'ch03_ex03-04/README.md': { number: 4, chapter: 3, hyphenated: true },
      'ch03_ex03-05/README.md': { number: 5, chapter: 3, hyphenated: true },
    });
    expect(read(['ch1/03/main.rkt', 'ch1/03/test.rkt', 'ch1/10/main.rkt'])).toEqual({
      'ch1/03/main.rkt': { number: 3, chapter: 1 },
      'ch1/03/test.rkt': { number: 3, chapter: 1 },
      'ch1/10/main.rkt': { number: 10, chapter: 1 },
    });
  });

  test('a program named with the exercise’s id after it numbers it; the book’s own versions beside it do not', () => {
    const names = [
      'ch1/echo1/main.go',
      'ch1/echo1.1/main.go',
      'ch1/echo1.2/main.go',
      'ch1/dup2/main.go',
      'ch1/dup1.4/main.go',
      'README.md',
    ];
    expect(read(names)).toEqual({
      'ch1/echo1.1/main.go': { number: 1, chapter: 1 },
      'ch1/echo1.2/main.go': { number: 2, chapter: 1 },
      'ch1/dup1.4/main.go': { number: 4, chapter: 1 },
    });
  });

  test('a folder without a number gives none, and an empty list reads quickly', () => {
    expect(read(['notes/answers.md'])).toEqual({});
    expect(read([])).toEqual({});
  });
});

describe('names that number exercises within sections', () => {
  test('`2.1-3.md` and `section-01/exercise-03/` are exercise 3 of section 1', () => {
    expect(read(['2.1-1.md', '2.1-3.md', '2.2-1.md'])).toEqual({
      '2.1-1.md': { number: 101, chapter: 2, sectioned: true },
      '2.1-3.md': { number: 103, chapter: 2, sectioned: true },
      '2.2-1.md': { number: 201, chapter: 2, sectioned: true },
    });
    expect(read(['section-01/exercise-01/answer.md', 'section-01/exercise-02/answer.md', 'section-02/exercise-01/answer.md'])).toEqual({
      'section-01/exercise-01/answer.md': { number: 101, sectioned: true },
      'section-01/exercise-02/answer.md': { number: 102, sectioned: true },
      'section-02/exercise-01/answer.md': { number: 201, sectioned: true },
    });
  });

  test('`Exercise_3.1.1.ipynb` and `…_4-3.2.1.py` print chapter, section and exercise, one exercise a section as a course picks them', () => {
    expect(read(['Exercise_3.1.1.ipynb', 'Exercise_3.2.1.ipynb', 'Exercise_3.4.1.ipynb'])).toEqual({
      'Exercise_3.1.1.ipynb': { number: 101, chapter: 3, sectioned: true },
      'Exercise_3.2.1.ipynb': { number: 201, chapter: 3, sectioned: true },
      'Exercise_3.4.1.ipynb': { number: 401, chapter: 3, sectioned: true },
    });
    expect(read(['W2_Exercise_4-3.1.1.py', 'W2_Exercise_4-3.3.3.py'])['W2_Exercise_4-3.3.3.py']).toEqual({
      number: 303,
      chapter: 3,
      sectioned: true,
    });
    // A sub-section's list of exercises (the Dragon book's 1.1.1, "Exercises for Section 1.1") is no one exercise.
    expect(read(['1.1.1-exercises.md', '1.3.3-exercises.md'])['1.1.1-exercises.md']).not.toMatchObject({ sectioned: true });
  });

  test('files numbered by their own names in a folder named by a section (`1.1/Code/3.py`) are that section’s; unnumbered ones are material', () => {
    expect(read(['1.1/Code/1.py', '1.1/Code/2.py', '1.1/Code/7.ipynb', '1.1/Code/scratch.py', '1.1/PDFs/hi.txt'])).toEqual({
      '1.1/Code/1.py': { number: 101, chapter: 1, sectioned: true },
      '1.1/Code/2.py': { number: 102, chapter: 1, sectioned: true },
      '1.1/Code/7.ipynb': { number: 107, chapter: 1, sectioned: true },
    });
  });

  test('ranges and a chapter printed before each number are not sections', () => {
    expect(read(['Practice03-05.py', 'Practice06-08.py', 'Practice09.py'])['Practice03-05.py']).toEqual({ number: 3, last: 5 });
    expect(read(['ex1-3.scm', 'ex1-10.scm', 'ex1-11.scm'])['ex1-10.scm']).toEqual({ number: 10, chapter: 1, hyphenated: true });
  });
});

describe('a book’s folders: chapters, sections, problems', () => {
  test('a README above numbered folders introduces them; every file of an exercise folder is its answer', () => {
    const names = read([
      'part-01/chapter-02/README.md',
      'part-01/chapter-02/section-01/README.md',
      'part-01/chapter-02/section-01/exercise-01/README.md',
      'part-01/chapter-02/section-01/exercise-01/code.hpp',
      'part-01/chapter-02/section-01/exercise-02/README.md',
      'part-01/chapter-02/section-02/exercise-01/README.md',
    ]);
    expect(names['part-01/chapter-02/README.md']).toBeUndefined();
    expect(names['part-01/chapter-02/section-01/README.md']).toBeUndefined();
    expect(names['part-01/chapter-02/section-01/exercise-01/code.hpp']).toEqual({ number: 101, chapter: 2, sectioned: true });
    expect(names['part-01/chapter-02/section-02/exercise-01/README.md']).toEqual({ number: 201, chapter: 2, sectioned: true });
  });

  test('`Problems/2-1.md` is the chapter’s first problem, after every section', () => {
    expect(read(['2.1.md', '2.2.md', 'Problems/2-1.md'])['Problems/2-1.md']).toEqual({ number: 9901, chapter: 2, sectioned: true });
    // Without a chapter joined by a hyphen, a problems folder numbers its questions as any other.
    expect(read(['problems/1.md', 'problems/2.md'])).toEqual({ 'problems/1.md': { number: 1 }, 'problems/2.md': { number: 2 } });
  });
});

describe('a member’s chapter folders', () => {
  test('a folder named after its chapter numbers no question: its files number their own answers', () => {
    expect(read(['ch3/answers', 'ch3/applied.Rmd'])).toEqual({});
  });

  test('a name that prints only the chapter beside names that print the exercise numbers no question', () => {
    expect(
      read([
        'ch03_exercises/ch03_conceptual_exercises.ipynb',
        'ch03_exercises/ch03_exercise_08.py',
        'ch03_exercises/ch03_exercise_11.ipynb',
      ]),
    ).toEqual({
      'ch03_exercises/ch03_exercise_08.py': { number: 8, chapter: 3 },
      'ch03_exercises/ch03_exercise_11.ipynb': { number: 11, chapter: 3 },
    });
  });
});

describe('names that number no question', () => {
  test('a dated file and a titled chapter or part folder', () => {
    expect(read(['chapter_3/2019_aug_26.py', 'chapter_3/2019_aug_27.py'])).toEqual({});
    expect(read(['Part_1_Basics/Chapter_3_Introducing_Lists/names.py', 'Part_1_Basics/Chapter_3_Introducing_Lists/greetings.py'])).toEqual(
      {},
    );
    // A folder that numbers the exercise as well is not a chapter's: `ch03_ex03-23/README.md` is 3.23.
    expect(read(['ch03_ex03-23/README.md', 'ch03_ex03-24/README.md'])['ch03_ex03-23/README.md']).toMatchObject({ number: 23, chapter: 3 });
  });
  test('names that end with their own number after a title, beside folders that mirror the book’s sections', () => {
    const names = [
      'Chapter 3: Introducing Lists/3.1 What is a List/bicycles.py',
      'Chapter 3: Introducing Lists/3.1 What is a List/3.1.1 Accessing Elements/bicycles.py',
      'Chapter 3: Introducing Lists/3.4 Avoiding Index Errors/motorcycles.py',
      'Chapter 3: Introducing Lists/Try It Yourself/What is a List/names_1.py',
      'Chapter 3: Introducing Lists/Try It Yourself/What is a List/greetings_2.py',
      'Chapter 3: Introducing Lists/Try It Yourself/Organising a List/every_function_10.py',
    ];
    expect(read(names)).toEqual({
      'Chapter 3: Introducing Lists/Try It Yourself/What is a List/names_1.py': { number: 1 },
      'Chapter 3: Introducing Lists/Try It Yourself/What is a List/greetings_2.py': { number: 2 },
      'Chapter 3: Introducing Lists/Try It Yourself/Organising a List/every_function_10.py': { number: 10 },
    });
    // Two names ending in numbers, or numbers shared, say too little.
    expect(read(['names_1.py', 'greetings_2.py'])).toEqual({});
    expect(read(['names_1.py', 'greetings_1.py', 'cars_2.py'])).toEqual({});
  });
  test('a folder named after its exercise numbers its file, whatever number the file’s own name holds', () => {
    expect(read(['exercise_1_16/longest_line.c', 'exercise_1_17/line_80.c', 'exercise_1_18/trailing_blanks.c'])).toEqual({
      'exercise_1_16/longest_line.c': { number: 16 },
      'exercise_1_17/line_80.c': { number: 17 },
      'exercise_1_18/trailing_blanks.c': { number: 18 },
    });
  });
});

describe('a file named by its chapter’s number', () => {
  test('`01_introduction.md` of `### 1.1` … `### 1.3` answers those, not question 1', () => {
    const text = '## Exercises\n### 1.1\nOne.\n\n### 1.2\nTwo.\n\n### 1.3\nThree.\n';
    const { answerSet } = parseFolder('content/sources/001', [
      { name: '01_introduction.md', file: 'content/sources/001/01_introduction.md', kind: 'file', text },
      { name: 'README.md', file: 'content/sources/001/README.md', kind: 'file', text: '# Notes\n' },
    ]);
    expect(answerSet!.answers.map((answer) => `${answer.chapter}.${answer.number}`)).toEqual(['1.1', '1.2', '1.3']);
  });
});

describe('a file named by its section', () => {
  test('`1.3.md` of one exercise, `## Exercise 1.3.1`, with a numbered list of its parts, answers 1.3.1', () => {
    const text = '# 1.3 The Evolution\n\n## Exercise 1.3.1\n\nWhich terms apply to:\n\n1. C\n\n    a, c\n\n2. C++\n\n    a, d\n';
    const { answerSet } = parseFolder('content/sources/001', [
      { name: '1.1.md', file: 'content/sources/001/1.1.md', kind: 'file', text: '## Exercise 1.1.1\n\nA.\n\n## Exercise 1.1.2\n\nB.\n' },
      { name: '1.3.md', file: 'content/sources/001/1.3.md', kind: 'file', text },
    ]);
    expect(answerSet!.answers.map((answer) => printedId(answer.number, answer.chapter, answer.sectioned))).toEqual([
      '1.1-1',
      '1.1-2',
      '1.3-1',
    ]);
  });
});

describe('names in folders of the book’s sections', () => {
  test('`chapter1/section1/Exercise14.java` is exercise 14 of section 1.1', () => {
    const names = ['src/chapter1/section1/Exercise1.java', 'src/chapter1/section1/Exercise2.txt', 'src/chapter1/section1/Exercise14.java'];
    expect(Object.values(read(names))).toEqual([
      { number: 101, sectioned: true, chapter: 1 },
      { number: 102, sectioned: true, chapter: 1 },
      { number: 114, sectioned: true, chapter: 1 },
    ]);
  });
});

describe('names of lettered exercises with their chapter', () => {
  test('`r-1-1-multiple.py`, `R1_3.py`, `c-1-13-reversing.py` are R-1.1, R-1.3 and C-1.13; a README among them is material', () => {
    const named = questionsFromNames(['README.md', 'r-1-1-multiple.py', 'Reinforcement/R1_3.py', 'c-1-13-reversing.py']);
    expect(named.get('r-1-1-multiple.py')).toEqual({ number: seriesKey('R', 1), chapter: 1, hyphenated: true });
    expect(named.get('Reinforcement/R1_3.py')).toEqual({ number: seriesKey('R', 3), chapter: 1, hyphenated: true });
    expect(named.get('c-1-13-reversing.py')).toEqual({ number: seriesKey('C', 13), chapter: 1, hyphenated: true });
    expect(named.has('README.md')).toBe(false);
    expect(printedId(seriesKey('C', 13), 1, false, true)).toBe('C-1.13');
  });
});

describe('files named by their topic', () => {
  test('each opening with its exercise’s id are numbered by it, the same exercise in two languages one answer', () => {
    const file = (name: string, text: string) => ({ name, file: `content/sources/001/${name}`, kind: 'file' as const, text });
    const { answerSet } = parseFolder('content/sources/001', [
      file('python/is_unique.py', '# 1.1: Is Unique\n\ndef is_unique(s):\n    return len(set(s)) == len(s)\n'),
      file('python/urlify.py', '# 1.3: URLify\n\ndef urlify(s):\n    return s.replace(" ", "%20")\n'),
      file('javascript/isUnique.js', '// 1.1: Is Unique\n\nconst isUnique = (s) => new Set(s).size === s.length;\n'),
    ]);
    expect(answerSet!.answers.map((answer) => [answer.chapter, answer.number])).toEqual([
      [1, 1],
      [1, 3],
    ]);
    expect(JSON.stringify(answerSet!.answers[0]!.body)).toContain('new Set(s)');
  });

  test('a page that titles the exercises in order numbers them, and the files named after their titles', () => {
    const file = (name: string, text: string) => ({ name, file: `content/sources/001/${name}`, kind: 'file' as const, text });
    const { answerSet, diagnostics } = parseFolder('content/sources/001', [
      file(
        'Chapter4/ReadMe4.md',
        '# The sum of a range\n\nWrite range and sum.\n\n# Reversing an array\n\nWrite reverseArray.\n\n# Deep comparison\n\nWrite deepEqual.\n',
      ),
      file('Chapter4/deepComparison.js', 'const deepEqual = (a, b) => a === b;\n'),
      file('Chapter4/theSumOfARange.js', 'const sum = (xs) => xs.reduce((a, b) => a + b, 0);\n'),
      file('Chapter4/reversingAnArray.js', 'const reverseArray = (xs) => [...xs].reverse();\n'),
    ]);
    expect(answerSet!.answers.map((answer) => [answer.number, answer.file])).toEqual([
      [1, 'content/sources/001/Chapter4/theSumOfARange.js'],
      [2, 'content/sources/001/Chapter4/reversingAnArray.js'],
      [3, 'content/sources/001/Chapter4/deepComparison.js'],
    ]);
    // The listing introduces the answers; it is no stray file. Each file is asked by its title, as the book names the exercise.
    expect(diagnostics.map((d) => d.ruleId)).not.toContain('unnumbered-file');
    expect(answerSet!.answers.map((answer) => answer.prompt)).toEqual(['The sum of a range', 'Reversing an array', 'Deep comparison']);
  });

  test('a folder a topic (`TheSumOfARange/index.js`, `DeepComparison/README.md`) is named by its folder', () => {
    const file = (name: string, text: string) => ({ name, file: `content/sources/001/${name}`, kind: 'file' as const, text });
    const prompts = promptPool([
      new Map([
        [1, ['The sum of a range']],
        [2, ['Reversing an array']],
        [4, ['Deep comparison']],
      ]),
    ]).without(1);
    const { answerSet } = parseFolder(
      'content/sources/001',
      [
        file('ch_4/TheSumOfARange/index.js', 'const sum = (xs) => xs.reduce((a, b) => a + b, 0);\n'),
        file('ch_4/DeepComparison/index.js', 'const deepEqual = (a, b) => a === b;\n'),
      ],
      { prompts },
    );
    expect(answerSet!.answers.map((answer) => answer.number)).toEqual([1, 4]);
  });

  test('a program whose header block names its author before the exercise’s id is numbered by the id', () => {
    const file = (name: string, id: string) => ({
      name,
      file: `content/sources/001/${name}`,
      kind: 'file' as const,
      text: `/* ****************************************\n *  Name:   A. Learner\n *  ${id} Polar coordinates. Convert a point given in Cartesian form to polar form.\n *  Last modified:  October 20, 2019\n **************************************** */\n\npublic class ${name.replace('.java', '')} {}\n`,
    });
    const { answerSet } = parseFolder('content/sources/001', [file('Polar.java', '1.2.26'), file('Distance.java', '1.2.18')]);
    expect(answerSet!.answers.map((answer) => [answer.chapter, answer.number % SECTION])).toEqual([
      [1, 18],
      [1, 26],
    ]);
  });
});

describe('files of a part of the work', () => {
  test('`Chapter-05-part1-assignment.Rmd` holds the exercises its ids print, not question 1', () => {
    const file = (name: string, text: string) => ({ name, file: `content/sources/001/${name}`, kind: 'file' as const, text });
    const { answerSet } = parseFolder('content/sources/001', [
      file('Chapter-05-part1-assignment.Rmd', '# Chapter 5 problems\n\n## 5E1\n\nTwo and four.\n\n## 5M1\n\nA spurious one.\n'),
      file('Chapter-05-part2-assignment.Rmd', '# Chapter 5 problems\n\n## 5M2\n\nA masked one.\n\n## 5H1\n\nNo effect.\n'),
    ]);
    expect(answerSet!.answers.map((answer) => printedId(answer.number, answer.chapter))).toEqual(['5E1', '5M1', '5M2', '5H1']);
  });
});

describe('a book that counts from 0', () => {
  test('names its first file `00`, question 0; a lone `0` numbers nothing', () => {
    const named = questionsFromNames(['00.reverse.red', '01.pattern.red', '02.join.red']);
    expect(named.get('00.reverse.red')?.number).toBe(0);
    expect(named.get('01.pattern.red')?.number).toBe(1);
    expect(questionsFromNames(['0-intro.md', '1-range.md', '2-list.md']).has('0-intro.md')).toBe(false);
  });
});

describe('one folder a language', () => {
  test('the READMEs of `python/` and `javascript/` that list the same questions answer each together, with the files they link', () => {
    const file = (name: string, text: string) => ({ name, file: `content/sources/001/${name}`, kind: 'file' as const, text });
    const readme = (ext: string) =>
      `# Chapter 1\n\n1. [Is Unique]\n1. [URLify]\n1. [One Away]\n\n[is unique]: a.${ext}\n[urlify]: b.${ext}\n[one away]: c.${ext}\n`;
    const { answerSet } = parseFolder('content/sources/001', [
      file('python/README.md', readme('py')),
      file('python/a.py', '# 1.1: Is Unique\nunique = len(set(s)) == len(s)\n'),
      file('python/b.py', '# 1.2: URLify\nurl = s.replace(" ", "%20")\n'),
      file('python/c.py', '# 1.3: One Away\naway = abs(len(a) - len(b)) <= 1\n'),
      file('javascript/README.md', readme('js')),
      file('javascript/a.js', '// 1.1: Is Unique\nconst unique = new Set(s).size === s.length;\n'),
      file('javascript/b.js', '// 1.2: URLify\nconst url = s.replaceAll(" ", "%20");\n'),
      file('javascript/c.js', '// 1.3: One Away\nconst away = Math.abs(a.length - b.length) <= 1;\n'),
    ]);
    expect(answerSet!.answers.map((answer) => answer.number)).toEqual([1, 2, 3]);
    expect(JSON.stringify(answerSet!.answers[0]!.body)).toContain('new Set(s)');
    expect(JSON.stringify(answerSet!.answers[0]!.body)).toContain('len(set(s))');
  });
});

describe('a file named by a range of questions', () => {
  test('a script named `1-5.py` answers each question where its own numbers say', () => {
    const text = [
      "'''",
      ' 1.',
      '  Q.',
      '    Try a support vector regressor.',
      '  A.',
      '    A forest still wins.',
      '  2.',
      '  Q.',
      '    Try a randomised search.',
      '  A.',
      '    See the search module.',
      "'''",
    ].join('\n');
    const { answerSet } = parseFolder('content/sources/001', [{ name: '1-5.py', file: 'content/sources/001/1-5.py', kind: 'file', text }]);
    expect(answerSet!.answers.map((answer) => [answer.number, answer.prompt])).toEqual([
      [1, 'Try a support vector regressor.'],
      [2, 'Try a randomised search.'],
    ]);
  });
});

describe('names whose numbers are not the exercises’', () => {
  test('files that open with other ids than their names give (`141_109.cpp` of `Exercise 1.9:`) are numbered by those ids', () => {
    const file = (name: string, id: string) => ({
      name,
      file: `content/sources/001/${name}`,
      kind: 'file' as const,
      text: `/**\n * Exercise ${id}: Write a program that sums the numbers.\n **/\n\nint main() { return 0; }\n`,
    });
    const { answerSet } = parseFolder('content/sources/001', [
      file('141_109.cpp', '1.9'),
      file('141_110.cpp', '1.10'),
      file('143_116.cpp', '1.16'),
      { name: '141_while.cpp', file: 'content/sources/001/141_while.cpp', kind: 'file', text: 'int main() { while (1); }\n' },
    ]);
    expect(answerSet!.answers.map((answer) => `${answer.chapter}.${answer.number}`)).toEqual(['1.9', '1.10', '1.16']);
    // The file no id numbers is kept, after the answers.
    expect(answerSet!.appendix?.children.length).toBeGreaterThan(0);
  });

  test('names that agree with the ids their files open with keep numbering them', () => {
    const { answerSet } = parseFolder('content/sources/001', [
      { name: '2.1.md', file: 'content/sources/001/2.1.md', kind: 'file', text: '## 2.1-1\n\nOne.\n\n## 2.1-2\n\nTwo.\n' },
      { name: '2.2.md', file: 'content/sources/001/2.2.md', kind: 'file', text: '## 2.2-1\n\nThree.\n\n## 2.2-2\n\nFour.\n' },
    ]);
    expect(answerSet!.answers.map((answer) => printedId(answer.number, answer.chapter, answer.sectioned))).toEqual([
      '2.1-1',
      '2.1-2',
      '2.2-1',
      '2.2-2',
    ]);
  });
});

describe('programming projects', () => {
  test('a name or folder that says project is that series’ (P1 …), beside the exercises the other names number', () => {
    expect(read(['prog_exercise_2-1.c', 'prog_exercise_2-2.c', 'ex2-1.c', 'ex2-3.c'])).toEqual({
      'prog_exercise_2-1.c': { number: seriesKey('P', 1), chapter: 2 },
      'prog_exercise_2-2.c': { number: seriesKey('P', 2), chapter: 2 },
      'ex2-1.c': { number: 1, chapter: 2, hyphenated: true },
      'ex2-3.c': { number: 3, chapter: 2, hyphenated: true },
    });
    expect(read(['projects/03/main.c', 'exercises/03/README.md'])['projects/03/main.c']).toEqual({ number: seriesKey('P', 3) });
  });

  test('a file named for another series the book numbers apart is that series’: programming exercises P, discussion D', () => {
    expect(read(['chapter3_programming1.py', 'chapter3_programming12.py', 'chapter3_discussion4.py', 'chapter3_change.py'])).toEqual({
      'chapter3_programming1.py': { number: seriesKey('P', 1) },
      'chapter3_programming12.py': { number: seriesKey('P', 12) },
      'chapter3_discussion4.py': { number: seriesKey('D', 4) },
    });
    // A folder's name says nothing of the series of the files in it.
    expect(read(['python-programming/3.py', 'python-programming/4.py'])['python-programming/3.py']).toEqual({ number: 3 });
    // Files that number their own questions, one per series: `Discussion.md`'s 1 is D1, `Programming Exercises.md`'s 1 is P1.
    const file = (name: string, text: string) => ({ name, file: `content/sources/001/${name}`, kind: 'file' as const, text });
    const { answerSet } = parseFolder('content/sources/001', [
      file('Discussion.md', '# Question 1\n\nIt is 7.4.\n\n# Question 2\n\nIt is 5.\n\n# Question 3\n\nA range.\n'),
      file('Programming Exercises.md', '# Question 1\n\nA sphere.\n\n# Question 2\n\nA pizza.\n\n# Question 3\n\nA sugar.\n'),
    ]);
    expect(answerSet!.answers.map((answer) => printedId(answer.number))).toEqual(['D1', 'D2', 'D3', 'P1', 'P2', 'P3']);
  });
});

describe('files named by their topic', () => {
  test('a name whose words belong to one question’s wording answers it, with its tests; others are material', () => {
    const prompts = promptPool([
      new Map([
        [1, ['Write a loop that makes seven calls to console.log to output a triangle of hashes.']],
        [2, ['Write a program that prints the numbers from 1 to 100, with Fizz for numbers divisible by 3.']],
        [3, ['Write a program that creates a string that represents an 8×8 grid, a chessboard.']],
      ]),
    ]).without(-1);
    const file = (name: string) => ({ name, file: `content/sources/001/${name}`, kind: 'file' as const, text: `// ${name}\nrun();\n` });
    const { answerSet } = parseFolder('content/sources/001', ['triangle.test.ts', 'triangle.ts', 'chessboard.ts', 'mod.ts'].map(file), {
      prompts,
    });
    expect(answerSet!.answers.map((answer) => [answer.number, answer.file!.split('/').at(-1)])).toEqual([
      [1, 'triangle.ts'],
      [3, 'chessboard.ts'],
    ]);
    // The test file joins its program's answer; `mod.ts` names no question and is shown after the answers.
    expect(toString(answerSet!.answers[0]!.body)).toContain('triangle.test.ts');
    expect(toString(answerSet!.appendix!)).toContain('mod.ts');
  });
});

describe('a folder per section, each with its README', () => {
  test('READMEs that head their answers with the book’s ids give them, two in one README or one alone', () => {
    const file = (name: string, text: string) => ({ name, file: `content/sources/001/${name}`, kind: 'file' as const, text });
    const { answerSet } = parseFolder('content/sources/001', [
      file('chapter_1/section_1_1/Readme.md', '### Exercise 1-1.\n\nTRUE is 0.\n\n### Exercise 1-2.\n\nint smaller();\n'),
      file('chapter_1/section_1_2/Readme.md', '### Exercise 1-4.\n\nA ternary.\n\n### Exercise 1-5.\n\nOrder of reads.\n'),
      file('chapter_1/section_1_3/Readme.md', '### Exercise 1-9.\n\nA side effect, twice.\n'),
      file('chapter_1/section_1_4/Readme.md', '### Exercise 1-10.\n\nTyped constants.\n'),
    ]);
    expect(answerSet!.answers.map((answer) => [answer.number, answer.chapter, answer.file!.split('/').at(-2)])).toEqual([
      [1, 1, 'section_1_1'],
      [2, 1, 'section_1_1'],
      [4, 1, 'section_1_2'],
      [5, 1, 'section_1_2'],
      [9, 1, 'section_1_3'],
      [10, 1, 'section_1_4'],
    ]);
  });
});

describe('a range that names the chapter twice', () => {
  test('`1.11-1.13/` is questions 1.11 to 1.13', () => {
    expect(read(['1.11-1.13/exer.clj', '1.14/proof.md', '1.6-1.7/exer.clj'])).toEqual({
      '1.11-1.13/exer.clj': { number: 11, last: 13, chapter: 1 },
      '1.14/proof.md': { number: 14, chapter: 1 },
      '1.6-1.7/exer.clj': { number: 6, last: 7, chapter: 1 },
    });
  });
});

describe('a file’s own question below what opens it', () => {
  test('after its front matter, a quote is the question', () => {
    const text =
      "---\norder: 13\ntitle: '3.13'\n---\n> Write SQL DDL for the schema in the figure.\n\n```sql\nCREATE TABLE person (id INT);\n```\n";
    const { answerSet } = parseFolder('content/sources/001', [
      { name: '3.13.md', file: 'content/sources/001/3.13.md', kind: 'file', text },
      { name: '3.14.md', file: 'content/sources/001/3.14.md', kind: 'file', text: '> Say why.\n\nBecause.\n' },
    ]);
    expect(answerSet!.answers[0]!.prompt).toBe('Write SQL DDL for the schema in the figure.');
  });

  test('after DrRacket’s header lines, the file’s `;; Ex. 2` comment states the exercise', () => {
    const header = [
      ';; The first three lines of this file were inserted by DrRacket. They record metadata',
      ';; about the language level of this file in a form that our tools can easily process.',
      '#reader(lib "htdp-beginner-reader.ss" "lang")((modname ex002) (read-case-sensitive #t))',
    ].join('\n');
    const file = (n: number) => ({
      name: `ex00${n}.rkt`,
      file: `content/sources/001/ex00${n}.rkt`,
      kind: 'file' as const,
      text: `${header}\n;; Ex. ${n}\n;; Write an expression that joins prefix and suffix with an underscore between them.\n\n(string-append "a" "_" "b")\n`,
    });
    const { answerSet } = parseFolder('content/sources/001', [file(1), file(2), file(3)]);
    expect(answerSet!.answers.map((answer) => [answer.number, answer.prompt])).toEqual(
      [1, 2, 3].map((n) => [n, 'Write an expression that joins prefix and suffix with an underscore between them.']),
    );
    // The header stays at the head of the answer, shown as written.
    expect(answerSet!.answers[0]!.body.children[0]!.type).toBe('code');
  });

  test('after a program’s imports, its docstring states the exercise', () => {
    const text = "import nltk\n'''\n☼ Make a variable phrase that holds a list of words.\n'''\n\nphrase = ['a', 'b']\nprint(phrase)\n";
    const { answerSet } = parseFolder('content/sources/001', [
      { name: '02-1.py', file: 'content/sources/001/02-1.py', kind: 'file', text },
      { name: '02-2.py', file: 'content/sources/001/02-2.py', kind: 'file', text: 'print(2)\n' },
    ]);
    expect(answerSet!.answers[0]!.prompt).toBe('☼ Make a variable phrase that holds a list of words.');
  });
});

describe('two files of one number', () => {
  const entry = (name: string, text: string) => ({ name, file: `content/sources/001/${name}`, kind: 'file' as const, text });

  test('in a folder of one file per exercise, are two programs for that exercise, in name order', () => {
    const { answerSet } = parseFolder('content/sources/001', [
      entry('q3_2.cpp', 'int main() { return 2; }\n'),
      entry('q3_3.cpp', 'int main() { return 3; }\n'),
      entry('q3_4.cpp', 'int main() { return 4; }\n'),
      entry('q3_4+.cpp', 'int main() { return 5; }\n'),
    ]);
    expect(answerSet!.answers.map((answer) => answer.number)).toEqual([2, 3, 4]);
    expect(answerSet!.answers.at(-1)!.body.children.map((node) => (node.type === 'code' ? node.value : ''))).toEqual([
      'int main() { return 4; }',
      'int main() { return 5; }',
    ]);
  });

  test('in a folder that numbers fewer exercises, are not joined: the name may number the chapter', () => {
    const { answerSet } = parseFolder('content/sources/001', [
      entry('chpt_2_exercise.js', 'function one() {}\n'),
      entry('chpt_2_test.js', 'test(one);\n'),
    ]);
    expect(answerSet?.answers.length ?? 0).not.toBe(1);
  });
});

describe('files that open with their exercise’s id', () => {
  const entry = (name: string, text: string) => ({ name, file: `content/sources/001/${name}`, kind: 'file' as const, text });

  test('`## Exercise 1.2` over a numbered list of parts answers 1.2, whatever the name packs (`exercise_12.md`, `exercise_111.md`)', () => {
    const { answerSet } = parseFolder('content/sources/001', [
      entry('exercise_11.md', '## Exercise 1.1\n\nBuild the index.\n\nDone.\n'),
      entry('exercise_12.md', '## Exercise 1.2\n\n1. Draw the matrix.\n\n2. Draw the index.\n\nAnswer\n\n1. Here.\n\n2. There.\n'),
      entry('exercise_111.md', '## Exercise 1.11\n\nHow is x AND NOT y evaluated?\n\nCheaply.\n'),
    ]);
    expect(answerSet!.answers.map((answer) => `${answer.chapter}.${answer.number}`)).toEqual(['1.1', '1.2', '1.11']);
    // The heading's id is the marker: the question's words follow it, up to the answer's label, and its parts stay in it.
    expect(answerSet!.answers[1]!.prompt).toBe('1\\. Draw the matrix. 2\\. Draw the index.');
  });

  test('a file whose opening `### Q1:` is one of its own questions still gives each of them', () => {
    const { answerSet } = parseFolder('content/sources/001', [
      entry('questions.md', '### Q1: Why?\n\nBecause.\n\n### Q2: How?\n\nSo.\n\n### Q3: When?\n\nNow.\n'),
      entry('question-02.c', 'int main(void) { return 0; }\n'),
    ]);
    expect(answerSet!.answers.map((answer) => answer.number)).toEqual([1, 2, 3]);
  });
});

describe('a name that gives the exercise’s number within its section', () => {
  test('agrees with the id its file opens with: `Exercise3.txt` of `1.3.3 …` numbers it with `Exercise1.java` and the rest', () => {
    const entry = (name: string, text: string) => ({ name, file: `content/sources/001/${name}`, kind: 'file' as const, text });
    const { answerSet } = parseFolder('content/sources/001', [
      entry('Exercise1.java', 'public class Exercise1 {}\n'),
      entry('Exercise2.java', 'public class Exercise2 {}\n'),
      entry('Exercise3.txt', '1.3.3 The sequences that could not occur are: B, F, G\n'),
      entry('Exercise4.java', 'public class Exercise4 {}\n'),
      entry('Exercise5.txt', '1.3.5 Prints 110010.\n'),
    ]);
    expect(answerSet!.answers.map((answer) => answer.number % SECTION)).toEqual([1, 2, 3, 4, 5]);
  });
});
