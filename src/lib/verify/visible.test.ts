import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../model/diagnostics.ts';
import { assembleGuide } from '../build/load.ts';
import type { Source } from '../model/model.ts';
import { parseAnswerSet } from '../parse/index.ts';
import { readSource, readSourceText } from '../build/read.ts';
import { renderGuide } from '../render/guide.ts';
import { pageTexts } from './page-text.ts';
import { shownLines } from './shown-lines.ts';
import { findMissingLines } from './visible.ts';

const text = '1. Is it eager?\n   - Yes, by default.\n   - Graphs come from `tf.function`.\n';
const { answerSet } = parseAnswerSet({ id: 'a', file: 'a.txt', text });
const sources = [
  {
    id: 'a',
    file: 'content/sources/a.txt',
    files: ['content/sources/a.txt'],
    label: 'A',
    reference: false,
    lang: 'en',
    answerSet: answerSet!,
  },
];
const guide = assembleGuide({ title: 'T', sources });

/** Runs the check on the pages of these sources, their answers rendered as the build renders them. */
async function checkRendered(parsed: Source[], read: (file: string) => string, edit: (source: Source) => Source = (source) => source) {
  const shown = assembleGuide({ title: 'T', sources: parsed.map((source) => edit(structuredClone(source))) });
  return findMissingLines({
    guide: assembleGuide({ title: 'T', sources: parsed }),
    readSource: read,
    pageText: pageTexts(shown, await renderGuide(shown)),
  }).map(formatDiagnostic);
}

const sourceOf = (id: string, file: string, body: string): Source => ({
  id,
  file,
  files: [file],
  label: id,
  reference: false,
  lang: 'en',
  answerSet: parseAnswerSet({ id, file, text: body }).answerSet!,
});

