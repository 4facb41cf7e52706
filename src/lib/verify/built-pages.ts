/**
 * The text the built site shows, read from `dist/`'s HTML: the nothing-lost
 * check's second reading, which knows nothing of how the pages were made.
 * The build's own check reads the rendered answers before the pages exist
 * (`page-text.ts`), so it can publish a source whole when a line is lost;
 * this one reads what a reader gets, so a component that drops words is
 * caught too. Math is read as its TeX (`data-tex`), as the source wrote it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { questionId } from '../site/urls.ts';
import type { VisibleTextInput } from './visible.ts';

/** What the check needs of the guide to find each page and each answer on it. */
export interface BuiltGuide {
  questions: ReadonlyArray<{ number: number; id: string; slug: string }>;
}

/** Text of an element as a reader sees it, with math read as the TeX it was written in. */
function textOf(node: Element | Root | undefined): string {
  if (!node) return '';
  const copy = structuredClone(node);
  for (const math of selectAll('.math', copy)) {
    const tex = math.properties.dataTex;
    math.children = [{ type: 'text', value: ` ${typeof tex === 'string' ? tex : ''} ` }];
  }
  return toText(copy, { whitespace: 'normal' });
}

/** Each question and source page's text, and each answer's part of it, read from the built HTML in `dist`. */
export function builtPageText(dist: string, guide: BuiltGuide): VisibleTextInput['pageText'] {
  const pages = new Map<string, Root | undefined>();
  const page = (path: string) => {
    if (!pages.has(path)) {
      const file = join(dist, path, 'index.html');
      pages.set(path, existsSync(file) ? fromHtml(readFileSync(file, 'utf8')) : undefined);
    }
    return pages.get(path);
  };
  return ({ kind, slug, part }) => {
    const tree = page(kind === 'question' ? join('questions', slug) : join('sources', slug));
    if (!tree) return undefined;
    const main = select('main', tree) ?? tree;
    if (part === undefined) return textOf(main);
    // An answer's part: the page's heading, where the line that opens it may show as the title, and its section.
    const heading = [textOf(select('h1', main)), textOf(select('.question-prompt', main))].join('\n');
    if (kind === 'question') return `${heading}\n${textOf(select(`section.answer[data-source="${part}"]`, main))}`;
    const question = guide.questions.find((q) => String(q.number) === part);
    const section = question && selectAll('section.answer', main).find((element) => select(`#${questionId(question.id)}`, element));
    return `${heading}\n${textOf(section)}`;
  };
}
