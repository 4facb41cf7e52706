/**
 * The visible text of a question or source page's answers, read from the
 * answers rendered for the build (`render/guide.ts`) plus the words the
 * page's components print around them (labels, titles, line numbers), so
 * the nothing-lost check reads what the pages show without reading the built
 * HTML again.
 */
import { toString } from 'mdast-util-to-string';
import { promptDiffers } from '../align/align.ts';
import { parseInline } from '../read/markdown.ts';
import type { Guide } from '../model/model.ts';
import { answerKey, appendixKey, preambleKey, type RenderedAnswers } from '../render/guide.ts';
import { pageKey, visibleGuide, type VisibleTextInput } from './visible.ts';
import type { ShownLine } from './shown-lines.ts';
import type { Job } from './worker.ts';

/**
 * A prompt's text as a page shows it: math is typeset apart from the words around it, as in an answer
 * (`render/answer-html.ts`), so `$i$th` reads `i th` on the page as it does in the source's lines; an image
 * shows no words (its alt text is not read as the page's text).
 */
const promptText = (prompt: string) =>
  parseInline(prompt)
    .map((node) => (node.type === 'inlineMath' ? ` ${node.value} ` : toString(node, { includeImageAlt: false })))
    .join('')
    .trim();

/** `Asked as:` and a source's own wording of the question (`SourcePrompt.astro`). */
const askedAs = (prompt: string) => `Asked as: ${promptText(prompt)}`;

/** Everything the nothing-lost check reads, small and plain enough to hand to a worker thread. */
export function visibleJob(guide: Guide, rendered: RenderedAnswers, root: string, shown?: Map<string, ShownLine[]>): Job {
  return { guide: visibleGuide(guide), pages: pageTextMap(guide, rendered), root, ...(shown ? { shown } : {}) };
}

/** The text of every question and source page, by kind and slug, as `findMissingLines` reads it. */
export function pageTexts(guide: Guide, rendered: RenderedAnswers): VisibleTextInput['pageText'] {
  const pages = pageTextMap(guide, rendered);
  return (page) => pages.get(pageKey(page));
}

/**
 * The same texts keyed by `pageKey`, to hand to a worker: each page whole,
 * and each answer's part of it with the page's heading (the line that opens
 * an answer may show its title there).
 */
export function pageTextMap(guide: Guide, rendered: RenderedAnswers): Map<string, string> {
  const body = (key: string) => rendered.get(key)?.text ?? '';
  const pages = new Map<string, string>();
  for (const question of guide.questions) {
    const heading = [question.title, promptText(question.prompt)];
    const parts = [...heading];
    // A maintainer's page shows only the answers it places.
    for (const source of guide.sources.filter((s) => !question.page || question.page.shows.includes(s.id))) {
      const answer = question.answers[source.id];
      const section = [source.label];
      if (!answer) section.push('This source skips this question.');
      else {
        section.push([answer.title, `source ${source.id}`, `line ${answer.position.start.line}`].filter(Boolean).join(' · '));
        if (promptDiffers(answer.prompt, question.prompt)) section.push(askedAs(answer.prompt!));
        section.push(body(answerKey(question.number, source.id)));
        pages.set(pageKey({ kind: 'question', slug: question.slug, part: source.id }), [...heading, ...section].join('\n'));
      }
      parts.push(...section);
    }
    pages.set(pageKey({ kind: 'question', slug: question.slug }), parts.join('\n'));
  }
  for (const source of guide.sources) {
    const heading = [`Source ${source.id}`, source.label];
    const parts = [...heading, body(preambleKey(source.id))];
    for (const answer of source.answerSet.answers) {
      const question = guide.questions.find((q) => q.number === answer.number);
      const section = [`${question?.id ?? answer.number} ${answer.title ?? question?.title ?? ''}`, 'Compare with the other sources'];
      if (answer.prompt) section.push(askedAs(answer.prompt));
      section.push(body(answerKey(answer.number, source.id)));
      pages.set(pageKey({ kind: 'source', slug: source.id, part: String(answer.number) }), [...heading, ...section].join('\n'));
      parts.push(...section);
    }
    parts.push(body(appendixKey(source.id)));
    pages.set(pageKey({ kind: 'source', slug: source.id }), parts.join('\n'));
  }
  return pages;
}
