import { describe, expect, test } from 'vitest';
import { parseAnswerSet } from './index.ts';
import { printedId } from '../model/question-id.ts';

const ids = (text: string) =>
  parseAnswerSet({ id: '001', file: 'a.md', text }).answerSet!.answers.map((a) => printedId(a.number, a.chapter, a.sectioned));

describe('exercises numbered within the sections their headings print', () => {
  test('numbers that start again under each sub-section’s heading are that sub-section’s exercises', () => {
    const text =
      '# Tidy data\n\n## 12.2.1 Exercises\n\n1. Rows.\n\n2. Rates.\n\n## 12.3.3 Exercises\n\n1. Gather.\n\n2. Fails.\n\n3. Spread.\n';
    expect(ids(text)).toEqual(['12.2.1-1', '12.2.1-2', '12.3.3-1', '12.3.3-2', '12.3.3-3']);
  });

  test('a heading whose number deeper headings extend is a section, not an exercise', () => {
    const text = '# 12.2 Tidy data\n\nNotes.\n\n## 12.2.1 Exercises\n\n1. a\n\n2. b\n\n# 12.3 Spreading\n\n## 12.3.3 Exercises\n\n1. c\n';
    expect(ids(text)).toEqual(['12.2.1-1', '12.2.1-2', '12.3.3-1']);
    expect(ids('## Exercise 3.7\n\nA.\n\n### 3.7.1 Part\n\nB.\n\n## Exercise 3.8\n\nC.\n')).toEqual(['3.7', '3.8']);
  });

  test('a heading that names one exercise (`Exercise 1.3.1`) is not a sub-section’s, and a section’s heading above its exercises is none', () => {
    const text = '# 1.1 The Structure\n\n## Exercise 1.1.1\n\nA.\n\n## Exercise 1.1.2\n\nB.\n';
    expect(ids(text)).toEqual(['1.1-1', '1.1-2']);
    // `### 2-1` is the chapter's problem 1, not the heading of section 2.1.
    expect(ids('### 2.1-1\n\nA.\n\n### 2.1-2\n\nB.\n\n### 2-1\n\nC.\n')).toEqual(['2.1-1', '2.1-2', '2-1']);
  });

  test('one sub-section’s heading is enough; a skipped first exercise keeps its number', () => {
    expect(ids('## 5.2.4 Exercises\n\n2. a\n\n3. b\n')).toEqual(['5.2.4-2', '5.2.4-3']);
  });

  test('a list repeated inside an answer is folded into it, not a new section', () => {
    const text = '## 3.2.1 Exercises\n\n1. a\n2. b\n\n## 3.3.1 Exercises\n\n1. c\n2. d\n\n1. d’s first step\n';
    expect(ids(text)).toEqual(['3.2.1-1', '3.2.1-2', '3.3.1-1', '3.3.1-2']);
  });

  test('numbers that run on across headings, or answers under no such heading, keep the plain numbers', () => {
    expect(ids('## 3.1.1 Notes\n\n1. a\n2. b\n\n## 3.2.1 Notes\n\n3. c\n4. d\n\n2. d’s list\n')).toEqual(['1', '2', '3', '4']);
    expect(ids('1. a\n2. b\n\n## 3.2.1 Notes\n\n1. c\n')).toEqual(['1', '2']);
    expect(ids('## Review 3.1.1\n\n1. a\n2. b\n\n## Practice\n\n1. c\n')).toEqual(['R1', 'R2', 'P1']);
  });

  test('an exercise of a sub-section written in full is read as that sub-section’s', () => {
    expect(ids('## 3.2.4.1 What do you see?\n\nNothing.\n\n## 3.2.4.2 How many rows?\n\n234.\n\n## 3.3.1-1 Why blue?\n\nAes.\n')).toEqual([
      '3.2.4-1',
      '3.2.4-2',
      '3.3.1-1',
    ]);
  });

  test('numbers that start again under each section’s heading (`## 2.2: Binding basics`) are that section’s exercises', () => {
    const text =
      '## 2.2: Binding basics\n\n### Notes\n\nA name has a value.\n\n### Exercises\n\n*1. How are a and b related?*\n\nOne object.\n\n' +
      '*2. Why is this slow?*\n\nCopies.\n\n## 2.3: Copy-on-modify\n\n### Exercises\n\n*1. Why is tracemem quiet?*\n\nNo copy.\n';
    expect(ids(text)).toEqual(['2.2-1', '2.2-2', '2.3-1']);
    // One such heading over a run that never starts again is a note’s, not the exercises’ section.
    expect(ids('## 2.1 Loading the data\n\nNotes.\n\n1. a\n\n2. b\n')).toEqual(['1', '2']);
  });

  test('a chapter’s heading over its first section’s (`# 2. 预备知识`, `## 2.3 线性代数`) is no exercise', () => {
    const text = '# 2.预备知识\n\n## 2.3 线性代数\n\n### 练习3\n\n对称。\n\n### 练习4\n\n三。\n';
    expect(ids(text)).toEqual(['3', '4']);
  });

  test('an exercise id of three numbers set in bold, or with its question after it, is that exercise, printed with dots', () => {
    expect(ids('**1.1.1** Give the value.\n\n7\n\n**1.1.2:** Give the type.\n\ndouble\n')).toEqual(['1.1-1', '1.1-2']);
    expect(ids('## 1.1.1 What is x?\n\nSeven.\n\n## 1.1.2 What is y?\n\nEight.\n')).toEqual(['1.1-1', '1.1-2']);
    const [first] = parseAnswerSet({ id: '001', file: 'a.md', text: '**1.1.1** Give the value.\n\n7\n\n**1.1.2** Give the type.\n\nd\n' })
      .answerSet!.answers;
    expect(first!.sectionDots).toBe(true);
    // A heading of three numbers and a title is a sub-section's, as before.
    expect(ids('## 3.2.4 Exercises\n\n1. a\n\n2. b\n')).toEqual(['3.2.4-1', '3.2.4-2']);
  });

  test('sections named by letters (Axler’s 1.A, 1.B): written in full, or numbered again under each section’s heading', () => {
    expect(ids('## 1.A.1\n\nOne.\n\n## 1.A.2\n\nTwo.\n\n## 1.B.1\n\nThree.\n')).toEqual(['1.A.1', '1.A.2', '1.B.1']);
    expect(ids('**Exercise 1A.3** Find two roots.\n\nSo.\n\n**Exercise 1A.4** Prove it.\n\nSo.\n')).toEqual(['1.A.3', '1.A.4']);
    expect(ids('# Exercises 1.A\n\n1. a\n\n2. b\n\n# Exercises 1.B\n\n1. c\n')).toEqual(['1.A.1', '1.A.2', '1.B.1']);
    // A part's letter (`2.b.1`) is no section.
    const parts = parseAnswerSet({ id: '001', file: 'a.md', text: '## 2.b.1 x\n\nOne.\n\n## 2.b.2 y\n\nTwo.\n' }).answerSet;
    expect((parts?.answers ?? []).map((a) => printedId(a.number, a.chapter, a.sectioned))).not.toContain('2.B.1');
  });
});
