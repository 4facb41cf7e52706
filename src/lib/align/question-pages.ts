/**
 * Matches a maintainer's question pages (`content/questions/<NN>.mdx`) to
 * the guide's questions and sources: which question each page replaces,
 * which answers it shows in which order, and which it leaves out.
 */
import { diagnostic, type Diagnostic } from '../model/diagnostics.ts';
import type { CustomPage, MaintainerPage } from '../model/question-page.ts';
import { closestName } from '../read/config.ts';

interface QuestionKey {
  number: number;
  /** The id the book prints: `3`, `3.4`, `R12`. */
  id: string;
  /** Sources with an answer to the question (not skipped, not unsplit). */
  answered: readonly string[];
}

/** Whether a page's file name names the question: its printed id (`3.4.mdx`, `R12.mdx`), or its number as notes name it (`03.mdx`). */
export const pageNames = (name: string, question: Pick<QuestionKey, 'number' | 'id'>) =>
  name === question.id || (/^\d+$/.test(name) && Number(name) === question.number);

/** The file a question's ejected page is written to: `03.mdx`, `3.4.mdx`, `R12.mdx`. */
export const pageFileName = (question: Pick<QuestionKey, 'number' | 'id'>) =>
  `${/^\d+$/.test(question.id) ? String(question.number).padStart(2, '0') : question.id}.mdx`;

/**
 * The questions whose page is the maintainer's, keyed by number, with the answers each page shows
 * in its order (a generated page shows every source's, in the guide's order); and a diagnostic per page that names no question or an unknown
 * source (configuration: these stop the build), and per answer a page leaves out (a warning).
 */
export function placeQuestionPages(
  questions: readonly QuestionKey[],
  sources: readonly string[],
  pages: readonly MaintainerPage[],
): { custom: Map<number, CustomPage>; diagnostics: Diagnostic[] } {
  const custom = new Map<number, CustomPage>();
  const diagnostics: Diagnostic[] = [];
  const taken = new Map<number, string>();
  for (const page of pages) {
    const question = questions.find((q) => pageNames(page.name, q));
    if (!question) {
      const ids = questions.map((q) => q.id);
      const closest = closestName(page.name, ids);
      diagnostics.push(
        diagnostic(
          page.file,
          1,
          1,
          'invalid-question-page',
          `This guide has no question ${page.name}${closest ? `; did you mean ${closest}?` : ''} A page is named after its question (${ids.slice(0, 3).join(', ')}…); rename the file or remove it`,
        ),
      );
      continue;
    }
    const other = taken.get(question.number);
    if (other) {
      diagnostics.push(
        diagnostic(
          page.file,
          1,
          1,
          'invalid-question-page',
          `\`${other}\` is already the page of question ${question.id}; keep one of the two files`,
        ),
      );
      continue;
    }
    taken.set(question.number, page.file);
    const unknown = page.placed.filter((answer) => !sources.includes(answer.source));
    for (const answer of unknown) {
      const closest = closestName(answer.source, sources);
      diagnostics.push(
        diagnostic(
          page.file,
          answer.line,
          answer.column,
          'invalid-question-page',
          `No source has the id \`${answer.source}\`${closest ? `; did you mean \`${closest}\`?` : ''} The sources are ${sources.map((s) => `\`${s}\``).join(', ')}`,
        ),
      );
    }
    if (unknown.length) continue;
    const placed = page.placed.map((answer) => answer.source);
    const rest = sources.filter((source) => !placed.includes(source));
    // The empty `<Answers />` shows the rest where it stands among the page's own placements.
    const shows =
      page.rest === undefined
        ? placed
        : [
            ...page.placed.filter((a) => a.line < page.rest!).map((a) => a.source),
            ...rest,
            ...page.placed.filter((a) => a.line > page.rest!).map((a) => a.source),
          ];
    custom.set(question.number, { name: page.name, file: page.file, shows, rest: page.rest === undefined ? [] : rest });
    for (const source of question.answered.filter((id) => !shows.includes(id)))
      diagnostics.push(
        diagnostic(
          page.file,
          1,
          1,
          'page-leaves-out-answer',
          `This page does not show source ${source}'s answer to question ${question.id}; it stays on source ${source}'s page. Add \`<Answer source="${source}" />\` (or \`<Answers />\`) where it belongs, or leave it out on purpose`,
        ),
      );
  }
  return { custom, diagnostics };
}
