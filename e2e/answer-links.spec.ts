/** Linking a teammate to one answer: the copy button, the heading link, and the marked answer on arrival. */
import { expect, Q3, test } from './fixtures.ts';

test.describe('with clipboard access', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('"Copy link" copies the exact URL of the answer and announces "Copied"', async ({ page, baseURL }) => {
    await page.goto('/questions/04-data-structures/?highlight=ragged');
    const section = page.locator('section[data-source="003"]');
    const button = section.getByRole('button', { name: 'Copy link' });
    await expect(button).toHaveAccessibleDescription('Notebook notes');
    await button.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}questions/04-data-structures/#answer-003`);
    await expect(page.getByRole('status')).toHaveText('Copied');
    await expect(section.locator('.copy-link')).toHaveText('Copied');
  });

  test('each question on the study guide has a link mark and a "Copy link" button of its own', async ({ page, baseURL }) => {
    await page.goto('/');
    const card = page.locator('.guide-question').nth(2);
    await expect(card.getByRole('link', { name: 'Link to question 3 in the study guide' })).toHaveAttribute('href', '#question-3');
    await card.getByRole('button', { name: 'Copy link' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}#question-3`);
    await expect(page.getByRole('status')).toHaveText('Copied');
  });
});

test('every answer heading on a question page shows a link mark and a copy button', async ({ page }) => {
  await page.goto(Q3);
  const heads = page.locator('section.answer .answer-head');
  await expect(heads).toHaveCount(3);
  for (const head of await heads.all()) {
    await expect(head.locator('h2 a.heading-link .link-icon')).toBeVisible();
    await expect(head.getByRole('button', { name: 'Copy link' })).toBeVisible();
  }
});

test('following another answer’s heading link on the same page moves the mark to it', async ({ page }) => {
  await page.goto(`${Q3}#answer-000`);
  await expect(page.locator('section[data-source="000"]')).not.toHaveCSS('box-shadow', 'none');
  await page.locator('#answer-003 a').click();
  await expect(page).toHaveURL(`${Q3}#answer-003`);
  await expect(page.locator('#answer-003')).toBeInViewport();
  await expect(page.locator('section[data-source="003"]')).not.toHaveCSS('box-shadow', 'none');
  await expect(page.locator('section[data-source="000"]')).toHaveCSS('box-shadow', 'none');
  await page.goBack();
  await expect(page.locator('section[data-source="000"]')).not.toHaveCSS('box-shadow', 'none');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the heading is a plain link to the answer, and the copy button and compare form are hidden', async ({ page }) => {
    await page.goto(Q3);
    const heading = page.locator('#answer-002');
    await expect(heading.getByRole('link')).toHaveAttribute('href', '#answer-002');
    await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Search' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Theme:/ })).toBeHidden();
    // The compare form, which its script fills, takes no room either.
    await expect(page.locator('[data-compare-form]')).toHaveCSS('display', 'none');
    await heading.getByRole('link').click();
    await expect(page).toHaveURL(`${Q3}#answer-002`);
  });
});
