/**
 * Guides built from other content: every answer format mixed with the shipped
 * answer sets, a different chapter with nothing of this one, answers in
 * Chinese and Japanese, and the shipped sets with every real layout, an
 * answer key and a near-copy of it.
 */
import { appendFileSync, cpSync, readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { accessibilityViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { buildAndServe, projectRoot } from './test-site.ts';

const guides = join(projectRoot, 'src', 'lib', '__fixtures__', 'guides');

type Site = Awaited<ReturnType<typeof buildAndServe>>;

test.describe('a guide mixing every format', () => {
  test.describe.configure({ mode: 'serial' });
  let site: Site;

  test.beforeAll(async () => {
    site = await buildAndServe('formats', (content) => {
      cpSync(join(guides, 'formats'), content, { recursive: true });
      const shipped = join(projectRoot, 'content', 'sources');
      for (const name of readdirSync(shipped)) cpSync(join(shipped, name), join(content, 'sources', name));
    });
  });
  test.afterAll(async () => site?.close());

  test('question 10 shows an answer from each of twelve sources, skipped ones marked', async ({ page }) => {
    await page.goto(`${site.url}/questions/10-tf-function-rules/`);
    await expect(page.locator('section.answer > .answer-head h2')).toHaveCount(12);
    await expect(page.locator('section.answer > .answer-head h2 a')).toHaveText([
      'Priya (headings)',
      'Table 3 (bold questions)',
      'Answers only',
      'Notebook',
      'Exported script',
      'Unnumbered headings',
      'Questions first',
      'Unnumbered paragraphs',
      'Source 000',
      'Source 002',
      'Source 003',
      'evening-group',
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
    await expect(notebook.locator('figure.cell-output')).toContainText(
      'NotImplementedError: Cannot convert a symbolic tf.Tensor to a numpy array.',
    );
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
    site = await buildAndServe('other-chapter', (content) => cpSync(join(guides, 'other-chapter'), content, { recursive: true }));
  });
  test.afterAll(async () => site?.close());

  test('builds that chapter’s guide, with nothing of the shipped chapter in it', async ({ page }) => {
    await page.goto(`${site.url}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Version Control with Git');
    await expect(page.locator('.guide-question')).toHaveCount(8);
    await expect(page.locator('body')).not.toContainText(/tensorflow|keras/i);
    await page
      .locator('.guide-question h2')
      .getByRole('link', { name: /What does a merge conflict look like/ })
      .click();
    await expect(page.locator('section[data-source="001"] pre')).toContainText('<<<<<<< HEAD');
    await expect(page.locator('body')).not.toContainText(/tensorflow|keras/i);
  });
});

test.describe('a guide with answers in Chinese and Japanese', () => {
  // One build, in one worker: a second worker would rebuild the same site folder under the first.
  test.describe.configure({ mode: 'serial' });
  let site: Site;
  const dialog = (page: Page) => page.getByRole('dialog', { name: 'search' });
  const results = (page: Page) => dialog(page).locator('.pf-result:visible');

  /**
   * Opens search and types `term`; waits until the first result is one for the
   * whole term. Pagefind searches a run of Han characters character by character,
   * so its link marks each of them.
   */
  async function search(page: Page, term: string) {
    await page.keyboard.press('/');
    await expect(dialog(page)).toBeVisible();
    // In one go: letter by letter, Pagefind may show whichever of the searches finishes last.
    await dialog(page).getByRole('searchbox').fill(term);
    const first = results(page).locator('.pf-result-link').first();
    await expect
      .poll(async () => new URL((await first.getAttribute('href')) ?? '', site.url).searchParams.getAll('highlight').join(''))
      .toBe(term);
  }

  /** The question each shown result is for, in order. */
  const shownQuestions = (page: Page) =>
    results(page)
      .locator('.pf-result-link')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

  test.beforeAll(async () => {
    site = await buildAndServe('languages', (content) => cpSync(join(guides, 'languages'), content, { recursive: true }));
  });
  test.afterAll(async () => site?.close());

  test('each answer and label carries its language, on a page in the guide’s', async ({ page }) => {
    await page.goto(`${site.url}/questions/01-what-is-a-tensor/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('section[data-source="202"] .answer-body')).toHaveAttribute('lang', 'zh');
    await expect(page.locator('section[data-source="203"] .answer-body')).toHaveAttribute('lang', 'ja');
    await expect(page.locator('section[data-source="201"] .answer-body')).not.toHaveAttribute('lang', /./);
    // A label in Chinese characters is Chinese; "Tokyo group" is read as English.
    await expect(page.locator('#answer-202 a')).toHaveAttribute('lang', 'zh');
    await expect(page.locator('#answer-203 a')).not.toHaveAttribute('lang', /./);
    await expect(page.locator('.answer-toc a[lang="zh"]')).toHaveText('北京学习小组');
    // The source's own wording of the question (it asks, with a full-width question mark) is in its language.
    await expect(page.locator('section[data-source="202"] .source-prompt p')).toHaveAttribute('lang', 'zh');
    await expect(page.locator('section[data-source="202"] .source-prompt p')).toHaveText('什么是张量？');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto(`${site.url}/sources/202/`);
    await expect(page.locator('h1 span[lang="zh"]')).toHaveText('北京学习小组');
    await expect(page.locator('.answer-body[lang="zh"]')).toHaveCount(3);
    await page.goto(`${site.url}/study/`);
    await expect(page.locator('[data-source="203"] .answer-body[lang="ja"]')).toHaveCount(3);
    await expect(page.locator('[data-source="202"] h3[lang="zh"]')).toHaveCount(3);
  });

  test('a word from the middle of a run of Han characters finds the Chinese answer and lands on it', async ({ page }) => {
    await page.goto(`${site.url}/`);
    await search(page, '多维');
    const questions = await shownQuestions(page);
    expect(new Set(questions).size, 'one result per question').toBe(questions.length);
    const tensor = results(page).filter({ has: page.locator('.pf-result-link[href*="/questions/01-what-is-a-tensor/"]') });
    await expect(tensor.locator('.pf-heading-chip mark').first()).toBeVisible();
    await tensor.locator('.pf-heading-link[href$="#answer-202"]').click();
    await expect(page).toHaveURL(/\/questions\/01-what-is-a-tensor\/\?highlight=.+#answer-202$/);
    await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe('answer-202');
    await expect(page.locator('#answer-202')).toBeInViewport();
  });

  test('a term in every language’s answer is one result with an answer from each source', async ({ page }) => {
    await page.goto(`${site.url}/questions/02-how-do-you-create-a-tensor-that-cannot-change/`);
    await search(page, 'assign');
    await expect(results(page)).toHaveCount(1);
    await expect(results(page).locator('.pf-result-link')).toHaveAttribute('href', /\/questions\/03-[^/]+\/\?highlight=assign$/);
    await expect(results(page).locator('.pf-heading-link')).toHaveCount(3);
    expect((await results(page).locator('.pf-heading-link').allInnerTexts()).sort()).toEqual([
      'Evening group',
      'Tokyo group',
      '北京学习小组',
    ]);
    // The source filter keeps working on answers from another language's index.
    await dialog(page).getByRole('combobox', { name: 'Filter by source' }).click();
    await dialog(page)
      .getByRole('option', { name: /^北京学习小组/ })
      .click();
    await expect(results(page).locator('.pf-heading-chip:visible a')).toHaveText(['北京学习小组']);
  });
});

/**
 * One guide for two behaviours, to build it once: the shipped answer sets with
 * every real layout added, the published solutions among them marked as the
 * answer key, and a learner's near-copy of those solutions.
 */
test.describe('the shipped guide with every real answer set added, the published solutions as answer key and a near-copy of them', () => {
  test.describe.configure({ mode: 'serial' });
  let site: Site;
  const real = join(projectRoot, 'src', 'lib', 'parse', '__fixtures__', 'real');
  const key = 'ageron-solutions-notebook';
  const Q3 = '/questions/03-range-vs-constant/';

  test.beforeAll(async () => {
    site = await buildAndServe('real-layouts', (content) => {
      cpSync(join(projectRoot, 'content'), content, { recursive: true });
      const cases = readdirSync(real, { withFileTypes: true }).filter((entry) => entry.isDirectory() && entry.name !== key);
      for (const [i, { name }] of cases.entries()) {
        const input = readdirSync(join(real, name)).find((entry) => entry === 'input' || entry.startsWith('input.'))!;
        cpSync(join(real, name, input), join(content, 'sources', `${910 + i}_${name}${input.slice('input'.length)}`), { recursive: true });
      }
      cpSync(join(real, key, 'input.ipynb'), join(content, 'sources', '900_solutions.ipynb'));
      cpSync(
        join(projectRoot, 'src', 'lib', 'corpus', '__fixtures__', 'study-corpus', 'near-copy-learner', 'input.md'),
        join(content, 'sources', '901_learner.md'),
      );
      appendFileSync(join(content, 'sources.yaml'), "'900': { label: Published key, reference: true }\n'901': { label: Learner B }\n");
    });
  });
  test.afterAll(async () => site?.close());

  test('an exported script without numbers and a folder of Q./A. strings land under their questions, as text', async ({ page }) => {
    await page.goto(`${site.url}/questions/04-data-structures/`);
    const script = page.locator('section.answer').filter({ hasText: 'Sparse Tensors: mostly zeros, stored as indices and values.' });
    await expect(script).toHaveCount(1);
    await expect(script).not.toContainText('# ');
    await page.goto(`${site.url}/questions/08-custom-training-loop/`);
    const folder = page
      .locator('section.answer')
      .filter({ hasText: 'Custom layer when a layer needs its own operation on the kernel or output' });
    await expect(folder).toHaveCount(1);
    await expect(folder.locator('.answer-meta')).toContainText('8.py');
    await expect(folder.locator('.answer-body')).not.toContainText("'''");
    await expect(folder.locator('.answer-body pre')).toHaveCount(0);
  });

  test('the question page groups the near-copy with the key and says how close it is, in its HTML', async ({ page, request }) => {
    const html = await (await request.get(`${site.url}${Q3}`)).text();
    expect(html).toMatch(/<strong[^>]*>Learner B<\/strong>’s answer is 9\d % the same as Published key’s\./);
    await page.goto(`${site.url}${Q3}`);
    await expect(page.locator('.closeness .copies li')).toHaveText([/^Learner B’s answer is 9\d % the same as Published key’s\.$/]);
    // The key's own verdict is not read as yes, and the shipped yes verdicts are shown contradicting it.
    await expect(page.locator('.verdict:has(> a[href="#answer-900"]) .verdict-value')).not.toHaveText('Yes');
    await expect(page.locator('.verdict:has(> a[href="#answer-000"])')).toContainText('contradicts Published key');
    await expect(page.locator('.verdict:has(> a[href="#answer-901"])')).toContainText('agrees with Published key');
    await expect(page.locator('.closeness').locator('xpath=ancestor::*[@data-pagefind-ignore="all"]')).toHaveCount(1);
  });

  test('the overview says how much of each source follows the key', async ({ page }) => {
    await page.goto(`${site.url}/`);
    await expect(page.locator('.follows li[data-source="901"]')).toHaveText(
      /^Learner B: 9\d % of its words follow Published key, \d+ % are its own; it names \d+ of the key’s \d+ concepts/,
    );
    await expect(page.locator('.follows li[data-source="003"]')).toHaveText(
      /^Notebook notes: [1-6]?\d % of its words follow Published key/,
    );
  });

  for (const [width, scheme] of [
    [1280, 'light'],
    [1280, 'dark'],
    [360, 'light'],
    [360, 'dark'],
  ] as const) {
    test(`the compare view marks the words each answer adds and drops, ${width} px, ${scheme}`, async ({ page }, info) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${site.url}${Q3}?compare=900,901`);
      const grid = page.locator('.compare-grid');
      await expect(grid.locator('.word-diff-summary')).toHaveText(
        /^Marked: words only one answer has\. Published key adds \d+ words? that Learner B does not have, and drops \d+ that it has\.$/,
      );
      await expect(grid.locator('section[data-source="900"] mark.word-own')).toHaveText(['former', 'latter']);
      await expect(grid.locator('section[data-source="901"] mark.word-own')).toHaveText(['first one', 'second']);
      const background = await grid
        .locator('mark.word-own')
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(background).toBe(scheme === 'dark' ? 'rgb(92, 74, 6)' : 'rgb(253, 230, 138)');
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await grid.screenshot({ path: info.outputPath(`compare-${width}-${scheme}.png`) });
      await page.getByRole('button', { name: 'Show all answers' }).click();
      await expect(page.locator('mark.word-own')).toHaveCount(0);
      await expect(page.locator('section[data-source="900"] .answer-body')).toContainText('However, the former uses 32-bit integers');
    });
  }
});
