/**
 * Guides built from other content: every answer format mixed with the
 * shipped answer sets, and a different chapter with nothing of this one.
 */
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { startStaticServer } from './static-server.ts';
import { buildTestSite, createTestSite, projectRoot } from './test-site.ts';

const guides = join(projectRoot, 'src', 'lib', '__fixtures__', 'guides');

/** Builds the guide whose content `fill` writes into site folder `name`, and serves it. */
async function buildAndServe(name: string, fill: (content: string) => void) {
  const site = createTestSite(name);
  fill(site.content);
  const { status, output } = await buildTestSite(site);
  expect(status, output).toBe(0);
  expect(output).toMatch(/every one of \d+ source lines is visible on the site/);
  const server = await startStaticServer({ dir: site.outDir, port: 0 });
  return { url: server.url.replace(/\/$/, ''), close: () => server.close() };
}
type Site = Awaited<ReturnType<typeof buildAndServe>>;

test.describe('a guide mixing every format', () => {
  test.describe.configure({ mode: 'serial' });
  let site: Site;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    site = await buildAndServe('formats', (content) => {
      cpSync(join(guides, 'formats'), content, { recursive: true });
      const shipped = join(projectRoot, 'content', 'sources');
      for (const name of readdirSync(shipped)) cpSync(join(shipped, name), join(content, 'sources', name));
    });
  });
  test.afterAll(async () => site?.close());

  test('question 10 shows an answer from each of eight sources, skipped ones marked', async ({ page }) => {
    await page.goto(`${site.url}/questions/10-tf-function-rules/`);
    await expect(page.locator('section.answer > .answer-head h2')).toHaveCount(8);
    await expect(page.locator('section.answer > .answer-head h2 a')).toHaveText([
      'Priya (headings)',
      'Table 3 (bold questions)',
      'Answers only',
      'Notebook',
      'Source 000',
      'Source 002',
      'Source 003',
      'Source 105',
    ]);
    await expect(page.locator('#answer-102')).toContainText('answer key');
    // Sub-parts written on consecutive lines stay on their own lines.
    const subparts = page.locator('section[data-source="101"] .answer-body p');
    expect(await subparts.locator('br').count()).toBe(3);

    await page.goto(`${site.url}/questions/07-custom-layer-vs-model/`);
    await expect(page.locator('section[data-source="101"]')).toContainText('This source skips this question.');
    // An answer from a folder source names its file.
    await expect(page.locator('section[data-source="105"] .answer-meta')).toContainText('source 105 · 7.md, line 1');
  });

  test('a notebook answer shows highlighted code, its output and its error', async ({ page }) => {
    await page.goto(`${site.url}/questions/09-arbitrary-python/`);
    const notebook = page.locator('section[data-source="104"]');
    await expect(notebook.locator('figure.cell-input figcaption')).toHaveText('In [6]:');
    await expect(notebook.locator('figure.cell-input pre.astro-code[data-language="python"]')).toContainText('return np.sqrt(x)');
    await expect(notebook.locator('figure.cell-output figcaption')).toHaveText('Error');
    await expect(notebook.locator('figure.cell-output')).toContainText('NotImplementedError: Cannot convert a symbolic tf.Tensor to a numpy array.');
  });

  test('a source page describes the format it was read as and its settings', async ({ page }) => {
    await page.goto(`${site.url}/sources/104/`);
    await expect(page.locator('.lede')).toContainText('read as a Jupyter notebook');
    await expect(page.locator('.appendix')).toContainText('plot_history');
    await page.goto(`${site.url}/sources/105/`);
    await expect(page.locator('.lede')).toContainText('read as a folder with one file per question');
    await expect(page.locator('section.answer h2')).toHaveCount(11);
    await expect(page.locator('section.answer', { hasText: 'This answer is empty.' }).locator('h2')).toHaveText(/^8 /);
    await page.goto(`${site.url}/sources/102/`);
    await expect(page.locator('h1')).toContainText('answer key');
    await expect(page.locator('.lede')).toContainText('By Marco, Lena and Sam.');
  });
});

test.describe('a different chapter', () => {
  test.describe.configure({ mode: 'serial' });
  let site: Site;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    site = await buildAndServe('other-chapter', (content) => cpSync(join(guides, 'other-chapter'), content, { recursive: true }));
  });
  test.afterAll(async () => site?.close());

  test('builds that chapter’s guide, with nothing of the shipped chapter in it', async ({ page }) => {
    await page.goto(`${site.url}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Version Control with Git');
    await expect(page.locator('.guide-question')).toHaveCount(8);
    await expect(page.locator('body')).not.toContainText(/tensorflow|keras/i);
    await page.locator('.guide-question h2').getByRole('link', { name: /What does a merge conflict look like/ }).click();
    await expect(page.locator('section[data-source="001"] pre')).toContainText('<<<<<<< HEAD');
    await expect(page.locator('body')).not.toContainText(/tensorflow|keras/i);
  });
});
