/**
 * A maintainer's own question page: question 3 ejected with `npm run ingest -- --eject 3`, then
 * edited (prose added, the answers reordered, one left out), built beside the generated pages.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { Crawler, pagesOf } from './crawler.ts';
import { buildAndServe, buildTestSite, createTestSite, projectRoot } from './test-site.ts';

test.describe.configure({ mode: 'serial', timeout: 600_000 });

const Q3 = '/questions/03-range-vs-constant/';
let site: Awaited<ReturnType<typeof buildAndServe>>;
let ejected = '';

/** Ejects question 3 into `content` as the CLI does, then edits it as a maintainer would. */
function ejectAndEdit(content: string) {
  const node = join(projectRoot, 'node_modules', '.bin', 'node');
  execFileSync(node, [join(projectRoot, 'src', 'cli', 'ingest.ts'), '--content', content, '--eject', '3'], { cwd: join(content, '..') });
  const file = join(content, 'questions', '03.mdx');
  ejected = readFileSync(file, 'utf8');
  // The notebook's answer first, under the group's own words; the plain-text notes' after the comparison; the summary left out.
  const edited = ejected
    .replace(
      '<Comparison />',
      '## What we agreed on\n\nThe values match; only the **dtype** differs, as the notebook shows.\n\n<Answer source="003" />\n\n<Comparison />',
    )
    .replace(/<Answers>[\s\S]*<\/Answers>/, '<Answers>\n  <Answer source="000" />\n</Answers>');
  writeFileSync(file, edited);
}

test.beforeAll(async () => {
  site = await buildAndServe('question-pages', (content) => {
    cpSync(join(projectRoot, 'content'), content, { recursive: true });
    ejectAndEdit(content);
  });
});
test.afterAll(async () => site?.close());

function collectConsole(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  return messages;
}

test('the ejected page is the generated one, with one <Answer> per source in order', () => {
  expect(ejected).toContain('your page, written by `npm run ingest -- --eject 3`');
  expect([...ejected.matchAll(/<Answer source="(\d+)" \/>/g)].map((match) => match[1])).toEqual(['000', '002', '003']);
});

test('the build warns about the answer the page leaves out, naming the page and the source', () => {
  expect(site.output).toContain(
    "content/questions/03.mdx:1:1: warning: This page does not show source 002's answer to question 3; it stays on source 002's page.",
  );
  expect(site.output.match(/warning:/g)).toHaveLength(1);
});