describe('the nothing-lost check', () => {
  test('passes when every line is visible, ignoring markup and list numbers', async () => {
    const page = 'Is it eager? Yes, by default. Graphs come from tf.function.';
    expect(findMissingLines({ guide, readSource: () => text, pageText: () => page })).toEqual([]);
  });

  test('names the file and line of a source line missing from its page', async () => {
    const page = 'Is it eager? Yes, by default.';
    const missing = findMissingLines({ guide, readSource: () => text, pageText: () => page }).map(formatDiagnostic);
    expect(missing).toEqual([
      'content/sources/a.txt:3:1: This line is not visible on the source page `a`; the parser dropped it, please report the file [line-not-visible]',
      'content/sources/a.txt:3:1: This line is not visible on the question page `01-is-it-eager`; the parser dropped it, please report the file [line-not-visible]',
    ]);
  });

  test('asks only the source page for an answer a maintainer’s question page leaves out', async () => {
    const sourcePage = 'Is it eager? Yes, by default. Graphs come from tf.function.';
    const pageText = ({ kind }: { kind: string }) => (kind === 'source' ? sourcePage : 'Is it eager?');
    const [question] = guide.questions;
    const leftOut = {
      ...guide,
      questions: [{ ...question!, page: { name: '01', file: 'content/questions/01.mdx', shows: [], rest: [] } }],
    };
    expect(findMissingLines({ guide: leftOut, readSource: () => text, pageText })).toEqual([]);
    expect(findMissingLines({ guide, readSource: () => text, pageText }).map((d) => d.message)).toContain(
      'This line is not visible on the question page `01-is-it-eager`; the parser dropped it, please report the file',
    );
  });

  test('reports a missing page', async () => {
    const missing = findMissingLines({ guide, readSource: () => text, pageText: () => undefined });
    expect(missing[0]?.message).toContain('(page missing)');
  });

  test('lets the line that opens an answer show its title apart from the rest of it', async () => {
    const bold = '1. **Speed**: it is fast.\n   - Yes.\n';
    const parsed = parseAnswerSet({ id: 'b', file: 'b.md', text: bold }).answerSet!;
    const boldSources = [{ id: 'b', file: 'b.md', files: ['b.md'], label: 'B', reference: false, lang: 'en', answerSet: parsed }];
    const boldGuide = assembleGuide({ title: 'T', sources: boldSources });
    const page = 'Speed source b line 1 it is fast. Yes.';
    expect(findMissingLines({ guide: boldGuide, readSource: () => bold, pageText: () => page })).toEqual([]);
    const shuffled = 'it is fast. Speed Yes.';
    expect(findMissingLines({ guide: boldGuide, readSource: () => bold, pageText: () => shuffled })).toEqual([]);
    expect(findMissingLines({ guide: boldGuide, readSource: () => bold, pageText: () => 'fast it is Speed Yes' })).toHaveLength(2);
  });

  test('lets a label glued to its number (`# Ex3.1`) stay off the page, as `Exercise 3.1` does', async () => {
    const glued = '# Ex3.1\n\nIt buffers.\n\n# Ex3.2\n\nIt does not.\n';
    const parsed = parseAnswerSet({ id: 'g', file: 'g.md', text: glued }).answerSet!;
    const gluedGuide = assembleGuide({
      title: 'T',
      sources: [{ id: 'g', file: 'g.md', files: ['g.md'], label: 'G', reference: false, lang: 'en', answerSet: parsed }],
    });
    expect(findMissingLines({ guide: gluedGuide, readSource: () => glued, pageText: () => 'It buffers. It does not.' })).toEqual([]);
    expect(findMissingLines({ guide: gluedGuide, readSource: () => glued, pageText: () => 'It buffers.' })).not.toEqual([]);
  });

  test('lets `# Chapter 1-6` and the headings `## 題目` and `## 解法` over a question and its answer stay off the page', async () => {
    const file =
      '# Chapter 1-6\n\n## 題目\nHow many regions?\n\n## 解法\nStart small.\n\n# Chapter 1-8\n\n## 題目\nFind Q_n.\n\n## 解法\nIt repeats.\n';
    const source = sourceOf('c', 'c.md', file);
    expect(await checkRendered([source], () => file)).toEqual([]);
    // A line of the answer the page leaves out is still reported.
    const dropped = (edited: Source) => {
      edited.answerSet.answers[1]!.body.children = edited.answerSet.answers[1]!.body.children.slice(0, 1);
      return edited;
    };
    expect(await checkRendered([source], () => file, dropped)).not.toEqual([]);
  });

  test('passes on code fences indented inside nested list items, as the site renders them', async () => {
    const nested = [
      '1. How do you compute a gradient?',
      '   1. Record the forward pass:',
      '      - Use a tape.',
      '',
      '      ```python',
      '      with tf.GradientTape() as tape:',
      '          loss = model(x)',
      '      ```',
      '   2. Then ask the tape.',
      '',
      '2. What does a bullet with code look like?',
      '   - Like this:',
      '     ```js',
      '     const answer = 42;',
      '     ```',
      '',
    ].join('\n');
    expect(await checkRendered([sourceOf('001', 'nested.md', nested)], () => nested)).toEqual([]);
  });

  test('reads math in a quoted question apart from the word it touches, as the page typesets it', async () => {
    const quoted =
      '## 3.2-6\n\n> Show that the golden ratio satisfies its equation.\n\nBy the quadratic formula.\n\n## 3.2-7\n\n> Prove that the $i$th Fibonacci number satisfies\n>\n> $$F_i = \\frac{\\phi^i}{\\sqrt 5},$$\n\nBy induction on $i$.\n';
    expect(await checkRendered([sourceOf('001', 'fib.md', quoted)], () => quoted)).toEqual([]);
  });

  test('reads an image in a question as showing no words, as the page shows it', async () => {
    const text =
      '### Exercise 2.3\n\nWhich method wins in the long run?\n\n#### Answer\n\nThe one that explores least.\n\n### Exercise 2.4\n\nIf the step sizes, ![equation](http://example.org/a.svg), are not constant, what is the weighting?\n\n#### Answer\n\nA product of one minus each step size.\n';
    expect(await checkRendered([sourceOf('001', 'bandits.md', text)], () => text)).toEqual([]);
  });

  test('reads a footnote reference’s number as the renderer’s, not part of the word before it', async () => {
    const notes =
      '## 1. Why trace?\n\nTracing[^1] makes a graph.\n\n[^1]: Only inside `tf.function`.\n\n## 2. Why not always?\n\nDebugging is harder.\n';
    expect(await checkRendered([sourceOf('001', 'notes.md', notes)], () => notes)).toEqual([]);
  });

  test('reports exactly the line of a paragraph a parser dropped from an answer', async () => {
    const answers =
      '## 1. Why trace?\n\nTracing makes a graph.\n\nGraphs run fast and export well.\n\n## 2. Why not always?\n\nDebugging is harder.\n';
    const dropSecondParagraph = (source: Source): Source => {
      const first = source.answerSet.answers[0]!;
      first.body.children = first.body.children.filter((node) => node.position?.start.line !== 5);
      return source;
    };
    expect(await checkRendered([sourceOf('001', 'drop.md', answers)], () => answers, dropSecondParagraph)).toEqual([
      'drop.md:5:1: This line is not visible on the source page `001`; the parser dropped it, please report the file [line-not-visible]',
      'drop.md:5:1: This line is not visible on the question page `01-why-trace`; the parser dropped it, please report the file [line-not-visible]',
    ]);
  });
});

