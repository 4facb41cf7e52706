/**
 * Every page of the build, fetched as a visitor would: every link, asset,
 * preview URL and fragment must resolve, and stay under the base path. Runs
 * on the root build and on the build under /crossguide/.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Crawler, pagesOf } from './crawler.ts';
import { expect, test } from './fixtures.ts';
import { rootSite } from './sites.ts';
import { startStaticServer } from './static-server.ts';

test(
  'every link, asset and anchor of every page resolves under the base path',
  { tag: '@base-path' },
  async ({ request, baseURL, siteDir }) => {
    const robots = await (await request.get(new URL('robots.txt', baseURL).href)).text();
    const configured = robots.match(/^Sitemap: (.+)sitemap-index\.xml$/m)?.[1];
    expect(configured, 'robots.txt names the sitemap').toBeTruthy();
    const crawler = new Crawler(request, baseURL!, configured!);

    const pages = pagesOf(siteDir ?? rootSite);
    expect(pages).toContain('');
    expect(pages).toContain('404.html');
    expect(pages.filter((page) => page.startsWith('questions/'))).toHaveLength(11);
    expect(pages.filter((page) => page.startsWith('q/'))).toHaveLength(11);
    for (const page of pages) await crawler.page(page);
    expect(await crawler.sitemap()).toBe(17);
    expect(crawler.failures).toEqual([]);
  },
);

test('the link gate catches a missing page, a missing anchor and a link outside the base path', async ({ request }) => {
  const dir = mkdtempSync(join(tmpdir(), 'crawl-fixture-'));
  const page = (body: string) => `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;
  writeFileSync(
    join(dir, 'index.html'),
    page('<a href="a/#there">ok</a> <a href="a/#nowhere">anchor</a> <a href="missing/">page</a> <a href="/elsewhere/">escape</a>'),
  );
  mkdirSync(join(dir, 'a'));
  writeFileSync(join(dir, 'a', 'index.html'), page('<h2 id="there">There</h2>'));
  const server = await startStaticServer({ dir, base: '/site/', port: 0 });
  try {
    const crawler = new Crawler(request, server.url, 'https://example.org/site/');
    for (const path of pagesOf(dir)) await crawler.page(path);
    expect(crawler.failures.sort()).toEqual([
      '(home page): /elsewhere/ is outside the base path',
      '(home page): a/#nowhere points at a missing #nowhere',
      '(home page): missing/ answers HTTP 404',
    ]);
  } finally {
    await server.close();
  }
});
