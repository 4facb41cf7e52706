import { describe, expect, test } from 'vitest';
import { formatSchema, layoutNameSchema } from '../model/model.ts';
import { detectLayout, formatLabel, layouts } from './layouts.ts';
import { parseAnswerSet } from './index.ts';

describe('layouts', () => {
  test('the format names are the layouts in detection order, then the folder and the unsplit source', () => {
    expect([...layouts.map((layout) => layout.format), 'folder', 'unsplit']).toEqual(formatSchema.options);
  });

  test('the layouts a maintainer can name in sources.yaml are every layout', () => {
    expect(layouts.map((layout) => layout.format)).toEqual(layoutNameSchema.options);
  });

  test('every format has a label for the source page', () => {
    for (const format of formatSchema.options) expect(formatLabel(format)).toMatch(/\w+ \w+/);
  });

  test('the first layout that recognises a file reads it, and says why', () => {
    const detected = detectLayout({ id: '1', file: '1.md', text: '## 1. What?\nYes.\n\n## 2. Why?\nBecause.' }, [
      '## 1. What?',
      'Yes.',
      '',
      '## 2. Why?',
      'Because.',
    ]);
    expect(detected?.layout.format).toBe('heading-markdown');
    expect(detected?.reason).toBe('2 questions marked by level-2 headings such as `## 1. What?` on line 1');
  });
});

describe('questions numbered `1)` around parts numbered `1.`', () => {
  test('the run that goes on from list to list numbers the questions; the lists that start again at 1 are their parts', () => {
    const text = [
      '1)Say why a rational agent may depend on time.',
      '',
      'It must remember what it cleaned.',
      '',
      '2)Look at several agent functions.',
      '1. Show that the simple one is rational.',
      '2. Give one for when moves cost.',
      '',
      '1. It always does the right thing.',
      '2. A timer.',
      '',
      '3)Write an essay about evolution.',
      '',
      'Evolution is learning.',
      '',
    ].join('\n');
    const { answerSet } = parseAnswerSet({ id: '001', file: 'content/sources/001.txt', text });
    expect(answerSet!.answers.map((answer) => answer.number)).toEqual([1, 2, 3]);
  });
});

describe('a notebook cell turned from code into Markdown', () => {
  test('keeps showing the outputs it had, so no line of the file is lost', () => {
    const cell = (type: string, source: string[], outputs: unknown[] = []) => ({ cell_type: type, metadata: {}, source, outputs });
    const notebook = {
      cells: [
        cell(
          'markdown',
          ['2.1\n', '\n', '1. [A-Za-z]+\n'],
          [{ output_type: 'error', ename: 'SyntaxError', evalue: 'bad', traceback: ['  File "<ipython>", line 1'] }],
        ),
        cell('markdown', ['2.2\n', '\n', '1. [a-z]*b\n']),
      ],
      metadata: {},
      nbformat: 4,
      nbformat_minor: 2,
    };
    const { answerSet } = parseAnswerSet({ id: '001', file: 'content/sources/001.ipynb', text: JSON.stringify(notebook, null, 1) });
    const shown = answerSet!.answers.flatMap((answer) =>
      answer.body.children.flatMap((node) => (node.type === 'code' ? [node.value] : [])),
    );
    expect(shown.join('\n')).toContain('File "<ipython>", line 1');
  });
});
