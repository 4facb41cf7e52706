import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const card = (page: Page) => page.locator('.study-card:visible');

test('study mode shows one question with its answers hidden, reveals them in turn, and keeps marks across a reload', async ({ page }) => {
  await page.goto('/study/');
  await expect(page.locator('.study-card:visible')).toHaveCount(1);
  await expect(card(page).locator('h2')).toHaveText('TensorFlow Description and Main Features');
  await expect(card(page).locator('.answer:visible')).toHaveCount(0);
  await expect(card(page).locator('.consensus')).toBeHidden();

  await card(page).getByRole('button', { name: 'Reveal the consensus' }).click();
  await expect(card(page).locator('.consensus')).toBeVisible();
  await card(page).getByRole('button', { name: 'Reveal Plain-text notes' }).click();
  await expect(card(page).locator('.answer:visible')).toHaveCount(1);

  await card(page).getByRole('button', { name: 'Review again' }).click();
  await expect(page.locator('[data-study-progress]')).toHaveText('Question 1 of 11 · 0 known · 1 to review');
  await card(page).getByRole('button', { name: 'Next →' }).click();
  await card(page).getByRole('button', { name: 'Knew it' }).click();

  await page.reload();
  await expect(card(page).locator('h2')).toHaveText('TensorFlow vs. NumPy');
  await expect(page.locator('[data-study-progress]')).toHaveText('Question 2 of 11 · 1 known · 1 to review');
  await page.goto('/');
  await expect(page.locator('tr[data-number="1"] .study-mark-chip')).toHaveText('review');
  await expect(page.locator('tr[data-number="2"] .study-mark-chip')).toHaveText('knew it');
  await expect(page.locator('[data-study-summary]')).toContainText('1 known, 1 to review');
});

test('the review-only filter and shuffle change which questions come up', async ({ page }) => {
  await page.goto('/study/?q=3');
  await expect(card(page).locator('h2')).toContainText('tf.range(10)');
  await card(page).getByRole('button', { name: 'Review again' }).click();
  await page.getByRole('button', { name: 'Only “review again”' }).click();
  await expect(page.getByRole('button', { name: 'Only “review again”' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-study-progress]')).toHaveText('Question 1 of 1 · 0 known · 1 to review');
  await card(page).getByRole('button', { name: 'Next →' }).click();
  await expect(card(page).locator('h2')).toContainText('tf.range(10)');
  await page.getByRole('button', { name: 'Only “review again”' }).click();

  const orders = new Set<string>();
  for (let i = 0; i < 4; i++) {
    await page.getByRole('button', { name: 'Shuffle' }).click();
    orders.add(await page.evaluate(() => JSON.parse(localStorage.getItem('crossguide-study')!).order.join(',')));
  }
  expect(orders.size).toBeGreaterThan(1);
  for (const order of orders)
    expect(
      order
        .split(',')
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
});

test('study mode works from the keyboard alone', async ({ page }) => {
  await page.goto('/study/');
  await page.keyboard.press('Space');
  await expect(card(page).locator('.consensus')).toBeVisible();
  await page.keyboard.press('Space');
  await page.keyboard.press('Space');
  await expect(card(page).locator('.answer:visible')).toHaveCount(2);
  await page.keyboard.press('2');
  await page.keyboard.press('j');
  await expect(card(page).locator('h2')).toHaveText('TensorFlow vs. NumPy');
  await expect(card(page).locator('h2')).toBeFocused();
  await page.keyboard.press('1');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('k');
  await expect(card(page).locator('h2')).toHaveText('TensorFlow vs. NumPy');
  await expect(page.locator('[data-study-progress]')).toHaveText('Question 2 of 11 · 1 known · 1 to review');
  // Tab reaches the card's buttons, and Space presses the focused one.
  await page.keyboard.press('Tab');
  await expect(card(page).getByRole('button', { name: 'Reveal the consensus' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(card(page).locator('.consensus')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('study mode simply shows every question and answer', async ({ page }) => {
    await page.goto('/study/');
    await expect(page.locator('.study-card')).toHaveCount(11);
    await expect(page.locator('.study-card .answer:visible')).toHaveCount(33);
    await expect(page.locator('[data-study-bar]')).toBeHidden();
  });
});
