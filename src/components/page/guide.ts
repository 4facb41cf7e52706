/**
 * Which guide a page belongs to. A one-chapter guide's pages sit at the top of the site; a book's
 * (`content/chapters/`) under each chapter's folder, `/<chapter>/…`, the routes' `chapter` parameter.
 */
import { getCollection, getEntry } from 'astro:content';
import { withBase } from '../../lib/site/urls';

/** A route's parameters: `chapter` is a book chapter's slug, undefined in a one-chapter guide and on a book's home. */
export interface ChapterParams {
  chapter?: string | undefined;
}

/** Where the pages of the page's guide (or book chapter) start: the base path, then the chapter's folder. */
export const guideBase = ({ chapter }: ChapterParams): string =>
  chapter ? withBase(import.meta.env.BASE_URL, `${chapter}/`) : import.meta.env.BASE_URL;

/** The site-wide text of the page's guide, book chapter or book. */
export async function guideSite({ chapter }: ChapterParams) {
  const entry = await getEntry('guide', chapter ?? 'guide');
  if (!entry) throw new Error(`No guide entry for ${chapter ?? 'the guide'}; run the build again, which writes it.`);
  return entry.data;
}

/** The `chapter` parameter of each guide in the site: one, undefined, in a one-chapter guide; each chapter's slug in a book. */
export async function guideChapters(): Promise<Array<string | undefined>> {
  const { book } = await guideSite({});
  return book ? book.chapters.map((chapter) => chapter.slug) : [undefined];
}

/** The question page entries of one guide or chapter. */
export const questionEntries = (chapter: string | undefined) => getCollection('questions', (entry) => entry.data.chapter === chapter);

/** The source page entries of one guide or chapter. */
export const sourceEntries = (chapter: string | undefined) => getCollection('sources', (entry) => entry.data.chapter === chapter);
