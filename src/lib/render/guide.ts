/** Every answer of a guide rendered once, by the key the generated pages name it with. */
import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import type { AnswerSet } from '../model/model.ts';
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

/**
 * Answers rendered by an earlier run, by the hash of what they were rendered
 * from: kept between runs (in Astro's cache folder), so a rebuild or a reload
 * of `astro dev` re-renders only the answers that changed.
 */
export type RenderCache = Map<string, RenderedAnswer>;

/** What an answer's HTML depends on: its tree without source positions (which move when lines above change) and its key. */
function renderInput(key: string, tree: Root): string {
  const content = JSON.stringify(tree, (name, value) => (name === 'position' ? undefined : value));
  return createHash('sha256').update(key).update('\0').update(content).digest('base64');
}

/** What rendering reads of a guide: each source's id and answers (a guide, or sources just read). */
export interface Renderable {
  sources: ReadonlyArray<{ id: string; answerSet: Pick<AnswerSet, 'preamble' | 'appendix' | 'answers'> }>;
}

export async function renderGuide(guide: Renderable, highlight: Highlight = noHighlight, cache?: RenderCache): Promise<RenderedAnswers> {
  const rendered = new Map<string, RenderedAnswer>();
  const used = new Set<string>();
  const render = async (key: string, tree: Root) => {
    const hash = cache ? renderInput(key, tree) : '';
    used.add(hash);
    const known = cache?.get(hash);
    const answer = known ?? (await renderAnswer(tree, { headingShift: HEADING_SHIFT, idPrefix: key }, highlight));
    cache?.set(hash, answer);
    rendered.set(key, answer);
  };
  for (const source of guide.sources) {
    const { preamble, appendix, answers } = source.answerSet;
    if (preamble?.children.length) await render(preambleKey(source.id), preamble);
    for (const answer of answers) await render(answerKey(answer.number, source.id), answer.body);
    if (appendix?.children.length) await render(appendixKey(source.id), appendix);
  }
  // Keep only what this run used, so the cache never outgrows the guide.
  if (cache) for (const hash of cache.keys()) if (!used.has(hash)) cache.delete(hash);
  return rendered;
}
