import { describe, expect, test } from 'vitest';
import { typstAsMarkdown } from './typst.ts';

const read = (...lines: string[]) => typstAsMarkdown(lines.join('\n')).split('\n');

describe('reading Typst as Markdown', () => {
  test('headings, numbered items counted per list and level, bullets and terms, line for line', () => {
    expect(
      read(
        '= Chapter',
        '== Review Questions',
        '+ One.',
        '+ Two.',
        '+',
        '  + Part one.',
        '  + Part two.',
        '- A bullet',
        '/ Term: its meaning',
      ),
    ).toEqual([
      '# Chapter',
      '## Review Questions',
      '1. One.',
      '2. Two.',
      '3. ',
      '   1. Part one.',
      '   2. Part two.',
      '- A bullet',
      '- Term: its meaning',
    ]);
  });

  test('a heading or text at the margin starts the count again', () => {
    expect(read('+ One.', '+ Two.', '== Problems', '+ One again.')).toEqual(['1. One.', '2. Two.', '## Problems', '1. One again.']);
    expect(read('+ One.', 'Some text.', '+ One again.')).toEqual(['1. One.', 'Some text.', '1. One again.']);
  });

  test('text inside an item stays inside it when the Markdown marker is wider', () => {
    expect(read('+ Eight.', '+ Nine.', '+ Ten.', '+ Eleven:', '  more of eleven')).toEqual([
      '1. Eight.',
      '2. Nine.',
      '3. Ten.',
      '4. Eleven:',
      '   more of eleven',
    ]);
    expect(read(...Array.from({ length: 10 }, (_, i) => `+ Item ${i + 1}`), '  more of ten').at(-1)).toBe('    more of ten');
  });

  test('code lines are code, up to their closing bracket, with no line added', () => {
    expect(read('#import "template.typ": *', '', '#show: project.with(', '  title: "Answers",', ')', 'Text.')).toEqual([
      '`` #import "template.typ": * ``',
      '',
      '    #show: project.with(',
      '      title: "Answers",',
      '    )',
      'Text.',
    ]);
  });
});
