import { expect, Q3, test } from './fixtures.ts';

test('the study guide lists all eleven questions with the sources that answer them', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Custom Models and Training with TensorFlow');
  const items = page.locator('.guide-question');
  await expect(items).toHaveCount(11);
  await expect(items.nth(10)).toContainText(
    'When would you need to create a dynamic Keras model? How do you do that? Why not make all your models dynamic?',
  );
  await expect(items.nth(3).locator('.answered .chip')).toHaveText(['Plain-text notes', 'Markdown summary', 'Notebook notes']);
});

test('a reader goes from the guide to question 3 and sees three answers with highlighted code', async ({ page }) => {
  await page.goto('/');
  await page
    .locator('.guide-question h2')
    .getByRole('link', { name: /tf\.range\(10\) vs\. tf\.constant/ })
    .click();
  await expect(page).toHaveURL(Q3);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('tf.range(10) vs. tf.constant(np.arange(10))');
  await expect(page.locator('section.answer h2')).toHaveText(['Plain-text notes', 'Markdown summary', 'Notebook notes']);
  const ids = await page.locator('section.answer h2').evaluateAll((headings) => headings.map((h) => h.id));
  expect(ids).toEqual(['answer-000', 'answer-002', 'answer-003']);

  const answer = page.locator('#answer-003').locator('xpath=ancestor::section');
  const input = answer.locator('figure.cell-input');
  await expect(input.locator('figcaption')).toHaveText('In [2]:');
  const code = input.locator('pre.astro-code[data-language="python"]');
  await expect(code).toContainText('b = tf.constant(np.arange(10))');
  // Shiki colours tokens: keywords and plain names get different colours. A token in the block's
  // own colour is plain text in its line, so the lines' colour counts as one of them.
  const colours = await code
    .locator('span.line, span[style]')
    .evaluateAll((spans) => new Set(spans.map((s) => getComputedStyle(s).color)).size);
  expect(colours).toBeGreaterThan(2);
  const plainTokens = await code.locator('span[style]').evaluateAll((spans) => {
    const pair = (element: Element) =>
      ['--shiki-light', '--shiki-dark'].map((name) => (element as HTMLElement).style.getPropertyValue(name).toLowerCase()).join();
    return spans.filter((span) => pair(span) === pair(span.closest('pre')!)).length;
  });
  expect(plainTokens).toBe(0);

  const output = answer.locator('figure.cell-output');
  await expect(output).toBeVisible();
  await expect(output).toContainText('(<tf.Tensor: shape=(10,), dtype=int32, numpy=array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], dtype=int32)>,');
  await expect(answer.locator('.answer-body > ul')).toContainText('As you can see, the results are different');
});

test('following a link to one answer scrolls to it and marks it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto(`${Q3}#answer-003`);
  const heading = page.locator('#answer-003');
  await expect(heading).toBeInViewport();
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('answer-003');
  const section = page.locator('section[data-source="003"]');
  await expect(section).not.toHaveCSS('box-shadow', 'none');
  await expect(page.locator('section[data-source="000"]')).toHaveCSS('box-shadow', 'none');
});

test('every question page has one section per source and links to its neighbours', async ({ page }) => {
  await page.goto('/');
  const hrefs = await page.locator('.guide-question h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(hrefs).toHaveLength(11);
  for (const [index, href] of hrefs.entries()) {
    await page.goto(href);
    await expect(page.locator('section.answer > .answer-head h2')).toHaveCount(3);
    for (const id of ['answer-000', 'answer-002', 'answer-003']) await expect(page.locator(`h2#${id}`)).toHaveCount(1);
    await expect(page.locator('a[rel="prev"]')).toHaveCount(index === 0 ? 0 : 1);
    await expect(page.locator('a[rel="next"]')).toHaveCount(index === hrefs.length - 1 ? 0 : 1);
  }
});

test('a source page shows that source’s answers in its own order', async ({ page }) => {
  await page.goto('/sources/002/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Markdown summary');
  const headings = page.locator('section.answer h2');
  await expect(headings).toHaveCount(11);
  await expect(headings.first()).toHaveText('1 TensorFlow Description and Main Features');
  await headings.nth(3).locator('xpath=ancestor::section').getByRole('link', { name: 'Compare with the other sources' }).click();
  await expect(page).toHaveURL('/questions/04-data-structures/#answer-002');
});

test('an unknown address shows a helpful not-found page', async ({ page, consoleMessages }) => {
  const response = await page.goto('/questions/99-missing/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('navigation', { name: 'All questions' }).getByRole('link')).toHaveCount(11);
  // The browser reports the 404 status itself; nothing else may be logged.
  expect(consoleMessages.filter((m) => !m.includes('status of 404'))).toEqual([]);
  consoleMessages.length = 0;
});
