/**
 * The visible text of a question or source page's answers, read from the
 * answers rendered for the build (`render/guide.ts`) plus the words the
 * page's components print around them (labels, titles, line numbers), so
 * the nothing-lost check reads what the pages show without reading the built
 * HTML again.
 */
import { promptDiffers } from '../align.ts';
import { plainText } from '../markdown.ts';
import type { Guide } from '../model.ts';
import { answerKey, appendixKey, preambleKey, type RenderedAnswers } from '../render/guide.ts';
import type { VisibleTextInput } from './visible.ts';

/** `Asked as:` and a source's own wording of the question (`SourcePrompt.astro`). */
const askedAs = (prompt: string) => `Asked as: ${plainText(prompt)}`;

/** The text of every question and source page, by kind and slug, as `findMissingLines` reads it. */
export function pageTexts(guide: Guide, rendered: RenderedAnswers): VisibleTextInput['pageText'] {
  const body = (key: string) => rendered.get(key)?.text ?? '';
  const pages = new Map<string, string>();
  for (const question of guide.questions) {
    const parts = [question.title, plainText(question.prompt)];
    for (const source of guide.sources) {
      const answer = question.answers[source.id];
      parts.push(source.label);
      if (!answer) {
        parts.push('This source skips this question.');
        continue;
      }
      parts.push([answer.title, `source ${source.id}`, `line ${answer.position.start.line}`].filter(Boolean).join(' · '));
      if (promptDiffers(answer.prompt, question.prompt)) parts.push(askedAs(answer.prompt!));
      parts.push(body(answerKey(question.number, source.id)));
    }
    pages.set(`question/${question.slug}`, parts.join('\n'));
  }
  for (const source of guide.sources) {
    const parts = [`Source ${source.id}`, source.label, body(preambleKey(source.id))];
    for (const answer of source.answerSet.answers) {
      const question = guide.questions.find((q) => q.number === answer.number);
      parts.push(`${answer.number} ${answer.title ?? question?.title ?? ''}`, 'Compare with the other sources');
      if (answer.prompt) parts.push(askedAs(answer.prompt));
      parts.push(body(answerKey(answer.number, source.id)));
    }
    parts.push(body(appendixKey(source.id)));
    pages.set(`source/${source.id}`, parts.join('\n'));
  }
  return ({ kind, slug }) => pages.get(`${kind}/${slug}`);
}
