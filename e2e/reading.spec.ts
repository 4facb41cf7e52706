import { expect, Q3, test } from './fixtures.ts';

test.describe('on a phone-sized screen', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  for (const path of ['/', Q3, '/questions/04-data-structures/', '/sources/003/']) {
    test(`${path} fits the width without sideways scrolling`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test('the answers come before the list of all questions', async ({ page }) => {
    await page.goto(Q3);
    const answerTop = await page.locator('#answer-000').evaluate((el) => el.getBoundingClientRect().top);
    const navTop = await page.getByRole('navigation', { name: 'All questions' }).evaluate((el) => el.getBoundingClientRect().top);
    expect(answerTop).toBeLessThan(navTop);
  });
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('pages and highlighted code use the dark palette', async ({ page }) => {
    await page.goto(Q3);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(luminance(background)).toBeLessThan(0.1);
    const codeBackground = await page
      .locator('pre.astro-code')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(luminance(codeBackground)).toBeLessThan(0.1);
    const text = await page
      .locator('.answer-body li')
      .first()
      .evaluate((el) => getComputedStyle(el).color);
    expect(luminance(text)).toBeGreaterThan(0.5);
  });
});

/** Relative luminance of an `rgb(r, g, b)` colour, 0 (black) to 1 (white). */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
