import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

import { parseAnswerSet } from '../parse/index.ts';
import { assembleGuide, loadGuide, withQuestionPages } from '../build/load.ts';
import { readQuestionPage } from '../read/question-pages.ts';
import { ejectQuestion } from './eject.ts';
import { questionMdx } from './question-mdx.ts';
import { questionPageSchema, type Guide } from '../model/model.ts';
import { renderGuide } from '../render/guide.ts';
import { emitGuide } from './pages.ts';

const root = join(import.meta.dirname, '..', '..', '..');

/** Every generated file, the answers rendered as the build renders them (without highlighting). */
async function emit(guide: Guide) {
  return emitGuide(guide, await renderGuide(guide));
}

function guideFrom(text: string): Guide {
  const { answerSet } = parseAnswerSet({ id: 'x', file: 'x.txt', text });
  const sources = [{ id: 'x', file: 'x.txt', files: ['x.txt'], label: 'X', reference: false, lang: 'en', answerSet: answerSet! }];
  return assembleGuide({ title: 'T', sources });
}

describe('emitting the pages', () => {
  test('writes one page per question and per source, each answer’s HTML once, plus guide.json', async () => {
    const { guide } = loadGuide(join(root, 'content'), root);
    const paths = (await emit(guide!)).map((file) => file.path);
    expect(paths.filter((path) => path.startsWith('questions/'))).toHaveLength(11);
    expect(paths).toContain('questions/03-range-vs-constant.json');
    expect(paths).toContain('sources/003.json');
    expect(paths).toContain('guide.json');
    // 33 answers, each rendered once and named by every page that shows it.
    expect(paths.filter((path) => path.startsWith('answers/'))).toHaveLength(33);
    const page = questionPageSchema.parse(
      JSON.parse((await emit(guide!)).find((file) => file.path === 'questions/03-range-vs-constant.json')!.contents),
    );
    expect(page.sections.map((section) => section.body)).toEqual(['q3-000', 'q3-002', 'q3-003']);
  });

  test('gives byte-identical output for the same input', async () => {
    const first = await emit(loadGuide(join(root, 'content'), root).guide!);
    const second = await emit(loadGuide(join(root, 'content'), root).guide!);
    expect(second).toEqual(first);
  });

  test('shows braces, tags and imports from a source as text', async () => {
    const hostile = [
      '1. What about {braces} and <div>tags</div>?',
      '   - A {expression} and </div> and <tf.Tensor: shape=(10,)> here',
      '   - <script>alert(1)</script> and <img src=x onerror=alert(1)>',
      '',
      'import x from "y"',
      'export const a = 1',
      '',
    ].join('\n');
    const files = await emit(guideFrom(hostile));
    const page = questionPageSchema.parse(JSON.parse(files.find((file) => file.path.startsWith('questions/'))!.contents));
    // The prompt is data, rendered by the page as text.
    expect(page.prompt).toBe('What about {braces} and <div>tags</div>?');
    // The answer's words are in its rendered body only, whose HTML escapes every tag.
    expect(page.sections[0]!.body).toBe('q1-x');
    const html = files.find((file) => file.path === 'answers/q1-x.html')!.contents;
    expect(html).toContain('A {expression} and &#x3C;/div> and &#x3C;tf.Tensor: shape=(10,)> here');
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script> and &#x3C;img src=x onerror=alert(1)>');
    expect(html).toContain('import x from "y"');
    expect(html).not.toMatch(/<(script|img|div)\b/);
  });

  test('drops javascript: URLs but keeps the link text', async () => {
    const files = await emit(guideFrom('1. Link?\n   - [click](javascript:alert(1)) and [ok](https://example.org)\n'));
    const html = files.find((file) => file.path.startsWith('answers/'))!.contents;
    expect(html).not.toContain('javascript:alert(1)"');
    expect(html).toContain('click');
    expect(html).toContain('<a href="https://example.org">ok</a>');
  });

  test('marks a question a source skips instead of leaving it out', async () => {
    const a = parseAnswerSet({ id: 'a', file: 'a.txt', text: '1. One?\n   - yes\n2. Two?\n   - yes\n' }).answerSet!;
    const b = parseAnswerSet({ id: 'b', file: 'b.txt', text: '1. One?\n   - no\n' }).answerSet!;
    const sources = [
      { id: 'a', file: 'a.txt', files: ['a.txt'], label: 'A', reference: false, lang: 'en', answerSet: a },
      { id: 'b', file: 'b.txt', files: ['b.txt'], label: 'B', reference: false, lang: 'en', answerSet: b },
    ];
    const q2 = questionPageSchema.parse(
      JSON.parse((await emit(assembleGuide({ title: 'T', sources }))).find((f) => f.path.startsWith('questions/02'))!.contents),
    );
    expect(q2.sections[1]).toEqual({ source: 'b', label: 'B', question: 2, skipped: true });
    expect(q2.answers[1]).toMatchObject({ source: 'b', label: 'B', answered: false });
  });

  test('marks only the questions that have an editor note, so pages look up no missing note', async () => {
    const { guide } = loadGuide(join(root, 'content'), root);
    const noted = (await emit(guide!)).filter((file) => file.path.startsWith('questions/') && JSON.parse(file.contents).note === true);
    expect(noted.map((file) => file.path)).toEqual(['questions/03-range-vs-constant.json', 'questions/09-arbitrary-python.json']);
  });

  test('gives each question page a one-line description for link previews', async () => {
    const { guide } = loadGuide(join(root, 'content'), root);
    const q4 = JSON.parse((await emit(guide!)).find((file) => file.path === 'questions/04-data-structures.json')!.contents);
    expect(q4.description).toBe('Can you name six other data structures available in TensorFlow, beyond regular tensors?');
    const promptless = await emit(guideFrom('1. \n   - Ragged tensors hold rows of different lengths. They are built with tf.ragged.\n'));
    expect(JSON.parse(promptless.find((file) => file.path.startsWith('questions/'))!.contents).description).toBe(
      'Ragged tensors hold rows of different lengths.',
    );
  });
});

