/**
 * Quality gates over the built site: valid HTML and no accessibility
 * violation on any page type, light and dark. The link gate is crawl.spec.ts.
 */
import { join } from 'node:path';
import { validateHtml } from '../src/lib/verify/html.ts';
import { accessibilityViolations } from './axe.ts';
import { expect, Q3, test } from './fixtures.ts';
import { assertFreshBuild } from './fresh-build.ts';
import { readBuiltSite } from './site-files.ts';

const root = join(import.meta.dirname, '..');
// A dist/ built before the last change would pass or fail these gates for code that no longer exists.
test.beforeAll(() => assertFreshBuild(join(root, 'dist'), root));

test('every built HTML file is valid HTML', async () => {
  const pages = readBuiltSite(join(root, 'dist')).filter((file) => file.html);
  expect(pages.length).toBeGreaterThan(15);
  const problems = (await Promise.all(pages.map((file) => validateHtml(file.path, file.html!)))).flat();
  expect(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message} [${p.ruleId}]`)).toEqual([]);
});

const pageTypes = {
  'study guide': '/',
  question: Q3,
  'question in compare view': '/questions/04-data-structures/?compare=000,003',
  source: '/sources/003/',
  glossary: '/glossary/',
  'study mode': '/study/',
  'not found': '/404.html',
};

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`in ${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const [name, path] of Object.entries(pageTypes)) {
      test(`the ${name} page has no accessibility violations`, async ({ page }) => {
        // One axe run checks the whole page; on a large page on a busy machine that takes a while.
        await page.goto(path);
        expect(await accessibilityViolations(page)).toEqual([]);
      });
    }
  });
}

test('the accessibility gate catches a violation on a tiny bad page', async ({ page }) => {
  await page.setContent(
    '<!DOCTYPE html><html><head><title>x</title></head><body><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p style="color:#eee;background:#fff">faint</p></main></body></html>',
  );
  const violations = await accessibilityViolations(page);
  expect(violations.map((v) => v.split(':')[0])).toEqual(expect.arrayContaining(['image-alt', 'color-contrast', 'html-has-lang']));
});
