/**
 * The question page being rendered, for the components a question page's MDX
 * is composed of: the route puts it in `Astro.locals` before it renders the
 * MDX, as Starlight hands its route data to its components.
 */
import type { QuestionPage } from '../../lib/model/model';
import { answerHref } from '../../lib/site/urls';
import { guideBase } from './guide';

export function currentQuestion(locals: App.Locals): QuestionPage {
  if (!locals.question) throw new Error('A question page component was used outside a question page (src/pages/questions/[slug].astro).');
  return locals.question;
}

/** Where the page links each source's answer: its section on the page, or its source page where the page leaves it out. */
export function answerLinks(page: QuestionPage): (source: string) => string {
  return (source) => answerHref(guideBase({ chapter: page.chapter }), page, source, true);
}
