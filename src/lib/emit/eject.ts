/**
 * `npm run ingest -- --eject 3`: the generated page of one question, as the
 * starting point of the maintainer's own (`content/questions/03.mdx`).
 */
import { pageFileName, pageNames } from '../align/question-pages.ts';
import type { Guide } from '../model/model.ts';
import { questionMdx } from './question-mdx.ts';

export type Ejected = { file: string; contents: string } | { error: string };

/** The page to write for the question `id` names (`3`, `03`, `3.4`), as a path under the content folder; or why there is none. */
export function ejectQuestion(guide: Pick<Guide, 'sources' | 'questions'>, id: string): Ejected {
  const question = guide.questions.find((q) => pageNames(id, q));
  if (!question) {
    const ids = guide.questions.map((q) => q.id);
    return { error: `This guide has no question ${id}; its questions are ${ids.join(', ')}` };
  }
  if (question.page)
    return {
      error: `Question ${question.id} already has its own page, ${question.page.file}; edit it, or delete it to eject the generated page again`,
    };
  const file = `questions/${pageFileName(question)}`;
  return { file, contents: questionMdx(guide, question, { file }) };
}
