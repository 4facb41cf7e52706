/** Which glossary entries a glossary page lists: a guide's, a book chapter's, or the whole book's. */
import type { ChapterLink, GlossaryPageEntry } from '../model/model.ts';

type Use = GlossaryPageEntry['uses'][number];
/** A use of a concept, with the book chapter it is in (`chapter` its slug), where the page lists a whole book. */
export type PageUse = Use & { chapter?: string; chapterNumber?: number };
export type PageEntry = Omit<GlossaryPageEntry, 'uses'> & { uses: PageUse[] };

/**
 * The entries of `chapter` (undefined: a one-chapter guide's, or, given the book's `chapters`, every
 * chapter's merged by concept, each use naming its chapter), in the order they come.
 */
export function glossaryPage(entries: readonly GlossaryPageEntry[], chapter?: string, chapters: readonly ChapterLink[] = []): PageEntry[] {
  if (chapter !== undefined || chapters.length === 0) return entries.filter((entry) => entry.chapter === chapter);
  const numbers = new Map(chapters.map((link) => [link.slug, link.number]));
  const merged = new Map<string, PageEntry>();
  for (const { chapter: slug, ...entry } of entries) {
    const uses = entry.uses.map((use) => ({ ...use, ...(slug ? { chapter: slug, chapterNumber: numbers.get(slug) ?? 0 } : {}) }));
    const known = merged.get(entry.id);
    if (!known) merged.set(entry.id, { ...entry, uses });
    else {
      known.uses.push(...uses);
      known.definition ??= entry.definition;
      known.aliases = [...new Set([...known.aliases, ...entry.aliases])];
    }
  }
  return [...merged.values()].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id));
}
