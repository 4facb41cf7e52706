/** Every URL the site links to, built from the configured base path. */

/** `base` with exactly one trailing slash. */
export function withBase(base: string, path = ''): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

export const questionPath = (base: string, slug: string) => withBase(base, `questions/${slug}/`);
export const sourcePath = (base: string, id: string) => withBase(base, `sources/${id}/`);
/** Fragment id of a source's answer on a question page. */
export const answerId = (source: string) => `answer-${source}`;
/** Fragment id of a question on a source page. */
export const questionId = (number: number | string) => `question-${number}`;
