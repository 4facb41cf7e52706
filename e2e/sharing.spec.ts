/**
 * Sharing a link: short links lead to the question, and every question page
 * tells chat apps and search engines what it is. Runs on both builds.
 */
import { expect, Q4, test } from './fixtures.ts';

test('the short link q/3/ leads to question 3', { tag: '@base-path' }, async ({ page, baseURL }) => {
  await page.goto('q/3/');
  await expect(page).toHaveURL(`${baseURL}questions/03-range-vs-constant/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('tf.range(10) vs. tf.constant(np.arange(10))');
});

test('a short link keeps the answer it points at', { tag: '@base-path' }, async ({ page, baseURL }) => {
  await page.goto('q/4/#answer-003');
  await expect(page).toHaveURL(`${baseURL}${Q4}#answer-003`);
  await expect(page.locator('#answer-003')).toBeInViewport();
});

test('a short link still leads to the question without JavaScript', { tag: '@base-path' }, async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('q/11/');
  await expect(page).toHaveURL(`${baseURL}questions/11-dynamic-models/`);
  await context.close();
});

test(
  'every question page names its title, description, canonical URL and preview image',
  { tag: '@base-path' },
  async ({ page, request, baseURL }) => {
    // Canonical and preview URLs name the configured site, not the test server.
    const robots = await (await request.get('robots.txt')).text();
    const site = robots.match(/^Sitemap: (.+)sitemap-index\.xml$/m)![1]!;
    for (let number = 1; number <= 11; number++) {
      await page.goto(`q/${number}/`);
      await page.waitForURL(/\/questions\//);
      const path = page.url().slice(baseURL!.length);
      const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
      expect(await meta('og:title')).toBe(await page.title().then((t) => t.split(' · ')[0]));
      expect(await meta('og:title')).toMatch(new RegExp(`^${number}\\. `));
      expect((await meta('og:description'))!.length).toBeGreaterThan(20);
      expect(await meta('og:description')).toBe(await meta('description'));
      expect(await meta('og:url')).toBe(`${site}${path}`);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${site}${path}`);
      expect(await meta('twitter:card')).toBe('summary_large_image');
      // X falls back to Open Graph for the card's title, description and image; only the card's kind and image text are its own.
      await expect(page.locator('meta[name="twitter:title"], meta[name="twitter:description"], meta[name="twitter:image"]')).toHaveCount(0);
      expect(await meta('twitter:image:alt')).toBe(await meta('og:image:alt'));
      const image = (await meta('og:image'))!;
      expect(image).toBe(`${site}og/${path.split('/')[1]}.png`);
      const png = await request.get(image.slice(site.length));
      expect(png.headers()['content-type']).toBe('image/png');
      const body = await png.body();
      // PNG signature, then the IHDR chunk's width and height.
      expect(body.subarray(1, 4).toString()).toBe('PNG');
      expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([1200, 630]);
    }
  },
);
