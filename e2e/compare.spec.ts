import type { Page } from '@playwright/test';
import { expect, Q3, test } from './fixtures.ts';

const Q4 = '/questions/04-data-structures/';

/** Rows of a comparison table as `label → cell texts`. */
async function tableRows(page: Page, scope = page.locator('table.comparison').first()) {
  return scope
    .locator('tbody tr')
    .evaluateAll((rows) =>
      Object.fromEntries(
        rows.map((row) => [
          row.querySelector('th')!.textContent!.trim(),
          [...row.querySelectorAll('td')].map((td) => td.textContent!.trim()),
        ]),
      ),
    );
}

test('question 4’s table shows which source names which data structure, in its own words', async ({ page }) => {
  await page.goto(Q4);
  const table = page.locator('table.comparison');
  await expect(table.locator('caption')).toHaveText('Concepts each source names in question 4');
  await expect(table.locator('thead th[scope="col"]')).toHaveText(['Concept', 'Plain-text notes', 'Markdown summary', 'Notebook notes']);
  // The table compares what two or more sources name; a concept only one names is listed under that source.
  await expect(table.locator('tbody th[scope="row"]')).toHaveCount(7);
  const rows = await tableRows(page);
  expect(rows['sparse tensor']).toEqual(['Sparse Tensors', 'SparseTensor', 'Sparse tensors']);
  expect(rows['queue']).toEqual(['QueueRunners', '—not named', 'Queues']);
  expect(rows['set']).toBeUndefined();
  const namedOnce = page.getByRole('list', { name: 'Named by one source only' });
  await expect(namedOnce.getByRole('listitem')).toHaveText(['Notebook notes: set (“Sets”)']);
  await namedOnce.getByRole('link', { name: 'set', exact: true }).click();
  await expect(page).toHaveURL('/glossary/#set');
  await page.goBack();
  await namedOnce.getByRole('link', { name: 'Notebook notes' }).click();
  await expect(page).toHaveURL(`${Q4}#answer-003`);
  await expect(table.locator('tfoot tr').first()).toHaveText(/Words\s*70\s*48\s*42/);
  // Concepts named still counts every concept a source names, the ones it alone names too.
  await expect(table.locator('tfoot tr').nth(1)).toHaveText(/Concepts named\s*\d+\s*\d+\s*\d+/);
});

test('a table cell leads to that source’s answer, and a concept to its glossary entry and back', async ({ page }) => {
  await page.goto(Q4);
  await page.locator('table.comparison td a', { hasText: 'QueueRunners' }).click();
  await expect(page).toHaveURL(`${Q4}#answer-000`);
  await expect(page.locator('#answer-000')).toBeInViewport();

  await page.locator('table.comparison tbody th a', { hasText: 'ragged tensor' }).click();
  await expect(page).toHaveURL('/glossary/#ragged-tensor');
  const entry = page.locator('#ragged-tensor');
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText('Also written: RaggedTensor');
  await entry.getByRole('link', { name: 'Notebook notes' }).first().click();
  await expect(page).toHaveURL(`${Q4}#answer-003`);
});

test('the consensus line says what all and most sources name; what one alone names is listed under the table', async ({ page }) => {
  await page.goto(Q4);
  await expect(page.locator('.consensus')).toHaveText(
    'Consensus: All 3: sparse tensor, ragged tensor, tensor array · 2 of 3: queue, variable, dataset, string tensor',
  );
});

test('question 3 is marked disputed, shows each verdict and the editor’s note', async ({ page }) => {
  await page.goto(Q3);
  const verdicts = page.locator('.verdicts');
  await expect(verdicts.locator('.badge-disputed')).toHaveText('Disputed');
  await expect(verdicts.locator('.verdict .verdict-value')).toHaveText(['Yes', 'Yes', 'No']);
  const note = page.getByRole('complementary', { name: 'Editor’s note' });
  await expect(note).toContainText('Correct answer: No');
  await expect(note).toContainText('int64');
});

test('a question where the sources agree carries no disputed badge', async ({ page }) => {
  await page.goto('/questions/02-tensorflow-vs-numpy/');
  await expect(page.locator('.verdicts')).toBeVisible();
  await expect(page.locator('.badge-disputed')).toHaveCount(0);
});

test('the study guide has an overview matrix and every question’s comparison', async ({ page }) => {
  await page.goto('/');
  const overview = page.locator('table.overview');
  await expect(overview.locator('tbody tr')).toHaveCount(11);
  await expect(overview.locator('tbody tr').nth(2)).toContainText('Disputed');
  await expect(overview.locator('.badge-disputed')).toHaveCount(1);
  await expect(page.locator('.guide-question')).toHaveCount(11);
  await expect(page.locator('.guide-question table.comparison')).toHaveCount(11);
  const q4 = page.locator('.guide-question').filter({ has: page.locator('#question-4') });
  await expect(q4.locator('.consensus')).toContainText('All 3: sparse tensor, ragged tensor, tensor array');
  await q4.locator('td a', { hasText: 'QueueRunners' }).click();
  await expect(page).toHaveURL(`${Q4}#answer-000`);
});

test.describe('on a 360 px wide screen in dark mode', () => {
  test.use({ viewport: { width: 360, height: 740 }, colorScheme: 'dark' });

  test('a wide table scrolls inside its box, not the page', async ({ page }) => {
    await page.goto('/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const scroller = page.locator('.table-scroll').first();
    const { scrollWidth, clientWidth } = await scroller.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    const background = await page
      .locator('table.comparison th[scope="row"]')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
  });
});
