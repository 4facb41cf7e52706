/**
 * A question's page as an MDX document: the components that compose it, in
 * order, with one `<Answer>` per source so a reader of the file sees which
 * answers the page holds. The answers themselves are rendered once per build
 * (`render/guide.ts`) and the components show them; the document carries no
 * source text, so nothing in it needs escaping but the comments.
 */
import type { Guide } from '../model/model.ts';

/** Text made safe inside an MDX comment, `{/* … *\/}`. */
const commentText = (text: string) => text.replaceAll('*/', '* /').replaceAll('\n', ' ');

/** How `npm run ingest -- --eject` is asked for this question. */
const ejectCommand = (id: string) => `npm run ingest -- --eject ${id}`;

/**
 * The generated page of `question`; `ejected`, the same page as a starting point for the maintainer's own
 * (`content/questions/<file>`), whose opening comment says so.
 */
export function questionMdx(guide: Pick<Guide, 'sources'>, question: Guide['questions'][number], ejected?: { file: string }): string {
  const about = `Question ${question.id}, “${commentText(question.title)}”`;
  const header = ejected
    ? `{/* ${about}: your page, written by \`${ejectCommand(question.id)}\`. Edit it freely: add prose, move or leave out
    components; it replaces the generated page. The components are listed in README, "Question pages are MDX". */}`
    : `{/* ${about}, generated from content/sources/. To write it yourself: \`${ejectCommand(question.id)}\`. */}`;
  // The ejected page names each source beside its answer; generated pages, hundreds of them, are compiled faster without.
  const answers = guide.sources.flatMap((source) => [
    ...(ejected ? [`  {/* ${commentText(source.label)} */}`] : []),
    `  <Answer source="${source.id}" />`,
  ]);
  return [header, '<Prompt />', '<EditorNote />', '<Comparison />', ['<Answers>', ...answers, '</Answers>'].join('\n')].join('\n\n') + '\n';
}
