import { chromium } from '@playwright/test';
import { startStaticServer } from './e2e/static-server.ts';
const server = await startStaticServer({ dir: 'dist', port: 4391 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const errors = [];
for (const [name, width, scheme] of [
  ['desk-light', 1280, 'light'],
  ['phone-dark', 390, 'dark'],
  ['desk-dark', 1280, 'dark'],
  ['phone-light', 390, 'light'],
]) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
  page.on('console', (m) => errors.push(m.text()));
  await page.goto('http://127.0.0.1:4391/questions/2m4-take-a-deck-that-holds-only-three-cards/');
  await page.screenshot({ path: `/tmp/shot-${name}.png`, fullPage: name.startsWith('phone') ? false : true });
  if (name === 'phone-dark') {
    await page.locator('#answer-000').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/shot-${name}-2.png` });
  }
  await page.close();
}
console.log('console:', JSON.stringify(errors));
await browser.close();
await server.close();
