import { toString } from 'mdast-util-to-string';
import { describe, expect, test } from 'vitest';
import { visit } from 'unist-util-visit';
import { inlineWithoutPositions, neutralise, parseInline, parseMarkdown, plainText } from './markdown.ts';

/** What `plainText` gives by parsing, whatever the text. */
const parsed = (text: string) => toString(parseInline(text)).trim();

const samples = [
  'x = tf.ones(68)\ny = tf.reduce_sum(x * 4)\nprint(y)  # ad cache',
  'Use retrace_replica() when schedule: 3.5 (or 40%).',
  'a*b*c',
  'snake_case_',
  '_private',
  '# heading',
  'one\n\ntwo',
  'line  \nbreak',
  '1. item',
  'text\n===',
  'see www.example.com or http://x.org',
  '  indented',
];

/** Short random texts of the characters that could open Markdown syntax, the same every run. */
function randomTexts(count: number): string[] {
  const alphabet = [
    'a',
    'b',
    'é',
    '1',
    '2',
    ' ',
    ' ',
    ' ',
    '\n',
    '.',
    ',',
    ':',
    '?',
    "'",
    '"',
    '(',
    ')',
    '/',
    '=',
    '%',
    '+',
    '#',
    '*',
    '_',
    '-',
    'w',
  ];
  let seed = 7;
  const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(random() * 16) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''),
  );
}

describe('plainText', () => {
  test('reads text without Markdown as itself, and Markdown by parsing it', () => {
    for (const text of samples) expect(plainText(text)).toBe(parsed(text));
  });

  test('agrees with parsing on random text of Markdown-prone characters', () => {
    for (const text of randomTexts(400)) expect(plainText(text), JSON.stringify(text)).toBe(parsed(text));
  }, 60_000);
});

describe('inlineWithoutPositions', () => {
  /** What parsing gives, positions left out. */
  const parsedNodes = (text: string) =>
    JSON.parse(JSON.stringify(parseInline(text), (key, value) => (key === 'position' ? undefined : value)));

  test('gives the nodes parsing gives, on text with Markdown and without', () => {
    for (const text of [...samples, 'How would you describe TensorFlow (in short)? What are its main features?', 'Is `tf.range()` lazy?']) {
      expect(inlineWithoutPositions(text), JSON.stringify(text)).toEqual(parsedNodes(text));
    }
  });

  test('agrees with parsing on random text of Markdown-prone characters', () => {
    for (const text of randomTexts(400)) expect(inlineWithoutPositions(text), JSON.stringify(text)).toEqual(parsedNodes(text));
  }, 60_000);
});

describe('math as people write it', () => {
  const kinds = (text: string) => {
    const found: string[] = [];
    visit(parseMarkdown(text), (node) => {
      if (node.type === 'math' || node.type === 'inlineMath') found.push(`${node.type}:${node.value}`);
    });
    return found;
  };

  test('`$…$`, `$$…$$` and a `\\[ … \\]` paragraph are math', () => {
    expect(kinds('The variance $\\sigma^2$ is high.\n\n$$\nE(y) = f(x)\n$$\n\n\\[\n\\beta_0 = 50\n\\]\n')).toEqual([
      'inlineMath:\\sigma^2',
      'math:E(y) = f(x)',
      'math:\\beta_0 = 50',
    ]);
  });

  test('`\\(…\\)` is inline math; escapes around it and an unclosed `\\(` stay text', () => {
    const tree = parseMarkdown('The mean \\(\\mu = \\frac{1}{n}\\sum x_i\\) is \\*not\\* robust.\n\nPlain (parens) and \\(unclosed.\n');
    expect(kinds('The mean \\(\\mu = \\frac{1}{n}\\sum x_i\\) is robust.')).toEqual(['inlineMath:\\mu = \\frac{1}{n}\\sum x_i']);
    expect(toString(tree.children[0]!)).toBe('The mean \\mu = \\frac{1}{n}\\sum x_i is *not* robust.');
    expect(toString(tree.children[1]!)).toBe('Plain (parens) and (unclosed.');
  });

  test('a dollar that is money or R code stays text', () => {
    expect(kinds('It costs $5 to $10 a run.')).toEqual([]);
    expect(kinds('Use college$Private and college$Apps.')).toEqual([]);
    // Chinese writes math against its words.
    expect(kinds('任给一个方阵$\\mathbf{A}$，它对称吗？')).toEqual(['inlineMath:\\mathbf{A}']);
    expect(toString(parseMarkdown('From $5 to $10.'))).toBe('From $5 to $10.');
  });

  test('a `$$` that never closes does not swallow the rest of the file', () => {
    const tree = parseMarkdown('3.5. The sum: $$\n\\sum_s p(s) = 1\n$$\n3.6. Next answer.\n\n## 4.\n\nMore.\n');
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'heading', 'paragraph']);
  });
});

