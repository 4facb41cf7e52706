/**
 * A book of real members' checkouts, assembled from the corpus: `__fixtures__/books/<book>/` holds the book's own
 * files (its `guide.yaml`, `sources.yaml`, chapter folders and the members' read-mes) and `key.json`, whose `sets` say
 * where in a member's checkout each corpus set's input goes. The answers themselves stay in the corpus, once.
 */
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const corpus = resolve(import.meta.dirname, '../parse/__fixtures__/corpus/open');

export interface BookKey {
  /** Every file or set folder under `content/sources/`, by path, with its chapter folder (null: not an answer). */
  files: Record<string, string | null>;
  /** Each corpus set: its chapter, its member, its path in the member's checkout and its folder in the corpus. */
  sets: Array<{ chapter: string; member: string; path: string; corpus: string }>;
}

export function bookKey(book: string): BookKey {
  return JSON.parse(readFileSync(join(book, 'key.json'), 'utf8')) as BookKey;
}

/** Writes the book's content folder to `content`: its own files, then each set's input where the member keeps it. */
export function dropInBook(book: string, content: string): void {
  cpSync(join(book, 'content'), content, { recursive: true });
  for (const set of bookKey(book).sets) {
    const dir = join(corpus, set.corpus);
    const input = readdirSync(dir).find((name) => name === 'input' || name.startsWith('input.'))!;
    // A folder set's files go into the member's folder (`CHAPTER_4/`), a file set's file takes the member's name for it.
    cpSync(join(dir, input), join(content, 'sources', set.path), { recursive: true });
  }
}

/** The corpus key of a set, for scoring its answers where the book places them. */
export const setKeyFile = (set: BookKey['sets'][number]) => join(corpus, set.corpus, 'key.json');
