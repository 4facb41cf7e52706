/**
 * Indexes the built site for search after `astro build`, with Pagefind's
 * Node API. Only what pages mark with `data-pagefind-body` is indexed: the
 * question pages' main content, where each answer heading's id becomes a
 * sub-result. Pagefind's scripts and index are written to `<outDir>/pagefind/`;
 * answers in another language than the guide's get an index of their own
 * language in `<outDir>/pagefind-<lang>/`, which the search UI merges.
 */
import { readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { languageBundleDir } from '../lib/site/urls.ts';
import { recordTiming } from './crossguide.ts';
import { htmlFiles, languagePages, type LanguagePage } from './language-pages.ts';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Folder of the search bundle inside the built site; the search UI loads it from `<base>pagefind/`. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/**
 * The folder of the only pages with a `data-pagefind-body`, the question
 * pages (`src/pages/questions/[slug].astro`). Pagefind reads only these: the
 * overview, study and source pages hold every answer again, and reading them
 * took most of the indexing time of a large guide only to be dropped.
 */
export const SEARCHED_DIR = 'questions';

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
  /** Pages in each other language's index, by language tag. */
  languages: Record<string, number>;
}

/** Indexes every HTML page below `siteDir` and writes the bundle into it; always stops Pagefind's service. */
export async function buildSearchIndex(siteDir: string): Promise<SearchIndexResult> {
  try {
    const created = await pagefind.createIndex();
    assertNoErrors('createIndex()', created.errors, 'check that the pagefind package installed its binary for this platform (npm ci).');
    if (!created.index) throw new SearchIndexError('createIndex()', ['no index was returned'], 'reinstall the pagefind package.');

    // A book's question pages are under their chapter's folder: `07-ensembles/questions/`.
    const searched = (file: string) => {
      const at = file.split(sep).indexOf(SEARCHED_DIR);
      return at === 0 || at === 1;
    };
    const files = htmlFiles(siteDir);
    assertNothingSearchableOutside(
      siteDir,
      files.filter((file) => !searched(file)),
    );
    const added = await created.index.addDirectory({ path: siteDir, glob: `{${SEARCHED_DIR},*/${SEARCHED_DIR}}/**/*.html` });
    assertNoErrors(
      `addDirectory(${siteDir})`,
      added.errors,
      'a page in the built site could not be read; its path is in the message above.',
    );
    if (added.page_count === 0) {
      throw new SearchIndexError(
        `addDirectory(${siteDir})`,
        ['no HTML pages were found'],
        'run the indexer on the folder that `astro build` wrote.',
      );
    }

    const written = await created.index.writeFiles({ outputPath: join(siteDir, SEARCH_BUNDLE_DIR) });
    assertNoErrors('writeFiles()', written.errors, `make sure ${siteDir} is writable.`);
    const languages: Record<string, number> = {};
    for (const [language, pages] of Map.groupBy(languagePages(siteDir, files.filter(searched)), (page) => page.language)) {
      languages[language] = await writeLanguageIndex(siteDir, language, pages);
    }
    return { pages: added.page_count, indexed: indexedPages(written.outputPath), outputPath: written.outputPath, languages };
  } finally {
    await pagefind.close();
  }
}

/** Indexes one language's answers in a bundle of their own; returns the number of pages indexed. */
async function writeLanguageIndex(siteDir: string, language: string, pages: readonly LanguagePage[]): Promise<number> {
  const created = await pagefind.createIndex();
  assertNoErrors(
    `createIndex() for ${language}`,
    created.errors,
    'check that the pagefind package installed its binary for this platform (npm ci).',
  );
  if (!created.index)
    throw new SearchIndexError(`createIndex() for ${language}`, ['no index was returned'], 'reinstall the pagefind package.');
  for (const page of pages) {
    const added = await created.index.addHTMLFile({ url: page.url, content: page.content });
    assertNoErrors(`addHTMLFile(${page.url}, ${language})`, added.errors, 'the answers in this language on that page could not be read.');
  }
  const written = await created.index.writeFiles({ outputPath: join(siteDir, languageBundleDir(language)) });
  assertNoErrors(`writeFiles() for ${language}`, written.errors, `make sure ${siteDir} is writable.`);
  return indexedPages(written.outputPath);
}

/** Stops the build when a page outside `SEARCHED_DIR` (one of `others`) marks a searchable part, which the index would leave out. */
function assertNothingSearchableOutside(siteDir: string, others: readonly string[]): void {
  // The bytes are searched as they are: decoding every page would take longer than indexing the searched ones.
  const outside = others.filter((file) => readFileSync(join(siteDir, file)).includes('data-pagefind-body'));
  assertNoErrors(
    'the search scope',
    outside.map((file) => `${file} has a data-pagefind-body but is not under ${SEARCHED_DIR}/`),
    `index that page type too: widen SEARCHED_DIR in src/integrations/pagefind.ts.`,
  );
}

/** Pages per language, as recorded in the bundle's entry file. */
function indexedPages(outputPath: string): number {
  const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'crossguide:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pages, indexed, languages } = await buildSearchIndex(fileURLToPath(dir));
        recordTiming('index', performance.now() - started);
        const others = Object.entries(languages).map(([language, count]) => `; ${count} in ${language}, for answers in that language`);
        logger.info(`search index: ${indexed} of ${pages} question pages indexed${others.join('')}`);
      },
    },
  };
}