describe('front matter', () => {
  test('R Markdown’s YAML header and Hugo’s TOML are shown as the code they are, not as a rule and a heading', () => {
    const yaml = parseMarkdown('---\ntitle: "Chapter 3"\noutput: html_document\n---\n\n## 1.\n');
    expect(yaml.children.map((node) => node.type)).toEqual(['code', 'heading']);
    expect(yaml.children[0]).toMatchObject({ lang: 'yaml', value: 'title: "Chapter 3"\noutput: html_document' });
    expect(parseMarkdown('+++\ntitle = "2.55"\n+++\n\nText.\n').children[0]).toMatchObject({ type: 'code', lang: 'toml' });
  });
});

describe('Pandoc heading attributes', () => {
  test('a heading shows its words without the attributes that name and style it; braces of its own words stay', () => {
    const heading = (text: string) => toString(parseMarkdown(text).children[0]!);
    expect(heading('# Data visualisation {#data-visualisation .r4ds-section}')).toBe('Data visualisation');
    expect(heading('### Exercise 3.2.1{.unnumbered .exercise data-number="3.2.1"}')).toBe('Exercise 3.2.1');
    expect(heading('## Intro {-}')).toBe('Intro');
    expect(heading('## Sets {a, b}')).toBe('Sets {a, b}');
  });
});

describe('headings written in HTML', () => {
  test('a line that is one heading element is a heading of its level, its words read as Markdown in place', () => {
    const tree = parseMarkdown('Intro.\n\n<h4 id="a">1-2. Show that $a$ is **small**.</h4>\n\nYes.\n');
    const heading = tree.children[1]!;
    expect(heading.type).toBe('heading');
    expect(heading.type === 'heading' && heading.depth).toBe(4);
    expect(toString(heading)).toBe('1-2. Show that a is small.');
    // The words keep their place in the file, so the nothing-lost check finds them.
    const strong = heading.type === 'heading' ? heading.children.find((node) => node.type === 'strong') : undefined;
    expect(strong?.position?.start).toEqual({ line: 3, column: 34 });
  });

  test('a block of HTML that only wraps text (`<li><b>` around a numbered line) reads as its text, each line in place', () => {
    const text = '<ul>\n\n<li><b>\nR1. What is a host?\n</b></li>\n<p>\nAnswer:<br/>\nAn end system.\n</p>\n\n</ul>\n';
    const tree = neutralise(parseMarkdown(text));
    expect(tree.children.map((node) => [node.type, toString(node), node.position?.start.line])).toEqual([
      ['paragraph', 'R1. What is a host?', 4],
      ['paragraph', 'Answer:\nAn end system.', 7],
    ]);
    // Characters outside the Basic Multilingual Plane (an emoji is two UTF-16 units) keep the text after them whole.
    const emoji = neutralise(parseMarkdown('<li>\n<b>📌</b> R2. Why <i>layers</i>?\n</li>\n'));
    expect(toString(emoji)).toBe('📌 R2. Why layers?');
    // A table or a link is more than text: the block stays visible as written.
    const table = neutralise(parseMarkdown('<table>\n<tr><td>1. x</td></tr>\n</table>\n'));
    expect(table.children.map((node) => node.type)).toEqual(['paragraph']);
    expect(toString(table)).toContain('<td>');
  });

  test('other HTML, and a heading among other elements, stays visible text', () => {
    expect(parseMarkdown('<div><h4>1.</h4><p>x</p></div>\n').children[0]!.type).toBe('paragraph');
    expect(parseMarkdown('<h4>1.\n</h4>\n').children[0]!.type).toBe('paragraph');
  });
});
