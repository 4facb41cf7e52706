/**
 * Every case of the bad-input corpus that should build becomes a source of
 * one guide: the build proves every line visible, and in the browser no
 * script runs and the hostile text reads as text.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';
import { buildTestSite, createTestSite, projectRoot } from './test-site.ts';

const corpus = join(projectRoot, 'src', 'lib', 'parse', '__fixtures__');
test.describe.configure({ mode: 'serial' });

/**
 * Corpus cases whose expected diagnostics are warnings at most (every case: no source problem stops a
 * build), with their input's name and whether they become a source (a file not read as text does not).
 */
function buildingCases(): Array<{ name: string; input: string; source: boolean }> {
  return readdirSync(corpus, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'real' && entry.name !== 'corpus') // real layouts have their own schema
    .map((entry) => entry.name)
    .sort()
    .flatMap((name) => {
      const expected = JSON.parse(readFileSync(join(corpus, name, 'expected.json'), 'utf8')) as {
        format: string | null;
        diagnostics: string[];
      };
      if (expected.diagnostics.some((line) => !/^\S+:\d+:\d+: warning: /.test(line))) return [];
      const input = readdirSync(join(corpus, name)).find((entry) => entry === 'input' || entry.startsWith('input.'))!;
      return [{ name, input, source: expected.format !== null }];
    });
}

let server: StaticServer;
/** Origin of the served guide, without a trailing slash. */
let origin: string;
const sources = new Map<string, string>();

test.beforeAll(async () => {
  const site = createTestSite('hostile');
  const content = site.content;
  mkdirSync(join(content, 'sources'), { recursive: true });
  writeFileSync(join(content, 'guide.yaml'), 'title: Hostile input\n');
  buildingCases().forEach(({ name, input, source }, index) => {
    const id = String(100 + index);
    if (source) sources.set(name, id);
    cpSync(join(corpus, name, input), join(content, 'sources', `${id}_${name}${input.slice('input'.length)}`), { recursive: true });
  });
  // Too big to commit: one line of 100 000 characters, mostly a single unbroken word.
  const long = `${'word '.repeat(10_000)}${'x'.repeat(50_000)}`;
  sources.set('long-line', '099');
  writeFileSync(join(content, 'sources', '099_long-line.txt'), `1. Is a line of 100 000 characters kept?\n   - ${long}\n`);

  const { status, output } = await buildTestSite(site);
  expect(status, output).toBe(0);
  expect(output).toMatch(/every one of \d+ source lines is visible on the site/);
  expect(output).not.toMatch(/^\s+at /m);
  server = await startStaticServer({ dir: site.outDir, port: 0 });
  origin = server.url.replace(/\/$/, '');
});

test.afterAll(async () => {
  await server?.close();
});

/** Every dialog a script opened during the current test: there must be none. */
let dialogs: string[] = [];
test.beforeEach(({ page }) => {
  dialogs = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(`${page.url()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
});
test.afterEach(() => {
  expect(dialogs, 'no script opened a dialog').toEqual([]);
});

async function open(page: Page, path: string) {
  await page.goto(`${origin}${path}`);
  await page.waitForLoadState('load');
}

/** The answer section of one corpus case on its source page. */
const sourcePage = (name: string) => `/sources/${sources.get(name)}/`;

test('the guide has a source for every corpus case that should build', async ({ page }) => {
  expect(sources.size).toBeGreaterThanOrEqual(30);
  await open(page, '/');
  await expect(page.locator('.sources-line a[href*="/sources/"]')).toHaveCount(sources.size);
});

test('no page of the guide opens a dialog or runs a script from a source', async ({ page }) => {
  await open(page, '/');
  const paths = [
    ...(await page.locator('.guide-question h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))),
    ...[...sources.values()].map((id) => `/sources/${id}/`),
  ];
  for (const path of paths) {
    await open(page, path);
    expect(dialogs, path).toEqual([]);
    // The only scripts are the site's own; none sits inside anything that shows source text.
    const content = 'main :is(section.answer, .question-prompt, .source-prompt, .preamble, .appendix, table, .consensus, .verdicts)';
    await expect(page.locator(`${content} :is(script, iframe, [onerror], [onload])`)).toHaveCount(0);
    await expect(page.locator('main a[href^="javascript:" i], main a[href^="data:" i]')).toHaveCount(0);
  }
});

test('script tags, event handlers and javascript: links are shown as text', async ({ page }) => {
  await open(page, sourcePage('script-injection'));
  const main = page.locator('main');
  await expect(main).toContainText('<script>alert(1)</script>');
  await expect(main).toContainText('<img src=x onerror=alert(1)>');
  await expect(main).toContainText('<a href="javascript:alert(1)">raw anchor</a>');
  await expect(main).toContainText('a javascript: link (javascript:alert(1))');
  await expect(main.locator('code', { hasText: '<script>alert(1)</script>' })).toBeVisible();
  await expect(main.locator('img')).toHaveCount(0);
});

test('braces, tags, imports and exports read as text', async ({ page }) => {
  await open(page, sourcePage('mdx-hostile'));
  const main = page.locator('main');
  for (const text of [
    'What about {braces} and <div>tags</div>?',
    'An object literal {a: 1} and a closing </div> alone.',
    'A template ${x} and a JSX-looking <Component prop={1} />.',
    "import x from 'y'",
    'export const a = 1',
    'export default { a: 1 }',
  ]) {
    await expect(main).toContainText(text);
  }
});

test('a table in an answer is a table; emoji and right-to-left text keep their order', async ({ page }) => {
  await open(page, sourcePage('markdown-table'));
  await expect(page.locator('main table').first().locator('tr')).toHaveCount(4);
  await expect(page.locator('main table').first()).toContainText('a cell with a pipe | inside');

  await open(page, sourcePage('emoji-rtl'));
  const main = page.locator('main');
  await expect(main).toContainText('👋🏽 and flags 🇳🇱 and ZWJ sequences 👩‍💻');
  const arabic = main.locator('li', { hasText: 'العربية' });
  await expect(arabic).toHaveCSS('unicode-bidi', 'plaintext');
  // Right-to-left text starts at the right edge of its box.
  const [textRight, boxRight] = await arabic.evaluate((li) => {
    const range = document.createRange();
    range.selectNodeContents(li);
    return [range.getBoundingClientRect().right, li.getBoundingClientRect().right];
  });
  expect(boxRight - textRight).toBeLessThan(2);
});

test('a line of 100 000 characters wraps on a phone instead of widening the page', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page, sourcePage('long-line'));
  await expect(page.locator('main')).toContainText('x'.repeat(1000));
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});
