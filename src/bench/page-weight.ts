/**
 * What a reader downloads, measured in a real browser with an empty cache.
 * The static server does not compress, so gzip sizes are computed here from
 * the response bodies, as a compressing host would send them.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from '@playwright/test';
import type { Bytes, PageWeight, ResourceKind } from './results.ts';

export interface Download {
  url: string;
  kind: ResourceKind;
  bytes: Bytes;
}

/** Raw and gzip size of a body. */
export function measureBytes(body: Buffer | string): Bytes {
  const buffer = typeof body === 'string' ? Buffer.from(body) : body;
  return { raw: buffer.length, gzip: buffer.length ? gzipSync(buffer).length : 0 };
}

export function addBytes(items: readonly Bytes[]): Bytes {
  return items.reduce((sum, item) => ({ raw: sum.raw + item.raw, gzip: sum.gzip + item.gzip }), { raw: 0, gzip: 0 });
}

/** Classifies a response by what the browser asked for, then by its content type. */
export function resourceKind(resourceType: string, contentType: string): ResourceKind {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet' || contentType.includes('text/css')) return 'css';
  if (resourceType === 'script' || contentType.includes('javascript')) return 'js';
  return 'other';
}

/** Records every response body a page receives until `settle()`, which waits for the bodies still in flight. */
export function recordDownloads(page: Page): { downloads: Download[]; settle(): Promise<Download[]> } {
  const downloads: Download[] = [];
  const pending: Promise<void>[] = [];
  const onResponse = (response: Response) => {
    if (response.status() >= 300 && response.status() < 400) return; // redirects have no body
    pending.push(
      response.body().then(
        (body) => {
          const kind = resourceKind(response.request().resourceType(), response.headers()['content-type'] ?? '');
          downloads.push({ url: response.url(), kind, bytes: measureBytes(body) });
        },
        () => undefined, // the page navigated away before the body arrived
      ),
    );
  };
  page.on('response', onResponse);
  return {
    downloads,
    async settle() {
      await Promise.all(pending);
      return downloads;
    },
  };
}

/** The source text of the scripts in the document itself that the browser runs. */
export async function inlineScripts(page: Page): Promise<string[]> {
  return page.$$eval('script:not([src])', (scripts) =>
    scripts
      .filter((script) => {
        const type = (script as HTMLScriptElement).type.trim().toLowerCase();
        return type === '' || type === 'module' || type.includes('javascript');
      })
      .map((script) => script.textContent ?? ''),
  );
}

/** Sums downloads into the page-weight record. */
export function summariseWeight(path: string, downloads: readonly Download[], inline: readonly string[]): PageWeight {
  const kinds: ResourceKind[] = ['html', 'css', 'js', 'other'];
  const byKind = Object.fromEntries(kinds.map((kind) => [kind, addBytes(downloads.filter((d) => d.kind === kind).map((d) => d.bytes))])) as Record<ResourceKind, Bytes>;
  // Inline scripts travel inside the HTML; this is their size as one stream of their own.
  const inlineBytes = measureBytes(inline.join('\n'));
  return {
    path,
    requests: downloads.length,
    byKind,
    total: addBytes(downloads.map((d) => d.bytes)),
    jsBeforeInteraction: { inline: inlineBytes, external: byKind.js, total: addBytes([inlineBytes, byKind.js]) },
  };
}

/**
 * Runs `measure` on `url` opened in a fresh browser context (no cache, no
 * service worker, no stored state), with its downloads recorded from the start.
 */
export async function withFreshPage<T>(
  browser: Browser,
  url: string,
  measure: (page: Page, recorder: ReturnType<typeof recordDownloads>) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const recorder = recordDownloads(page);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    return await measure(page, recorder);
  } finally {
    await context.close();
  }
}

/** First view of `path`: what a reader downloads before touching anything. */
export async function measureFirstView(browser: Browser, origin: string, path: string): Promise<PageWeight> {
  return withFreshPage(browser, origin + path, async (page, recorder) => {
    const inline = await inlineScripts(page);
    return summariseWeight(path, await recorder.settle(), inline);
  });
}