describe('the MDX page of each question', () => {
  test('is written for every question and composes the page from components, one <Answer> per source in order', async () => {
    const { guide } = loadGuide(join(root, 'content'), root);
    const files = await emit(guide!);
    expect(files.filter((file) => file.path.startsWith('pages/'))).toHaveLength(11);
    const mdx = files.find((file) => file.path === 'pages/03-range-vs-constant.mdx')!.contents;
    expect(mdx).toMatchInlineSnapshot(`
      "{/* Question 3, “tf.range(10) vs. tf.constant(np.arange(10))”, generated from content/sources/. To write it yourself: \`npm run ingest -- --eject 3\`. */}

      <Prompt />

      <EditorNote />

      <Comparison />

      <Answers>
        <Answer source="000" />
        <Answer source="002" />
        <Answer source="003" />
      </Answers>
      "
    `);
    // The generated page passes the check a maintainer's page must pass.
    const read = readQuestionPage('content/questions/03.mdx', '03', mdx);
    expect(read.diagnostics).toEqual([]);
    expect(read.page?.placed.map((answer) => answer.source)).toEqual(['000', '002', '003']);
  });

  test('keeps a label that would end an MDX comment inside the ejected page’s comment', () => {
    const guide = guideFrom('1. Q?\n   - A.');
    guide.sources[0]!.label = 'Notes */ {evil}';
    const mdx = questionMdx(guide, guide.questions[0]!, { file: 'questions/01.mdx' });
    expect(readQuestionPage('q.mdx', '01', mdx).diagnostics).toEqual([]);
    expect(mdx).toContain('{/* Notes * / {evil} */}');
  });

  test('is not written for a question the maintainer has a page for, whose entry names it and the answers it shows', async () => {
    const { guide } = loadGuide(join(root, 'content'), root);
    const placed = withQuestionPages(guide!, [
      { file: 'content/questions/03.mdx', name: '03', placed: [{ source: '003', line: 3, column: 1 }], rest: 5 },
    ]);
    const files = await emit(placed.guide);
    expect(files.some((file) => file.path === 'pages/03-range-vs-constant.mdx')).toBe(false);
    const page = questionPageSchema.parse(JSON.parse(files.find((file) => file.path === 'questions/03-range-vs-constant.json')!.contents));
    expect(page).toMatchObject({ custom: '03', shows: ['003', '000', '002'], rest: ['000', '002'] });
    expect(placed.diagnostics).toEqual([]);
  });

  test('is ejected as the maintainer’s starting point, once', () => {
    const { guide } = loadGuide(join(root, 'content'), root);
    const ejected = ejectQuestion(guide!, '03');
    expect('file' in ejected && ejected.file).toBe('questions/03.mdx');
    expect('contents' in ejected && ejected.contents).toContain('your page, written by `npm run ingest -- --eject 3`');
    expect(ejectQuestion(guide!, '12')).toEqual({
      error: 'This guide has no question 12; its questions are 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11',
    });
    const placed = withQuestionPages(guide!, [{ file: 'content/questions/03.mdx', name: '03', placed: [], rest: 1 }]).guide;
    expect(ejectQuestion(placed, '3')).toEqual({
      error: 'Question 3 already has its own page, content/questions/03.mdx; edit it, or delete it to eject the generated page again',
    });
  });
});
