/** Route data computed once, so pages and components only present it. */
import type { QuestionPage } from '../model/model.ts';

export interface QuestionSummary {
  number: number;
  /** The id the book prints, `12` or `3.4`. */
  id: string;
  slug: string;
  title: string;
}

/** Questions in number order, reduced to what navigation needs. */
export function questionSummaries(pages: readonly QuestionPage[]): QuestionSummary[] {
  return [...pages].sort((a, b) => a.number - b.number).map(({ number, id, slug, title }) => ({ number, id, slug, title }));
}

/** Up to this many questions, every page's navigation lists them all. */
export const NAV_LISTS_ALL_UP_TO = 25;
/** In a longer guide, the questions listed on each side of the current one. */
export const NAV_AROUND = 5;

export interface NavWindow {
  shown: QuestionSummary[];
  /** Whether `shown` is every question. */
  all: boolean;
}

/**
 * The questions a page's navigation lists: every one of a short guide; of a
 * long one, those around `current` (the first ones on a page of no question).
 * A hundred titles on each page would weigh a sixth of the page, and the
 * study guide lists them all.
 */
export function navWindow(questions: readonly QuestionSummary[], current?: number): NavWindow {
  if (questions.length <= NAV_LISTS_ALL_UP_TO) return { shown: [...questions], all: true };
  const size = 2 * NAV_AROUND + 1;
  const at = Math.max(
    0,
    questions.findIndex((q) => q.number === current),
  );
  const start = Math.min(Math.max(0, at - NAV_AROUND), questions.length - size);
  return { shown: questions.slice(start, start + size), all: false };
}
