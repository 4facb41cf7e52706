import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../model/diagnostics.ts';
import { readQuestionPage, readQuestionPages } from './question-pages.ts';

const read = (text: string) => readQuestionPage('content/questions/03.mdx', '03', text);
const messages = (text: string) => read(text).diagnostics.map(formatDiagnostic);

describe('reading a maintainer’s question page', () => {
  test('finds the answers it places, in its order, and where an empty <Answers /> shows the rest', () => {
    const { page, diagnostics } = read(
      [
        '# Our page',
        '',
        '<Prompt />',
        '',
        'Prose of our own.',
        '',
        '<Answer source="003" />',
        '',
        '<Comparison />',
        '',
        '<Answers />',
        '',
        '<Answer source="000" />',
      ].join('\n'),
    );
    expect(diagnostics).toEqual([]);
    expect(page).toEqual({
      file: 'content/questions/03.mdx',
      name: '03',
      placed: [
        { source: '003', line: 7, column: 1 },
        { source: '000', line: 13, column: 1 },
      ],
      rest: 11,
    });
  });

  test('reads answers placed inside <Answers> and leaves HTML, fragments and imported components alone', () => {
    const { page, diagnostics } = read(
      [
        "import Figure from '../../src/components/Figure.astro';",
        '',
        '<Figure src="x.png" />',
        '',
        '<details><summary>More</summary>text</details>',
        '',
        '<Answers>',
        '  <Answer source="002" />',
        '  <>',
        '    <Answer source="000" />',
        '  </>',
        '</Answers>',
      ].join('\n'),
    );
    expect(diagnostics).toEqual([]);
    expect(page?.placed.map((answer) => answer.source)).toEqual(['002', '000']);
    expect(page?.rest).toBeUndefined();
  });

  test('names an unknown component with the closest one it may have meant', () => {
    expect(messages('<Prompt />\n\n<Answr source="003" />')).toMatchInlineSnapshot(`
      [
        "content/questions/03.mdx:3:1: Unknown component \`<Answr>\`; did you mean \`<Answer>\`? A question page may use \`<Prompt>\`, \`<EditorNote>\`, \`<Comparison>\`, \`<Verdicts>\`, \`<Choices>\`, \`<Consensus>\`, \`<ComparisonTable>\`, \`<Coverage>\`, \`<Closeness>\`, \`<Answers>\`, \`<Answer>\`, or import its own [invalid-question-page]",
      ]
    `);
  });

  test('names a prop a component does not take, a missing source and a source written as an expression', () => {
    expect(messages('<Answer sorce="003" />\n\n<Answer />\n\n<Answer source={3} />\n\n<Prompt lang="de" />')).toMatchInlineSnapshot(`
      [
        "content/questions/03.mdx:1:1: Unknown prop \`sorce\`; did you mean \`source\`? \`<Answer>\` takes \`source\` [invalid-question-page]",
        "content/questions/03.mdx:3:1: \`<Answer>\` needs \`source\`, e.g. \`<Answer source="003" />\` [invalid-question-page]",
        "content/questions/03.mdx:5:1: \`source\` is written in quotes, e.g. \`<Answer source="003" />\` [invalid-question-page]",
        "content/questions/03.mdx:7:1: Unknown prop \`lang\`; \`<Prompt>\` takes no props [invalid-question-page]",
      ]
    `);
  });

  test('refuses text written inside a component that would not show it, and an answer placed twice', () => {
    expect(messages('<Comparison>Our words</Comparison>\n\n<Answer source="003" />\n\n<Answer source="003" />')).toMatchInlineSnapshot(`
      [
        "content/questions/03.mdx:1:1: \`<Comparison>\` shows what the guide holds and nothing written inside it; close it as \`<Comparison />\` and put your text beside it [invalid-question-page]",
        "content/questions/03.mdx:5:1: Source 003's answer is already placed on line 3; a page shows each answer once, so remove one [invalid-question-page]",
      ]
    `);
  });

  test('names an import of a file that is not there', () => {
    const text = "<Prompt />\n\nimport Figure from './figure.astro';\n\n<Figure />";
    expect(
      readQuestionPage('content/questions/03.mdx', '03', text, (specifier) => specifier !== './figure.astro').diagnostics.map(
        formatDiagnostic,
      ),
    ).toEqual([
      "content/questions/03.mdx:3:1: `./figure.astro` is not there; an import's path is relative to the page's folder, so check its spelling and place [invalid-question-page]",
    ]);
    expect(readQuestionPage('content/questions/03.mdx', '03', text, () => true).diagnostics).toEqual([]);
  });

  test('gives an MDX syntax error its line and column, and how to write a brace in prose', () => {
    expect(messages('<Prompt />\n\nThe set {1, 2')).toMatchInlineSnapshot(`
      [
        "content/questions/03.mdx:3:14: This page is not valid MDX: Unexpected end of file in expression, expected a corresponding closing brace for \`{\`; fix the syntax (a \`{\` or \`<\` in prose is written \`\\{\` or \`\\<\`) [invalid-question-page]",
      ]
    `);
    expect(read('<Prompt />\n\nThe set {1, 2').diagnostics.every((d) => d.fatal)).toBe(true);
  });

  test('reads the .mdx files of the folder, asks for .mdx of a .md page, and leaves images alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'question-pages-'));
    mkdirSync(join(dir, 'questions'));
    writeFileSync(join(dir, 'questions', '03.mdx'), '<Answers />\n');
    writeFileSync(join(dir, 'questions', '04.md'), 'text\n');
    writeFileSync(join(dir, 'questions', 'figure.png'), 'png');
    const { pages, diagnostics } = readQuestionPages(join(dir, 'questions'), (path) => path.slice(dir.length + 1));
    expect(pages.map((page) => page.name)).toEqual(['03']);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      "questions/04.md:1:1: A question page is MDX, so that it can use the page's components: rename it to `04.mdx` [invalid-question-page]",
    ]);
    // A page that leads outside content/ is not read; the generated page stands, with a warning.
    const outside = readQuestionPages(
      join(dir, 'questions'),
      (path) => path.slice(dir.length + 1),
      (path) => !path.endsWith('03.mdx'),
    );
    expect(outside.pages).toEqual([]);
    expect(outside.diagnostics.map((d) => [d.file, d.ruleId, d.fatal])).toContainEqual(['questions/03.mdx', 'outside-link', false]);
  });
});
