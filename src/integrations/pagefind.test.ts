import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { htmlFiles, languagePages } from './language-pages.ts';
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
  test('indexes only the question pages, by their data-pagefind-body, and writes the scripts the search UI loads', async () => {
    const dir = site({
      'questions/04-data/index.html':
        '<html lang="en"><body><nav>Ragged nav</nav><main data-pagefind-body><h1>Data</h1><h2 id="answer-003">Notes</h2><p>Ragged tensors</p></main></body></html>',
      'questions/index.html': '<html lang="en"><body><main><p>Ragged list</p></main></body></html>',
      'sources/003/index.html': '<html lang="en"><body><main><p>Ragged tensors again</p></main></body></html>',
    });
    const { pages, indexed, outputPath } = await buildSearchIndex(dir);
    expect(pages).toBe(2);
    expect(indexed).toBe(1);
    expect(outputPath).toBe(join(dir, 'pagefind'));
    for (const file of [
      'pagefind.js',
      'pagefind-component-ui.js',
      'pagefind-component-ui.css',
      'pagefind-highlight.js',
      'pagefind-entry.json',
    ]) {
      expect(existsSync(join(dir, 'pagefind', file)), file).toBe(true);
    }
  });

  test('indexes answers in another language than their page in an index of that language, with the same URL and answer ids', async () => {
    const section = (id: string, lang: string, text: string) =>
      `<section data-pagefind-ignore="all" data-search-language="${lang}"><h2 id="answer-${id}"><a class="heading-link" data-pagefind-filter="source">${id}</a></h2><div class="answer-body" lang="${lang}"><p>${text}</p></div></section>`;
    const dir = site({
      'questions/01-tensors/index.html': `<html lang="en"><body><main data-pagefind-body data-pagefind-meta="question:1"><h1>Tensors</h1><section><h2 id="answer-201">Evening</h2><p>Arrays</p></section>${section('202', 'zh', '张量是多维数组')}${section('203', 'ja', 'テンソルは多次元配列です')}</main></body></html>`,
      'questions/02-plain/index.html':
        '<html lang="en"><body><main data-pagefind-body><h1>Plain</h1><p>Only English</p></main></body></html>',
    });
    const pages = languagePages(dir, htmlFiles(dir));
    expect(pages.map(({ language, url }) => [language, url])).toEqual([
      ['ja', '/questions/01-tensors/'],
      ['zh', '/questions/01-tensors/'],
    ]);
    const zh = pages[1]!.content;
    expect(zh).toMatch(
      /^<!doctype html><html lang="zh"><body><main data-pagefind-body(="")? data-pagefind-meta="question:1"><h1>Tensors<\/h1><section /,
    );
    expect(zh).toContain('<h2 id="answer-202">');
    expect(zh).not.toContain('data-pagefind-ignore');
    expect(zh).not.toContain('answer-203');
    expect(zh).not.toContain('answer-201');

    const { indexed, languages } = await buildSearchIndex(dir);
    expect({ indexed, languages }).toEqual({ indexed: 2, languages: { ja: 1, zh: 1 } });
    const entry = (folder: string) => Object.keys(JSON.parse(readFileSync(join(dir, folder, 'pagefind-entry.json'), 'utf8')).languages);
    expect([entry('pagefind'), entry('pagefind-zh'), entry('pagefind-ja')]).toEqual([['en'], ['zh'], ['ja']]);
  });

  test('stops when a page outside the question pages marks a searchable part, which the index would leave out', async () => {
    const dir = site({
      'questions/01-a/index.html': '<html lang="en"><body><main data-pagefind-body><h1>A</h1></main></body></html>',
      'sources/003/index.html': '<html lang="en"><body><main data-pagefind-body><p>Missed</p></main></body></html>',
    });
    await expect(buildSearchIndex(dir)).rejects.toThrow(
      /the search scope failed\.\n {2}- sources\/003\/index\.html has a data-pagefind-body but is not under questions\/\nHint: /,
    );
  });

  test('stops with a readable error when the folder has no pages', async () => {
    await expect(buildSearchIndex(site({}))).rejects.toThrow(
      /Pagefind could not index the site: addDirectory\(.+\) failed\.\n {2}- no HTML pages were found\nHint: /,
    );
  });

  test('lists every error a Pagefind step returns, with a hint', () => {
    expect(() => assertNoErrors('writeFiles()', ['disk full', 'permission denied'], 'free some space.'))
      .toThrowErrorMatchingInlineSnapshot(`
      [SearchIndexError: Pagefind could not index the site: writeFiles() failed.
        - disk full
        - permission denied
      Hint: free some space.]
    `);
    expect(() => assertNoErrors('writeFiles()', [], 'unused')).not.toThrow();
  });
});
