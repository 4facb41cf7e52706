/**
 * A study group's whole book: four members' repository checkouts (nine chapters of *Hands-On Machine
 * Learning*, `src/lib/__fixtures__/books/homl`) dropped into `content/sources/`, with a folder per chapter
 * in `content/chapters/`, built as one site.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { buildTestSite, createTestSite, projectRoot } from './test-site.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';
import { runPipeline } from '../src/lib/build/pipeline.ts';
import { dropInBook } from '../src/lib/corpus/book-fixture.ts';
import { readSourceText } from '../src/lib/read/decode.ts';
import { builtPageText } from '../src/lib/verify/built-pages.ts';
import { findMissingLines } from '../src/lib/verify/visible.ts';

test.describe.configure({ mode: 'serial', timeout: 900_000 });

const fixture = join(projectRoot, 'src', 'lib', '__fixtures__', 'books', 'homl');
let server: StaticServer;
let url: string;

test.beforeAll(async () => {
  const site = createTestSite('book');
  dropInBook(fixture, site.content);
  // A chapter's own page for one question, in place of the generated one.
  mkdirSync(join(site.content, 'chapters', '07-ensembles', 'questions'), { recursive: true });
  writeFileSync(
    join(site.content, 'chapters', '07-ensembles', 'questions', '07.mdx'),
    '<Prompt />\n\nThe group settled this one at its meeting: lower the learning rate.\n\n<Comparison />\n\n<Answers />\n',
  );
  const { status, output } = await buildTestSite(site);
  expect(status, output).toBe(0);
  expect(output).toMatch(/9 chapters, 4 members, 82 questions, \d+ answers; every one of \d+ source lines is visible on the site/);
  // Nothing lost, read from the built HTML: every line of every member's files on its chapter's pages.
  const { book = [] } = await runPipeline({ contentDir: site.content, root: site.root });
  const missing = book.flatMap(({ chapter, guide }) =>
    findMissingLines({
      guide,
      readSource: (file) => readSourceText(join(site.root, file), file),
      pageText: builtPageText(join(site.outDir, chapter.slug), guide),
    }),
  );
  expect(missing.map((d) => `${d.file}:${d.line}: ${d.message}`)).toEqual([]);
  server = await startStaticServer({ dir: site.outDir, port: 0 });
  url = server.url.replace(/\/$/, '');
});

test.afterAll(async () => {
  await server?.close();
});

const dialog = (page: Page) => page.getByRole('dialog', { name: 'search' });

test('the book’s home shows chapters × members, each cell leading to that member’s answers in that chapter', async ({ page }) => {
  await page.goto(`${url}/`);
  await expect(page.locator('h1')).toHaveText("Hands-On Machine Learning: the study group's answers");
  const rows = page.locator('table.book-matrix tbody tr');
  await expect(rows).toHaveCount(9);
  await expect(rows.locator('th a')).toContainText([
    'Chapter 2: End-to-End Machine Learning Project',
    'Chapter 7: Ensemble Learning and Random Forests',
  ]);
  await expect(page.locator('table.book-matrix thead th a')).toHaveText(['hectwilliams', 'HeitorTrielli', 'mateuszk098', 'Zilleplus']);
  // Chapter 9: all four members' columns, three with a file.
  const chapter9 = page.locator('tr[data-chapter="09-unsupervised"]');
  await expect(chapter9.locator('td')).toHaveText([
    /13 of 13 answered/,
    'no file',
    /9 of 13 answered\s*by mateuszk098\s*4 skipped/,
    /13 of 13 answered/,
  ]);
  await chapter9.locator('td').nth(2).getByRole('link').click();
  await expect(page).toHaveURL(`${url}/09-unsupervised/sources/mateuszk098/`);
  await expect(page.locator('.eyebrow')).toContainText('Chapter 9: Unsupervised Learning Techniques');
  // Members' read-mes are in no chapter, and listed.
  await page.goto(`${url}/`);
  await page.getByText('4 files in no chapter').click();
  await expect(page.locator('.unsorted li')).toHaveCount(4);
  await expect(page.locator('.unsorted li').first()).toContainText('Not an answer file');
});

test('a member’s page lists their answers across the book, chapter by chapter', async ({ page }) => {
  await page.goto(`${url}/members/zilleplus/`);
  await expect(page.locator('h1')).toHaveText('Zilleplus');
  await expect(page.locator('.member-chapter h2')).toHaveText([
    'Chapter 9: Unsupervised Learning Techniques',
    'Chapter 11: Training Deep Neural Networks',
  ]);
  await page.locator('.member-chapter').nth(1).getByRole('link', { name: /^3/ }).click();
  await expect(page).toHaveURL(new RegExp(`^${url}/11-training-dnn/questions/03-[a-z0-9-]+/#answer-zilleplus$`));
  await expect(page.locator('section.answer[data-source="zilleplus"]')).toBeInViewport();
});

test('search covers the whole book, names each result’s chapter, and narrows to one chapter', async ({ page }) => {
  await page.goto(`${url}/07-ensembles/`);
  await page.keyboard.press('/');
  await dialog(page).getByRole('searchbox').fill('learning rate');
  const chapters = dialog(page).locator('.pf-result:visible .search-chapter');
  await expect(chapters.first()).toBeVisible();
  // Results from several chapters.
  await expect.poll(async () => new Set(await chapters.allTextContents()).size).toBeGreaterThan(1);
  await dialog(page).getByRole('combobox', { name: 'Filter by chapter' }).click();
  await dialog(page)
    .getByRole('option', { name: /^Chapter 7: Ensemble Learning/ })
    .click();
  await expect(dialog(page).getByRole('combobox', { name: /^Chapter, 1 filter selected/ })).toBeVisible();
  await expect
    .poll(async () => [...new Set(await chapters.allTextContents())])
    .toEqual(['Chapter 7: Ensemble Learning and Random Forests']);
  // A result lands on the answer in its chapter.
  await dialog(page).locator('.pf-result:visible .pf-heading-link').first().click();
  await expect(page).toHaveURL(new RegExp(`^${url}/07-ensembles/questions/[^/]+/\\?highlight=.*#answer-[a-z0-9]+$`));
});

test('a copied answer link opens that answer in its chapter; the last question leads on to the next chapter', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${url}/07-ensembles/q/7/`);
  await expect(page).toHaveURL(/\/07-ensembles\/questions\/07-[a-z0-9-]+\/$/);
  await expect(page.locator('.eyebrow')).toContainText('Chapter 7: Ensemble Learning and Random Forests · Question 7 of 9');
  // The chapter's own page for this question, with the members' choices marked disputed.
  await expect(page.getByText('The group settled this one at its meeting')).toBeVisible();
  await expect(page.locator('.stances').filter({ hasText: 'Choices: increase or decrease' })).toContainText('Disputed');
  await page.locator('section.answer[data-source="heitortrielli"]').getByRole('button', { name: 'Copy link' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\/07-ensembles\/questions\/07-[a-z0-9-]+\/#answer-heitortrielli$/);
  const teammate = await context.newPage();
  await teammate.goto(copied);
  await expect(teammate.locator('section.answer[data-source="heitortrielli"]')).toBeInViewport();
  await teammate.close();

  await page.goto(`${url}/07-ensembles/q/9/`);
  await page.locator('.prev-next .next').click();
  await expect(page).toHaveURL(`${url}/08-dimensionality-reduction/`);
});
