/** Every URL the site links to, built from the configured base path. */

/** `base` with exactly one trailing slash, followed by `path` without its leading slashes. */
export function withBase(base: string, path = ''): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

export const questionPath = (base: string, slug: string) => withBase(base, `questions/${slug}/`);
export const sourcePath = (base: string, id: string) => withBase(base, `sources/${id}/`);
/** A book member's page: their answers across the book. */
export const memberPath = (base: string, id: string) => withBase(base, `members/${id}/`);
/** A book chapter's overview. */
export const chapterPath = (base: string, slug: string) => withBase(base, `${slug}/`);

/**
 * Where a link to a source's answer to a question leads: the answer on the question's page (`#answer-003` on the page
 * itself), or, when a maintainer's page leaves it out, its place on the source page.
 */
export function answerHref(base: string, page: { slug: string; id: string; shows?: readonly string[] }, source: string, onPage = false) {
  if (page.shows && !page.shows.includes(source)) return `${sourcePath(base, source)}#${questionId(page.id)}`;
  return `${onPage ? '' : questionPath(base, page.slug)}#${answerId(source)}`;
}
/** Short link that redirects to a question page: `/q/4/`, `/q/3.4/`. */
export const shortLinkPath = (base: string, number: number | string) => withBase(base, `q/${number}/`);
/** Link-preview image of a question (its slug) or of the guide (`guide`). */
export const previewImagePath = (base: string, name: string) => withBase(base, `og/${name}.png`);
/** Query parameter a search result adds so the page it opens marks the search terms. */
export const HIGHLIGHT_PARAM = 'highlight';
/** Words around a match in a search result's excerpt; the merged language indexes are given the same. */
export const SEARCH_EXCERPT_LENGTH = 24;
/** Folder of the search index and Pagefind's scripts. */
export const searchBundlePath = (base: string) => withBase(base, 'pagefind/');
/** Folder of the search index of the answers written in `lang`, where that is not the guide's language. */
export const languageBundleDir = (lang: string) => `pagefind-${lang.toLowerCase()}`;
export const languageBundlePath = (base: string, lang: string) => withBase(base, `${languageBundleDir(lang)}/`);
/** Fragment id of a source's answer on a question page. */
export const answerId = (source: string) => `answer-${source}`;
/** Fragment id of a question on a source page and on the study guide. */
export const questionId = (id: number | string) => `question-${String(id).replaceAll('.', '-')}`;

/**
 * An absolute URL for a path that already includes the base, for canonical
 * links and previews, which must name the host.
 * @example absoluteUrl('https://example.org/crossguide/', '/crossguide/q/4/') // 'https://example.org/crossguide/q/4/'
 */
export function absoluteUrl(site: URL | string, path: string): string {
  return new URL(path, site).href;
}
