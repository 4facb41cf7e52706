/**
 * Whole guides from content folders: every format on its own, all formats
 * mixed with the shipped answer sets, and a different chapter altogether.
 */
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toString } from 'mdast-util-to-string';
import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../model/diagnostics.ts';
import { emitGuide } from '../emit/pages.ts';
import { renderGuide } from '../render/guide.ts';
import { loadGuide } from './load.ts';
import { formatSchema, type Guide } from '../model/model.ts';

const project = join(import.meta.dirname, '..', '..', '..');
const formats = join(import.meta.dirname, '..', '__fixtures__', 'guides', 'formats');
const otherChapter = join(import.meta.dirname, '..', '__fixtures__', 'guides', 'other-chapter');

/** A throwaway content folder with the given sources and `formats`' YAML files (`sources.yaml` on request). */
function contentWith(sources: Array<{ from: string; name: string }>, options: { settings?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'crossguide-'));
  mkdirSync(join(dir, 'sources'));
  const yaml = ['guide.yaml', 'questions.yaml', ...(options.settings ? ['sources.yaml'] : [])];
  for (const name of yaml) cpSync(join(formats, name), join(dir, name));
  for (const { from, name } of sources) cpSync(join(from, name), join(dir, 'sources', name), { recursive: true });
  return dir;
}

/** A word every answer to each question of the shipped chapter uses, whoever wrote it. */
const KEYWORDS: Record<number, RegExp> = {
  1: /pytorch/i,
  2: /numpy/i,
  3: /range|int32|int64/i,
  4: /ragged/i,
  5: /loss/i,
  6: /metric/i,
  7: /layer/i,
  8: /optimi[sz]er|training|loop/i,
  9: /python/i,
  10: /side effect|variable/i,
  11: /dynamic/i,
};

/** Every answer of the guide names its question's keyword: no answer sits under the wrong question. */
function expectAligned(guide: Guide) {
  for (const question of guide.questions) {
    for (const [source, answer] of Object.entries(question.answers)) {
      if (answer.body.children.length === 0) continue;
      expect(toString(answer.body), `answer of ${source} to question ${question.number}`).toMatch(KEYWORDS[question.number]!);
    }
  }
}

const cases = [
  {
    name: '101_headings.md',
    format: 'heading-markdown',
    numbers: [1, 2, 3, 4, 5, 6, 8, 9, 10, 11],
    prompts: 10,
    warnings: [
      'sources/101_headings.md:79:1: warning: Numbering jumps from 6 to 8: question 7 has no answer here; if this answer is question 7, renumber it [numbering-gap]',
    ],
  },
  // Questions copied as headings without numbers: numbered in the order they come.
  { name: '107_unnumbered.md', format: 'question-headings', numbers: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], prompts: 11, warnings: [] },
  { name: '102_bold-questions.md', format: 'bold-questions', numbers: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], prompts: 11, warnings: [] },
  {
    name: '103_answers-only.md',
    format: 'answers-only',
    numbers: [1, 2, 3, 4, 5, 6, 7, 8, 10, 11],
    prompts: 0,
    warnings: [
      'sources/103_answers-only.md:23:1: warning: Numbering jumps from 8 to 10: question 9 has no answer here; if this answer is question 9, renumber it [numbering-gap]',
    ],
  },
  {
    name: '108_questions-first.md',
    format: 'questions-then-answers',
    numbers: [1, 2, 3, 4, 5, 6, 7, 8, 10, 11],
    prompts: 10,
    warnings: [
      'sources/108_questions-first.md:29:1: warning: Numbering jumps from 8 to 10: question 9 has no answer here; if this answer is question 9, renumber it [numbering-gap]',
    ],
  },
  { name: '104_notebook.ipynb', format: 'jupyter', numbers: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], prompts: 0, warnings: [] },
  {
    name: '105_evening-group',
    format: 'folder',
    numbers: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    prompts: 5,
    warnings: [
      'sources/105_evening-group/8.md:1:1: warning: Question 8 has no answer text; write the answer below it, or remove the question if this source skips it [empty-answer]',
    ],
  },
] as const;

/** Sources without any numbers: only the other sources' wording of the questions places their answers. */
const unnumbered = [
  { name: '106_exported-script.py', format: 'python-script' },
  { name: '109_unnumbered-paragraphs.md', format: 'question-text' },
] as const;

