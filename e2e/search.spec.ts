/**
 * Searching a topic lands on the answers that discuss it. Runs against the
 * root build and the build under /crossguide/, with paths relative to the base.
 */
import type { Page } from '@playwright/test';
import { expect, Q4, test } from './fixtures.ts';

/** The search dialog, once Pagefind has mounted it. */
const dialog = (page: Page) => page.getByRole('dialog', { name: 'search' });
const answers = (page: Page) => dialog(page).locator('.pf-heading-chip:visible');

/**
 * Presses `/`, enters `term` in one go, and waits until the results are those of the whole term.
 * Typed letter by letter, each letter starts a search of its own, and Pagefind may show whichever
 * finishes last: on a busy machine that can be the search for the first letters, which is chance, not a state.
 */
async function search(page: Page, term: string) {
  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).getByRole('searchbox')).toBeFocused();
  await dialog(page).getByRole('searchbox').fill(term);
  await expect(dialog(page).locator('.pf-result-link').first()).toHaveAttribute('href', new RegExp(`[?&]highlight=${term}(&|$)`));
}

test('pressing / opens search, and "ragged" shows question 4 with its three answers', { tag: '@base-path' }, async ({ page }) => {
  await page.goto('questions/03-range-vs-constant/');
  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).getByRole('searchbox')).toBeFocused();
  // In one go, as `search()` explains.
  await dialog(page).getByRole('searchbox').fill('ragged');
  await expect(dialog(page).locator('.pf-result-link').first()).toHaveAttribute('href', /[?&]highlight=ragged$/);
  await expect(answers(page)).toHaveCount(3);
  const results = dialog(page).locator('.pf-result');
  await expect(results).toHaveCount(1);
  await expect(results.getByRole('link').first()).toHaveAccessibleName('Question 4: Other Data Structures in TensorFlow');
  await expect(answers(page).locator('a')).toHaveText(['Plain-text notes', 'Markdown summary', 'Notebook notes']);
  for (const excerpt of await answers(page).locator('.search-excerpt mark').allTextContents()) expect(excerpt).toMatch(/^ragged/i);
  // The dialog is built once, whole: one search box and one close button.
  await expect(dialog(page).getByRole('searchbox')).toHaveCount(1);
  await expect(dialog(page).locator('.pf-modal-close')).toHaveCount(1);
});

test(
  'following the Notebook notes answer lands on #answer-003 of question 4 with "ragged" marked',
  { tag: '@base-path' },
  async ({ page, baseURL }) => {
    await page.goto('./');
    await search(page, 'ragged');
    await answers(page).getByRole('link', { name: 'Notebook notes' }).click();
    await expect(page).toHaveURL(`${baseURL}${Q4}?highlight=ragged#answer-003`);
    await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe('answer-003');
    await expect(page.locator('#answer-003')).toBeInViewport();
    const marked = page.locator('section[data-source="003"] mark.pagefind-highlight');
    await expect(marked).toHaveText(['Ragged']);
    // Marks stay inside the searchable answers, never in navigation.
    await expect(page.locator('nav mark')).toHaveCount(0);
  },
);

test('the source filter keeps only that source’s answers, and drops questions it does not discuss the term in', async ({ page }) => {
  await page.goto(Q4);
  await search(page, 'ragged');
  await expect(answers(page)).toHaveCount(3);
  await dialog(page).getByRole('combobox', { name: 'Filter by source' }).click();
  await dialog(page)
    .getByRole('option', { name: /^Notebook notes/ })
    .click();
  await expect(answers(page).locator('a')).toHaveText(['Notebook notes']);
  await expect(dialog(page).getByRole('combobox', { name: /^Source, 1 filter selected/ })).toBeVisible();

  // "queues" appears only in the Notebook notes answer to question 4.
  await dialog(page).getByRole('searchbox').fill('queues');
  await expect(dialog(page).locator('.pf-result:visible')).toHaveCount(1);
  await dialog(page)
    .getByRole('combobox', { name: /^Source/ })
    .click();
  await dialog(page)
    .getByRole('option', { name: /^Markdown summary/ })
    .click();
  await expect(dialog(page).locator('.pf-result:visible')).toHaveCount(0);
});

test('Escape closes search and gives focus back to the search button', async ({ page }) => {
  await page.goto(Q4);
  const button = page.getByRole('button', { name: 'Search' });
  await button.click();
  await expect(dialog(page)).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.type('tensor');
  await expect(answers(page).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
});

test('Ctrl+K opens search too, and reopening keeps the last query', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeVisible();
  await dialog(page).getByRole('searchbox').fill('ragged');
  await expect(answers(page)).toHaveCount(3);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+k');
  await expect(dialog(page).getByRole('searchbox')).toHaveValue('ragged');
});

test('a question page loads no search code until the reader opens search', { tag: '@base-path' }, async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(Q4);
  await page.mouse.move(10, 10);
  await page.waitForLoadState('networkidle');
  expect(requested.filter((path) => path.includes('/pagefind/'))).toEqual([]);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(dialog(page)).toBeVisible();
  expect(requested.some((path) => path.endsWith('/pagefind/pagefind-component-ui.js'))).toBe(true);
});
