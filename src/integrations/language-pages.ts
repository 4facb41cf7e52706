/**
 * Pagefind reads a page's language from `<html lang>` only, and splits words
 * of Chinese and Japanese text only in an index of that language. An answer
 * written in another language than its page (marked `data-search-language` and
 * left out of the page's own index) is therefore indexed again as a page of
 * its own language, with the same URL, heading ids, title and filters, so a
 * search finds a word from the middle of a run of Han characters.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';

export interface LanguagePage {
  /** The BCP 47 tag of the answers, as the page marks them. */
  language: string;
  /** The URL Pagefind gives the page it was taken from, e.g. `/questions/01-tensors/`. */
  url: string;
  /** A whole HTML document in that language: the page's searchable part with only those answers. */
  content: string;
}

/** Every page's answers in other languages than the page, one document per page and language, of `files` (relative to `siteDir`). */
export function languagePages(siteDir: string, files: readonly string[]): LanguagePage[] {
  const pages: LanguagePage[] = [];
  for (const file of files) {
    const html = readFileSync(join(siteDir, file), 'utf8');
    if (!html.includes('data-search-language')) continue;
    const body = select('[data-pagefind-body]', fromHtml(html));
    if (!body) continue;
    const byLanguage = new Map<string, Element[]>();
    for (const section of selectAll('[data-search-language]', body)) {
      const language = String(section.properties.dataSearchLanguage);
      byLanguage.set(language, [...(byLanguage.get(language) ?? []), searchable(section)]);
    }
    const title = select('h1', body);
    for (const [language, sections] of [...byLanguage].sort(([a], [b]) => a.localeCompare(b))) {
      const article: Element = { ...body, children: [...(title ? [title] : []), ...sections] };
      const document: Element = {
        type: 'element',
        tagName: 'html',
        properties: { lang: language },
        children: [element('body', [article])],
      };
      pages.push({ language, url: urlOf(file), content: `<!doctype html>${toHtml(document)}` });
    }
  }
  return pages;
}

const element = (tagName: string, children: ElementContent[]): Element => ({ type: 'element', tagName, properties: {}, children });

/** The answer as its own language's index reads it: no longer ignored. */
function searchable(section: Element): Element {
  const { dataPagefindIgnore: _ignored, ...properties } = section.properties;
  return { ...section, properties };
}

/** HTML files below `siteDir`, relative, outside the search bundles. */
export function htmlFiles(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .sort();
}

/** The URL Pagefind computes for a file it reads from disk: `questions/01/index.html` → `/questions/01/`. */
function urlOf(file: string): string {
  return `/${file
    .split(sep)
    .join('/')
    .replace(/(^|\/)index\.html$/, '$1')}`;
}
