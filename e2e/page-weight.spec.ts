/** Light pages: what a reader downloads before touching anything. */
import { gzipSync } from 'node:zlib';
import { expect, Q3, test } from './fixtures.ts';

test('a question page runs one small inline script on first view and fetches no script file', async ({ page }, testInfo) => {
  const scriptFiles: string[] = [];
  page.on('request', (request) => request.resourceType() === 'script' && scriptFiles.push(request.url()));
  await page.goto(Q3);
  await page.waitForLoadState('networkidle');
  expect(scriptFiles).toEqual([]);

  const scripts = await page.locator('script:not([type="text/pagefind-template"])').evaluateAll((elements) => elements.map((el) => el.textContent ?? ''));
  const source = scripts.join('\n');
  const raw = Buffer.byteLength(source);
  const gzip = gzipSync(source, { level: 9 }).length;
  testInfo.annotations.push({ type: 'first-view JavaScript', description: `${raw} bytes, ${gzip} bytes gzip` });
  expect(scripts).toHaveLength(1);
  expect(raw).toBeLessThan(5_000);
  expect(gzip).toBeLessThan(2_000);
});
