import { expect, Q3, test } from './fixtures.ts';

const Q4 = '/questions/04-data-structures/';

test('the compare view opens from a shared URL with the two answers side by side', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${Q4}?compare=000,003`);
  const grid = page.locator('.compare-grid');
  await expect(grid.locator('section.answer')).toHaveCount(2);
  await expect(grid.locator('section.answer h2')).toHaveText(['Plain-text notes', 'Notebook notes']);
  const [a, b] = await grid.locator('section.answer').evaluateAll((sections) => sections.map((s) => s.getBoundingClientRect()));
  expect(Math.abs(a!.top - b!.top)).toBeLessThan(2);
  expect(b!.left).toBeGreaterThan(a!.right - 1);

  await page.getByLabel('Second source').selectOption('002');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(`${Q4}?compare=000%2C002`);
  await page.getByRole('button', { name: 'Show all answers' }).click();
  await expect(page.locator('.compare-grid')).toHaveCount(0);
  await expect(page).toHaveURL(Q4);
});

test('the side-by-side menus offer the sources that answer, the first two chosen', async ({ page }) => {
  await page.goto(Q3);
  const answering = await page.locator('section.answer:not(.skipped) h2').allTextContents();
  expect(answering).toEqual(['Plain-text notes', 'Markdown summary', 'Notebook notes']);
  for (const [menu, chosen] of [
    ['First source', '000'],
    ['Second source', '002'],
  ] as const) {
    await expect(page.getByLabel(menu).locator('option')).toHaveText(answering);
    await expect(page.getByLabel(menu)).toHaveValue(chosen);
  }
});

test('on a narrow screen the compared answers stack', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${Q4}?compare=002,003`);
  // The compare view is built by a script loaded on first use: measure once both answers are in it.
  const compared = page.locator('.compare-grid section.answer');
  await expect(compared).toHaveCount(2);
  const [a, b] = await compared.evaluateAll((sections) => sections.map((s) => s.getBoundingClientRect()));
  expect(b!.top).toBeGreaterThan(a!.bottom - 1);
});

test('[ and ] move to the previous and next question', async ({ page }) => {
  await page.goto(Q3);
  await page.keyboard.press(']');
  await expect(page).toHaveURL(Q4);
  // The shortcut's script runs once the new page has loaded.
  await page.waitForLoadState('load');
  await page.keyboard.press('[');
  await expect(page).toHaveURL(Q3);
  await page.waitForLoadState('load');
  await page.keyboard.press('[');
  await expect(page).toHaveURL('/questions/02-tensorflow-vs-numpy/');
});

test('on a phone the page does not move once its scripts run', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  // Where the page's blocks are once the whole document is parsed, before its module scripts run (they run
  // right after readyState turns "interactive"), and once they have: a low-end phone paints in between.
  await page.addInitScript(() => {
    // The blocks a reader sees first, in the first screenful: those below it may still move, unseen.
    const places = () =>
      [...document.querySelectorAll('header, main h1, main > *, main section')]
        .map((element) => ({ element, rect: element.getBoundingClientRect() }))
        .filter(({ rect }) => rect.top + scrollY < innerHeight)
        .map(
          ({ element, rect }) =>
            `${element.tagName.toLowerCase()}.${element.className} ${Math.round(rect.top + scrollY)} ${Math.round(rect.left)}`,
        );
    (window as unknown as { places: typeof places }).places = places;
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') (window as unknown as { beforeScripts: string[] }).beforeScripts = places();
    });
  });
  for (const path of ['/', Q3]) {
    await page.goto(path);
    // The theme toggle's script has run once the button names the theme in use.
    await expect(page.locator('[data-theme-toggle]')).toHaveAttribute('data-current', 'system');
    await expect(page.locator('[data-compare-form]')).toBeVisible({ visible: path === Q3 });
    const { before, after } = await page.evaluate(() => {
      const w = window as unknown as { beforeScripts: string[]; places: () => string[] };
      return { before: w.beforeScripts, after: w.places() };
    });
    expect(before.length, path).toBeGreaterThanOrEqual(3);
    // The header's toggle, once shown only by its script, pushed every block down a line (39 px).
    expect(after, path).toEqual(before);
  }
});

test('a reader sent to an answer further down finds it where it was once the scripts run', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  // Every answer's place in the document, once parsed and once the scripts have run. Chromium's scroll
  // anchoring would hide a block that moves above a linked answer; Safari and phones without it do not.
  await page.addInitScript(() => {
    const places = () =>
      [...document.querySelectorAll<HTMLElement>('section.answer')].map(
        (section) => `${section.dataset.source} ${Math.round(section.getBoundingClientRect().top + scrollY)}`,
      );
    (window as unknown as { places: typeof places }).places = places;
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') (window as unknown as { beforeScripts: string[] }).beforeScripts = places();
    });
  });
  await page.goto(`${Q3}#answer-003`);
  // The compare form's script has run once its menus hold the answered sources.
  await expect(page.getByLabel('First source').locator('option')).not.toHaveCount(0);
  const { before, after } = await page.evaluate(() => {
    const w = window as unknown as { beforeScripts: string[]; places: () => string[] };
    return { before: w.beforeScripts, after: w.places() };
  });
  expect(before).toHaveLength(3);
  // The compare form, once shown only by its script, pushed every answer down 74 px.
  expect(after).toEqual(before);
});

test('the theme toggle persists across pages, and a dark page is dark from its first paint', async ({ page }) => {
  await page.goto('/');
  const toggle = page.getByRole('button', { name: /Theme:/ });
  await expect(toggle).toHaveText(/Theme: system/);
  await toggle.click();
  await expect(toggle).toHaveText(/Theme: light/);
  await toggle.click();
  await expect(toggle).toHaveText(/Theme: dark/);

  // Record the background before any later script runs, at the first DOM-ready moment.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { firstBackground: string }).firstBackground = getComputedStyle(document.body).backgroundColor;
    });
  });
  await page.goto(Q3);
  const first = await page.evaluate(() => (window as unknown as { firstBackground: string }).firstBackground);
  expect(first).toBe('rgb(18, 20, 22)');
  await expect(page.getByRole('button', { name: /Theme:/ })).toHaveText(/Theme: dark/);
  const code = await page
    .locator('pre.astro-code')
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(code).toBe('rgb(36, 41, 46)');
});

test('printing hides navigation and buttons and shows every answer', async ({ page }) => {
  await page.goto(`${Q4}?compare=000,003`);
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '.question-nav', '.prev-next', '.compare-form', '.answer-toc', '.site-footer']) {
    await expect(page.locator(selector).first(), selector).toBeHidden();
  }
  await expect(page.locator('section.answer')).toHaveCount(3);
  for (const section of await page.locator('section.answer').all()) await expect(section).toBeVisible();
  const after = await page
    .locator('table.comparison td a')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('#answer-000');
});

test('printing the study guide puts each question on its own page', async ({ page }) => {
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  const breaks = await page.locator('.guide-question').evaluateAll((items) => items.map((item) => getComputedStyle(item).breakBefore));
  expect(breaks.every((value) => value === 'page')).toBe(true);
  await expect(page.locator('.site-header')).toBeHidden();
});
