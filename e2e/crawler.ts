/**
 * The link gate: fetches every page of a build as a visitor would and checks
 * that every link, asset, preview URL and fragment resolves under the base path.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

/** Every element, including those inside `<template>`, which hast keeps apart as `content`. */
function elements(tree: Root | Element, selector: string): Element[] {
  const found = selectAll(selector, tree);
  for (const template of selectAll('template', tree)) if (template.content) found.push(...elements(template.content as Root, selector));
  return found;
}

/** The URLs a page refers to: links, assets, canonical and preview URLs, redirects and the search bundle. */
function references(tree: Root): string[] {
  const attribute = (selector: string, name: string) => elements(tree, selector).map((el) => String(el.properties[name] ?? ''));
  const refresh = attribute('meta[http-equiv="refresh"]', 'content').map((content) => content.replace(/^\d+;\s*url=/i, ''));
  const bundle = attribute('pagefind-config[bundle-path]', 'bundle-path').flatMap((path) =>
    ['pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js', 'pagefind.js', 'pagefind-entry.json'].map(
      (file) => `${path}${file}`,
    ),
  );
  return [
    ...attribute('a[href]', 'href'),
    ...attribute('link[href]', 'href'),
    ...attribute('script[src]', 'src'),
    ...attribute('img[src]', 'src'),
    ...attribute('meta[property="og:url"], meta[property="og:image"]', 'content'),
    ...refresh,
    ...bundle,
  ];
}

/** Path of every HTML page in a build folder, relative to its root, as a URL path. */
export function pagesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${sep}`))
    .map((file) =>
      relative(dir, join(dir, file))
        .split(sep)
        .join('/')
        .replace(/(^|\/)index\.html$/, '$1'),
    )
    .sort();
}

export class Crawler {
  readonly failures: string[] = [];
  private readonly fetched = new Map<string, Promise<{ status: number; ids?: Set<string> }>>();

  private readonly request: APIRequestContext;
  /** Where the build is served: `http://127.0.0.1:port/crossguide/`. */
  private readonly served: string;
  /** Where it says it lives, in canonical and preview URLs: `https://example.org/crossguide/`. */
  private readonly configured: string;

  constructor(request: APIRequestContext, served: string, configured: string) {
    this.request = request;
    this.served = served;
    this.configured = configured;
  }

  /** Status of a URL and, for a page, the ids a fragment may point at; fetched once. */
  private load(url: string) {
    if (!this.fetched.has(url)) {
      this.fetched.set(
        url,
        this.request.get(url, { maxRedirects: 0 }).then(async (response) => {
          if (!response.headers()['content-type']?.startsWith('text/html')) return { status: response.status() };
          const ids = new Set(elements(fromHtml(await response.text()), '[id]').map((el) => String(el.properties.id)));
          return { status: response.status(), ids };
        }),
      );
    }
    return this.fetched.get(url)!;
  }

  /** Checks one page and everything it refers to. */
  async page(path: string): Promise<void> {
    const url = new URL(path, this.served).href;
    const name = path || '(home page)';
    const response = await this.request.get(url);
    if (response.status() !== 200) return void this.failures.push(`${name}: HTTP ${response.status()}`);
    const tree = fromHtml(await response.text());
    await Promise.all(references(tree).map((reference) => this.reference(name, url, reference)));
  }

  private async reference(from: string, pageUrl: string, reference: string): Promise<void> {
    if (!reference) return void this.failures.push(`${from}: empty link`);
    let target = new URL(reference, pageUrl);
    if (target.href.startsWith(this.configured)) target = new URL(target.href.slice(this.configured.length), this.served);
    if (target.origin !== new URL(this.served).origin) return; // another site
    if (!target.href.startsWith(this.served)) return void this.failures.push(`${from}: ${reference} is outside the base path`);
    const hash = decodeURIComponent(target.hash.slice(1));
    target.hash = '';
    const { status, ids } = await this.load(target.href);
    if (status !== 200) return void this.failures.push(`${from}: ${reference} answers HTTP ${status}`);
    if (hash && !ids?.has(hash)) this.failures.push(`${from}: ${reference} points at a missing #${hash}`);
  }

  /** Checks that every page the sitemap lists exists. */
  async sitemap(): Promise<number> {
    const locations = async (url: string) =>
      [...(await (await this.request.get(url)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    const pages = (
      await Promise.all(
        (await locations(new URL('sitemap-index.xml', this.served).href)).map((sitemap) => locations(this.toServed(sitemap))),
      )
    ).flat();
    await Promise.all(pages.map((page) => this.reference('sitemap', this.served, page)));
    return pages.length;
  }

  private toServed(url: string): string {
    return url.startsWith(this.configured) ? new URL(url.slice(this.configured.length), this.served).href : url;
  }
}