describe('each answer format on its own', () => {
  for (const { name, format, numbers, prompts, warnings } of cases) {
    test(`${name} builds a guide of its answers, each under the right question`, () => {
      const dir = contentWith([{ from: join(formats, 'sources'), name }]);
      const { guide, diagnostics } = loadGuide(dir, dir);
      expect(diagnostics.map(formatDiagnostic)).toEqual(warnings);
      const [source] = guide!.sources;
      expect(source!.answerSet.format).toBe(format);
      expect(source!.answerSet.answers.map((a) => a.number)).toEqual(numbers);
      expect(source!.answerSet.answers.filter((a) => a.prompt).length).toBe(prompts);
      expectAligned(guide!);
    });
  }

  for (const { name } of unnumbered) {
    test(`${name} alone, with no other source to word the questions, is published whole and says how to number it`, () => {
      const dir = contentWith([{ from: join(formats, 'sources'), name }]);
      const { guide, diagnostics } = loadGuide(dir, dir);
      expect(diagnostics.map((d) => [d.ruleId, d.fatal])).toEqual([['no-numbering', false]]);
      expect(guide!.sources[0]!.unsplit?.ruleId).toBe('no-numbering');
      expect(guide!.sources[0]!.answerSet.preamble!.children.length).toBeGreaterThan(0);
    });
  }

  test('the notebook keeps its code cells, text outputs and errors, and names images it does not show', () => {
    const dir = contentWith([{ from: join(formats, 'sources'), name: '104_notebook.ipynb' }]);
    const { answerSet } = loadGuide(dir, dir).guide!.sources[0]!;
    const cells = (n: number) =>
      answerSet.answers
        .find((a) => a.number === n)!
        .body.children.flatMap((node) => (node.type === 'code' && node.data?.cell ? [{ ...node.data.cell, value: node.value }] : []));
    expect(cells(3)).toEqual([
      { kind: 'input', label: 'In [3]:', value: 'a = tf.range(10)\nb = tf.constant(np.arange(10))\na.dtype, b.dtype' },
      { kind: 'output', label: 'Out[3]:', value: '(tf.int32, tf.int64)' },
    ]);
    const error = cells(9).find((cell) => cell.label === 'Error')!;
    expect(error.value).toContain('NotImplementedError: Cannot convert a symbolic tf.Tensor to a numpy array.');
    expect(error.value).not.toContain('\u001b[');
    expect(cells(11).map((cell) => cell.value)).toContain('(image/png output, not shown)');
    expect(cells(11).map((cell) => cell.value)).toContain('<Figure size 640x480 with 1 Axes>');
    // The chapter's own examples before "Exercise solutions" are not answers.
    expect(toString(answerSet.preamble!)).toContain('index it like a NumPy array');
    expect(toString(answerSet.appendix!)).toContain('plot_history');
  });
});

describe('a guide mixing every format', () => {
  test('aligns all answers of twelve sources in twelve formats to the right questions', () => {
    const dir = contentWith(
      [
        ...[...cases, ...unnumbered].map(({ name }) => ({ from: join(formats, 'sources'), name })),
        ...['000_d9c0ade0902cf93b.txt', '002_b4ed770ab7709d63.txt', '003_c860d07ecc2711ba.txt'].map((name) => ({
          from: join(project, 'content', 'sources'),
          name,
        })),
      ],
      { settings: true },
    );
    const { guide, diagnostics } = loadGuide(dir, dir);
    expect(diagnostics.filter((d) => d.fatal)).toEqual([]);
    expect(new Set(guide!.sources.map((s) => s.answerSet.format))).toEqual(
      new Set(formatSchema.options.filter((format) => format !== 'unsplit')),
    );
    expect(guide!.questions.map((q) => q.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(guide!.questions.map((q) => Object.keys(q.answers).length)).toEqual([12, 12, 12, 12, 12, 12, 11, 12, 10, 12, 12]);
    expectAligned(guide!);
    for (const { name, format } of unnumbered) {
      const source = guide!.sources.find((s) => name.startsWith(s.id))!;
      expect(source.answerSet.format).toBe(format);
      expect(source.answerSet.answers.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    }
    // The answers-only source borrows the prompt the others give.
    const q4 = guide!.questions[3]!;
    expect(q4.answers['103']!.prompt).toBeUndefined();
    expect(q4.prompt).toBe('Can you name six other data structures available in TensorFlow, beyond regular tensors?');
  });

  test('orders sources by sources.yaml, then those without an entry, and applies their settings', () => {
    const dir = contentWith(
      cases.map(({ name }) => ({ from: join(formats, 'sources'), name })),
      { settings: true },
    );
    const { guide } = loadGuide(dir, dir);
    expect(guide!.sources.map((s) => [s.id, s.label])).toEqual([
      ['101', 'Priya (headings)'],
      ['102', 'Table 3 (bold questions)'],
      ['103', 'Answers only'],
      ['104', 'Notebook'],
      ['107', 'Unnumbered headings'],
      ['108', 'Questions first'],
      ['105', 'evening-group'],
    ]);
    expect(guide!.sources[1]).toMatchObject({
      reference: true,
      link: 'https://example.org/table-3/answers',
      author: 'Marco, Lena and Sam',
    });
    expect(guide!.sources[0]).toMatchObject({ reference: false, license: 'CC-BY-4.0' });
  });
});

describe('a different chapter', () => {
  test('replacing the shipped sources with one answer set for another chapter gives that chapter’s guide', async () => {
    const { guide, diagnostics } = loadGuide(otherChapter, otherChapter);
    expect(diagnostics).toEqual([]);
    expect(guide!.title).toBe('Version Control with Git');
    expect(guide!.questions.map((q) => [q.number, q.slug])).toEqual([
      [1, '01-what-problem-does-version-control-solve-and-why-is-a'],
      [2, '02-what-are-the-three-states-a-tracked-file-can-be-in'],
      [3, '03-what-is-the-difference-between-git-fetch-and-git-pull'],
      [4, '04-how-do-you-undo-the-last-commit-while-keeping-its-changes'],
      [5, '05-when-would-you-rebase-rather-than-merge'],
      [6, '06-what-does-a-merge-conflict-look-like-and-how-do-you'],
      [7, '07-what-is-a-detached-head'],
      [8, '08-name-three-things-a-gitignore-file-should-usually-contain'],
    ]);
    const files = emitGuide(guide!, await renderGuide(guide!));
    // guide.json, glossary.json, question-pages.json, 8 questions and their 8 MDX pages, 1 source, its preamble and 8 answers.
    expect(files.map((f) => f.path)).toHaveLength(3 + 8 + 8 + 1 + 1 + 8);
    for (const file of files) expect(file.contents).not.toMatch(/tensorflow|keras/i);
    const q6 = files.find((f) => f.path === 'answers/q6-001.html')!.contents;
    expect(q6).toContain('&#x3C;&#x3C;&#x3C;&#x3C;&#x3C;&#x3C;&#x3C; HEAD');
  });
});