const fixtures = join(import.meta.dirname, '../parse/__fixtures__');
const parsedFixtures = readdirSync(fixtures, { withFileTypes: true })
  // Real layouts need a guide around them; `parse/real.test.ts` checks them in one.
  .filter((entry) => entry.isDirectory() && entry.name !== 'real' && entry.name !== 'corpus')
  .map((entry) => {
    const name = entry.name;
    const input = readdirSync(join(fixtures, name)).find((file) => file === 'input' || file.startsWith('input.'))!;
    const read = readSource('fixture', join(fixtures, name, input), `${name}/${input}`);
    // A source no layout could split is published whole: its lines must be on its source page all the same.
    const answerSet = read.answerSet ?? read.unsplit?.answerSet;
    return answerSet
      ? [
          {
            name,
            source: { id: 'fixture', file: `${name}/${input}`, files: read.files, label: name, reference: false, lang: 'en', answerSet },
          },
        ]
      : [];
  })
  .flat()
  .sort((a, b) => a.name.localeCompare(b.name));

describe('the nothing-lost check on the parser fixtures', () => {
  test('covers most of them', async () => {
    expect(parsedFixtures.length).toBeGreaterThan(25);
  });

  test.each(parsedFixtures.map(({ name, source }) => [name, source] as const))(
    'finds every line of %s on its rendered pages',
    async (_name, source) => {
      expect(await checkRendered([source], (file) => readSourceText(join(fixtures, file), file))).toEqual([]);
    },
  );
});

describe('the text each line shows in context', () => {
  const shown = (markdown: string) => shownLines('a.md', markdown).map((line) => line.shown.trim());

  test('shows a fenced block’s code without its fences or language, however deeply it is indented', async () => {
    expect(shown('1. Steps:\n   - Run:\n\n     ```python\n     x = [1](2)\n     ```\n')).toEqual([
      'Steps:',
      'Run:',
      '',
      '',
      'x = [1](2)',
      '',
      '',
    ]);
    expect(shown('- a\n  ~~~\n  # not a heading\n  ~~~')).toEqual(['a', '', '# not a heading', '']);
  });

  test('shows indented code as written and a list inside a quote without its markers', async () => {
    expect(shown('Text\n\n    &amp; code\n')).toEqual(['Text', '', '&amp; code', '']);
    expect(shown('> 1. first\n>    - second')).toEqual(['first', 'second']);
  });

  test('shows what a line says, not its link addresses, definitions, images or character references', async () => {
    expect(shown('See [the guide](https://example.org/guide) &amp; **this**.')).toEqual(['See the guide & this.']);
    expect(shown('A [link][ref] and ![an image](https://example.org/x.png).\n\n[ref]: https://example.org')).toEqual([
      'A link and .',
      '',
      '',
    ]);
    // A picture beside the source file is not on the site, so it is named instead.
    expect(shown('A plot: ![loss](plot.png)')).toEqual(['A plot: loss (image plot.png, not included)']);
  });

  test('shows a block of HTML that only wraps text as its text, its tags alone on a line showing nothing', async () => {
    expect(shown('<li><b>\nR1. What is a host?\n</b></li>\n\n</p>')).toEqual(['', 'R1. What is a host?', '', '', '']);
    // Inside a paragraph, HTML shows as written, as the page escapes it.
    expect(shown('A <b>bold</b> word.')).toEqual(['A <b>bold</b> word.']);
  });

  test('shows raw HTML as text, as the site escapes it', async () => {
    expect(shown('<img src=x onerror=alert(1)>\n\nA <kbd>key</kbd>.')).toEqual(['<img src=x onerror=alert(1)>', '', 'A <kbd>key</kbd>.']);
  });

  test('shows a table row’s cells as separate words, and a span of code or emphasis across lines on each of its lines', async () => {
    expect(shown('| a | b |\n| --- | --- |\n| `c` | **d**e |')).toEqual(['a b', '', 'c de']);
    expect(shown('one *two\nthree* `four\nfive` six')).toEqual(['one two', 'three four', 'five six']);
  });

  test('shows a notebook’s code cells and outputs as written and its markdown cells in context', async () => {
    const notebook = JSON.stringify(
      {
        nbformat: 4,
        nbformat_minor: 5,
        metadata: {},
        cells: [
          { cell_type: 'markdown', metadata: {}, source: ['1. Question?\n', '   ```python\n', '   x = 1\n', '   ```'] },
          {
            cell_type: 'code',
            metadata: {},
            execution_count: 1,
            source: ['# [not](a link)'],
            outputs: [{ output_type: 'stream', name: 'stdout', text: ['&amp;\n'] }],
          },
        ],
      },
      null,
      1,
    );
    expect(shownLines('a.ipynb', notebook).map((line) => line.shown.trim())).toEqual([
      'Question?',
      '',
      'x = 1',
      '',
      '# [not](a link)',
      '&amp;',
    ]);
  });
});
