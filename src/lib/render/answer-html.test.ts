import { describe, expect, test } from 'vitest';
import { parseMarkdown } from '../read/markdown.ts';
import { renderAnswer } from './answer-html.ts';
import { noHighlight } from './guide.ts';

const render = (markdown: string) => renderAnswer(parseMarkdown(markdown), { headingShift: 1, idPrefix: 'q1-001' }, noHighlight);

describe('an answer rendered once', () => {
  test('a footnote referenced in the answer is shown as a note', async () => {
    const { html, text } = await render('A claim.[^1]\n\n[^1]: Its source.\n');
    expect(html).toContain('data-footnotes');
    expect(text).toContain('Its source.');
  });

  test('a footnote whose reference went to another answer is shown where it is written, with its label', async () => {
    const { text } = await render('Below the question.\n\n[^factor]: Internally, this is what the factor class does.\n');
    expect(text).toContain('[^factor]: Internally, this is what the factor class does.');
  });

  test('a table row with more cells than its header shows every cell', async () => {
    const { html, text } = await render('n|0|1|2\n---|---|---|---\nBounded|0|0|1|3|6\n');
    expect(text).toContain('6');
    expect(html.match(/<th>/g)).toHaveLength(6);
  });
});

describe('math', () => {
  test('a display environment is typeset as display wherever it stands, its `\\label` printing nothing', async () => {
    const { html, text } = await render('Show that $\\begin{equation*} a = b \\tag{1.2}\\label{eq:1.2} \\end{equation*}$ holds.\n');
    expect(html).toContain('katex-display');
    expect(html).not.toContain('#cc0000');
    // The TeX as written stays readable, for search and the nothing-lost check.
    expect(text).toContain('\\label{eq:1.2}');
  });
});
