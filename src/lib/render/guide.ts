/** Every answer of a guide rendered once, by the key the generated pages name it with. */
import type { Guide } from '../model.ts';
import { renderAnswer, type Highlight, type RenderedAnswer } from './answer-html.ts';

export type RenderedAnswers = ReadonlyMap<string, RenderedAnswer>;

/** `q3-000`: source 000's answer to question 3; the same on the question, source and study pages. */
export const answerKey = (number: number, source: string) => `q${number}-${source}`;
/** A source's text before its first question, and after its last. */
export const preambleKey = (source: string) => `${source}-preamble`;
export const appendixKey = (source: string) => `${source}-appendix`;

/** Leaves code blocks as `<pre><code class="language-x">`: for tests that read text only. */
export const noHighlight: Highlight = async () => {};

/** Headings inside an answer sit below the page's `h2` per answer. */
const HEADING_SHIFT = 2;

export async function renderGuide(guide: Guide, highlight: Highlight = noHighlight): Promise<RenderedAnswers> {
  const rendered = new Map<string, RenderedAnswer>();
  const render = async (key: string, tree: Parameters<typeof renderAnswer>[0]) => {
    rendered.set(key, await renderAnswer(tree, { headingShift: HEADING_SHIFT, idPrefix: key }, highlight));
  };
  for (const source of guide.sources) {
    const { preamble, appendix, answers } = source.answerSet;
    if (preamble?.children.length) await render(preambleKey(source.id), preamble);
    for (const answer of answers) await render(answerKey(answer.number, source.id), answer.body);
    if (appendix?.children.length) await render(appendixKey(source.id), appendix);
  }
  return rendered;
}
