/** Reading settings in `sources.yaml`: a maintainer fixes how a teammate's file is read without editing it. */
import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../model/diagnostics.ts';
import { serialise } from '../read/markdown.ts';
import type { ReadSettings } from '../model/model.ts';
import { parseAnswerSet } from './index.ts';

const read = (text: string, settings: ReadSettings) => parseAnswerSet({ id: '001', file: 'content/sources/001.md', text }, { settings });
const numbers = (result: ReturnType<typeof read>) => result.answerSet?.answers.map((answer) => answer.number);

const notesThenExercises = [
  '# Notes',
  '',
  '1. Tensors are arrays.',
  '2. Graphs are functions.',
  '',
  '## Exercises',
  '',
  '1. What is a tensor?',
  '   An n-dimensional array.',
  '2. What is a graph?',
  '   A traced function.',
  '3. Why trace?',
  '   Speed.',
].join('\n');

describe('reading settings', () => {
  test('start names the heading above the answers: what comes before is the introduction', () => {
    const result = read(notesThenExercises, { start: 'Exercises' });
    expect(numbers(result)).toEqual([1, 2, 3]);
    expect(serialise(result.answerSet!.answers[0]!.body)).toContain('An n-dimensional array.');
    expect(serialise(result.answerSet!.preamble!)).toContain('Tensors are arrays.');
    expect(result.answerSet!.answers[0]!.position.start.line).toBe(8);
  });

  test('start may be the line number of the first answer', () => {
    expect(numbers(read(notesThenExercises, { start: 8 }))).toEqual([1, 2, 3]);
  });

  test('a start that matches no line is a warning that says so, and the file is read whole', () => {
    const result = read(notesThenExercises, { start: 'Solutions' });
    expect(result.diagnostics.map(formatDiagnostic)).toContain(
      'content/sources/001.md:1:1: warning: `start: "Solutions"` in content/sources.yaml was not applied: no line of the file says that; write the heading above the first answer as it stands in the file, or its line number [unused-setting]',
    );
  });

  test('layout reads the file in the layout named, whatever detection would choose', () => {
    const text = '1. TensorFlow is a library.\n2. It runs on GPUs.\n3. It has Keras.\n';
    expect(read(text, {}).answerSet!.format).toBe('answers-only');
    expect(read(text, { layout: 'numbered-text' }).answerSet!.format).toBe('numbered-text');
    expect(read(text, { layout: 'numbered-text' }).answerSet!.reason).toBe('`layout: numbered-text` in content/sources.yaml');
  });

  test('restart continues the count where a section numbered from 1 again begins', () => {
    // With words between the section's heading and its first question, a restart could be an answer's own list.
    const text = '## Conceptual\n\n### 1. A?\na\n\n### 2. B?\nb\n\n## Applied\n\nWith the data.\n\n### 1. C?\nc\n\n### 2. D?\nd\n';
    expect(numbers(read(text, {}))).toEqual([1, 2]);
    expect(numbers(read(text, { restart: true }))).toEqual([1, 2, 3, 4]);
  });

  test('ignore reads numbers that are not questions as part of the answer above them', () => {
    const text = '### 1. Which steps?\n\nThese:\n\n### 2. Load\n\n### 3. Fit\n\n### 4. Why?\n\nBecause.\n';
    const result = read(text, { ignore: [2, 3] });
    expect(numbers(result)).toEqual([1, 4]);
    expect(serialise(result.answerSet!.answers[0]!.body)).toContain('Load');
  });
});
