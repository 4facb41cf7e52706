/**
 * Indexes the built site for search after `astro build`, with Pagefind's
 * Node API. Only what pages mark with `data-pagefind-body` is indexed: the
 * question pages' main content, where each answer heading's id becomes a
 * sub-result. Pagefind's scripts and index are written to `<outDir>/pagefind/`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordTiming } from './crossguide.ts';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Folder of the search bundle inside the built site; the search UI loads it from `<base>pagefind/`. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/** A step of Pagefind's Node API returned errors; the build stops with all of them. */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';

  constructor(step: string, errors: readonly string[], hint: string) {
    const list = errors.map((error) => `  - ${error}`).join('\n');
    super(`Pagefind could not index the site: ${step} failed.\n${list}\nHint: ${hint}`);
  }
}

/** Throws a `SearchIndexError` listing `errors` when there are any. */
export function assertNoErrors(step: string, errors: readonly string[], hint: string): void {
  if (errors.length) throw new SearchIndexError(step, errors, hint);
}

export interface SearchIndexResult {
  /** Number of HTML pages Pagefind read. */
  pages: number;
  /** Number of pages in the index: those with a `data-pagefind-body`, when any page has one. */
  indexed: number;
  /** Where the bundle was written. */
  outputPath: string;
}

/** Indexes every HTML page below `siteDir` and writes the bundle into it; always stops Pagefind's service. */
export async function buildSearchIndex(siteDir: string): Promise<SearchIndexResult> {
  try {
    const created = await pagefind.createIndex();
    assertNoErrors('createIndex()', created.errors, 'check that the pagefind package installed its binary for this platform (npm ci).');
    if (!created.index) throw new SearchIndexError('createIndex()', ['no index was returned'], 'reinstall the pagefind package.');

    const added = await created.index.addDirectory({ path: siteDir });
    assertNoErrors(`addDirectory(${siteDir})`, added.errors, 'a page in the built site could not be read; its path is in the message above.');
    if (added.page_count === 0) {
      throw new SearchIndexError(`addDirectory(${siteDir})`, ['no HTML pages were found'], 'run the indexer on the folder that `astro build` wrote.');
    }

    const written = await created.index.writeFiles({ outputPath: join(siteDir, SEARCH_BUNDLE_DIR) });
    assertNoErrors('writeFiles()', written.errors, `make sure ${siteDir} is writable.`);
    return { pages: added.page_count, indexed: indexedPages(written.outputPath), outputPath: written.outputPath };
  } finally {
    await pagefind.close();
  }
}

/** Pages per language, as recorded in the bundle's entry file. */
function indexedPages(outputPath: string): number {
  const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'crossguide:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pages, indexed } = await buildSearchIndex(fileURLToPath(dir));
        recordTiming('index', started);
        logger.info(`search index: ${indexed} of ${pages} pages indexed (the pages marked data-pagefind-body)`);
      },
    },
  };
}
