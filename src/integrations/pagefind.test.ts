import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { assertNoErrors, buildSearchIndex } from './pagefind.ts';

const dirs: string[] = [];
function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'crossguide-search-'));
  dirs.push(dir);
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('indexing the built site for search', () => {
  test('indexes only pages with a data-pagefind-body and writes the scripts the search UI loads', async () => {
    const dir = site({
      'questions/04-data/index.html':
        '<html lang="en"><body><nav>Ragged nav</nav><main data-pagefind-body><h1>Data</h1><h2 id="answer-003">Notes</h2><p>Ragged tensors</p></main></body></html>',
      'sources/003/index.html': '<html lang="en"><body><main><p>Ragged tensors again</p></main></body></html>',
    });
    const { pages, indexed, outputPath } = await buildSearchIndex(dir);
    expect(pages).toBe(2);
    expect(indexed).toBe(1);
    expect(outputPath).toBe(join(dir, 'pagefind'));
    for (const file of ['pagefind.js', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js', 'pagefind-entry.json']) {
      expect(existsSync(join(dir, 'pagefind', file)), file).toBe(true);
    }
  });

  test('stops with a readable error when the folder has no pages', async () => {
    await expect(buildSearchIndex(site({}))).rejects.toThrow(/Pagefind could not index the site: addDirectory\(.+\) failed\.\n {2}- no HTML pages were found\nHint: /);
  });

  test('lists every error a Pagefind step returns, with a hint', () => {
    expect(() => assertNoErrors('writeFiles()', ['disk full', 'permission denied'], 'free some space.')).toThrowErrorMatchingInlineSnapshot(`
      [SearchIndexError: Pagefind could not index the site: writeFiles() failed.
        - disk full
        - permission denied
      Hint: free some space.]
    `);
    expect(() => assertNoErrors('writeFiles()', [], 'unused')).not.toThrow();
  });
});