test('the page shows the edits: prose, the answers in its order, and not the one left out', async ({ page }) => {
  const console = collectConsole(page);
  await page.goto(`${site.url}${Q3}`);
  await expect(page.getByRole('heading', { name: 'What we agreed on' })).toBeVisible();
  await expect(page.locator('article')).toContainText('The values match; only the dtype differs');
  await expect(page.locator('section.answer')).toHaveCount(2);
  expect(await page.locator('section.answer').evaluateAll((sections) => sections.map((s) => s.getAttribute('data-source')))).toEqual([
    '003',
    '000',
  ]);
  // The list of answers and the compare form offer the page's answers, in its order.
  await expect(page.locator('.answer-toc a')).toHaveText(['Notebook notes', 'Plain-text notes']);
  await expect(page.locator('.question-prompt')).toContainText('Do you get the same result');
  await expect(page.getByRole('heading', { name: 'How the answers compare' })).toBeVisible();
  // The comparison still names the answer left out, and links it where it is: on its source page.
  await page.locator('.verdicts').getByRole('link', { name: 'Markdown summary' }).click();
  await expect(page).toHaveURL(/\/sources\/002\/#question-3$/);
  await expect(page.locator('#question-3')).toBeInViewport();
  await expect(page.locator('main')).toContainText('tf.range(10) is a native TensorFlow operation');
  // Its "Compare" link opens the question's page, which has no anchor for it.
  await expect(
    page.locator('section.answer', { has: page.locator('#question-3') }).getByRole('link', { name: 'Compare with the other sources' }),
  ).toHaveAttribute('href', Q3);
  // The overview links the others' answers to the page, and this one to its source page.
  await page.goto(`${site.url}/`);
  const row = page.locator('table.overview tbody tr').nth(2);
  await expect(row.locator('td.answered-cell a')).toHaveCount(3);
  expect(await row.locator('td.answered-cell a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
    `${Q3}#answer-000`,
    '/sources/002/#question-3',
    `${Q3}#answer-003`,
  ]);
  expect(console).toEqual([]);
});

test('search lands on each answer on the page, and offers none the page leaves out', async ({ page }) => {
  const console = collectConsole(page);
  const dialog = page.getByRole('dialog', { name: 'search' });
  await page.goto(`${site.url}/`);
  for (const [term, source] of [
    ['integers', '000'],
    ['converted', '003'],
  ] as const) {
    await page.keyboard.press('/');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('searchbox').fill(term);
    const answer = dialog.locator(`.pf-result:visible .pf-heading-link[href*="${Q3}"][href$="#answer-${source}"]`);
    await expect(answer).toHaveCount(1);
    await answer.click();
    await expect(page).toHaveURL(new RegExp(`${Q3}\\?highlight=${term}#answer-${source}$`));
    await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe(`answer-${source}`);
    await expect(page.locator(`#answer-${source}`)).toBeInViewport();
  }
  // The summary's answer says "converting" too, but the page does not show it, so search does not offer it.
  await page.keyboard.press('/');
  await dialog.getByRole('searchbox').fill('converting');
  const question = dialog.locator('.pf-result:visible').filter({ has: page.locator(`.pf-result-link[href*="${Q3}"]`) });
  await expect(question.locator('.pf-heading-link[href$="#answer-000"]')).toHaveCount(1);
  await expect(question.locator('.pf-heading-link[href$="#answer-002"]')).toHaveCount(0);
  expect(console).toEqual([]);
});

test('every link and anchor of the guide resolves, though one page leaves an answer out', async ({ request }) => {
  const crawler = new Crawler(request, `${site.url}/`, 'http://127.0.0.1:4321/');
  for (const path of pagesOf(site.outDir)) await crawler.page(path);
  expect(crawler.failures).toEqual([]);
});

test.describe('with clipboard access', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('each answer’s copy-link button copies its anchor, which lands on it wherever the page places it', async ({ page }) => {
    const console = collectConsole(page);
    await page.goto(`${site.url}${Q3}`);
    for (const source of ['003', '000']) {
      await page.locator(`section[data-source="${source}"]`).getByRole('button', { name: 'Copy link' }).click();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(new URL(copied).pathname + new URL(copied).hash).toBe(`${Q3}#answer-${source}`);
      await page.goto('about:blank');
      await page.goto(copied.replace(new URL(copied).origin, site.url));
      await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe(`answer-${source}`);
      await expect(page.locator(`#answer-${source}`)).toBeInViewport();
    }
    expect(console).toEqual([]);
  });
});

test('a page with an unknown component, a bad prop or broken MDX stops the build with file, line and column', async () => {
  const broken = createTestSite('question-pages-broken', { copyShipped: true });
  mkdirSync(join(broken.content, 'questions'));
  writeFileSync(join(broken.content, 'questions', '03.mdx'), '<Prompt />\n\n<Answr source="003" />\n\n<Answer sorce="000" />\n');
  writeFileSync(join(broken.content, 'questions', '04.mdx'), '<Prompt />\n\nThe set {1, 2\n');
  const { status, output } = await buildTestSite(broken);
  expect(status).toBe(1);
  expect(output).toContain('content/questions/03.mdx:3:1: Unknown component `<Answr>`; did you mean `<Answer>`?');
  expect(output).toContain('content/questions/03.mdx:5:1: Unknown prop `sorce`; did you mean `source`?');
  expect(output).toContain('content/questions/04.mdx:3:14: This page is not valid MDX:');
  expect(output).not.toMatch(/\n\s+at /);
});
