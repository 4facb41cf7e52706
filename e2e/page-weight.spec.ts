/** Light pages: what a reader downloads before touching anything. */
import { gzipSync } from 'node:zlib';
import { expect, Q3, test } from './fixtures.ts';

test('a question page runs only small inline scripts on first view, within the JavaScript budget, and fetches no script file', async ({
  page,
}, testInfo) => {
  const scriptFiles: string[] = [];
  page.on('request', (request) => request.resourceType() === 'script' && scriptFiles.push(request.url()));
  await page.goto(Q3);
  await page.waitForLoadState('networkidle');
  expect(scriptFiles).toEqual([]);

  const scripts = await page.locator('script').evaluateAll((elements) => elements.map((el) => el.textContent ?? ''));
  const source = scripts.join('\n');
  const raw = Buffer.byteLength(source);
  const gzip = gzipSync(source, { level: 9 }).length;
  testInfo.annotations.push({ type: 'first-view JavaScript', description: `${raw} bytes, ${gzip} bytes gzip` });
  // The budget of the quality gates: at most 3 KB of gzipped JavaScript before any interaction.
  expect(gzip).toBeLessThanOrEqual(3 * 1024);
  expect(raw).toBeLessThan(10_000);
});
