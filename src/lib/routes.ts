/** Route data computed once, so pages and components only present it. */
import type { QuestionPage } from './model.ts';

export interface QuestionSummary {
  number: number;
  slug: string;
  title: string;
}

/** Questions in number order, reduced to what navigation needs. */
export function questionSummaries(pages: readonly QuestionPage[]): QuestionSummary[] {
  return [...pages].sort((a, b) => a.number - b.number).map(({ number, slug, title }) => ({ number, slug, title }));
}
