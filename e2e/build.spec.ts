/**
 * What a maintainer does: build the guide from content, get identical output
 * twice, and get one clear line per problem when a source is broken. Each
 * build is a site folder of its own, so the builds run at once; the wording
 * of each diagnostic is the unit tests' to pin.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { pathologicalFiles } from '../src/lib/testing/pathological.ts';
import { accessibilityViolations } from './axe.ts';
import { startStaticServer } from './static-server.ts';
import { buildTestSite, createTestSite, projectRoot } from './test-site.ts';

// Each test here builds whole guides, several at once beside the browser tests: the limit only stops a hang.
test.describe.configure({ timeout: 900_000 });

/** Hash of every file below `dir`, keyed by relative path. */
function hashTree(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    hashes[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return hashes;
}

test('two builds of the shipped content give identical generated pages and identical HTML, with a clean log', async () => {
  const sites = ['identical-a', 'identical-b'].map((name) => createTestSite(name, { copyShipped: true }));
  const runs = await Promise.all(
    sites.map(async (site) => {
      const { status, output } = await buildTestSite(site);
      expect(status, output).toBe(0);
      expect(output).toMatch(/every one of \d+ source lines is visible on the site/);
      // Valid content builds quietly, so a warning in the log always means something to fix.
      expect(output.split('\n').filter((line) => /\bWARN\b|warning/i.test(line))).toEqual([]);
      return { generated: hashTree(site.generated), html: hashTree(site.outDir) };
    }),
  );
  expect(Object.keys(runs[0]!.generated).filter((p) => p.startsWith('questions/'))).toHaveLength(11);
  const pages = Object.keys(runs[0]!.html).filter((p) => p.startsWith('questions/') && p.endsWith('index.html'));
  expect(pages).toHaveLength(11);
  expect(runs[1]!.generated).toEqual(runs[0]!.generated);
  expect(runs[1]!.html).toEqual(runs[0]!.html);
});

/** The shipped guide plus three files no layout can read: garbage text, a Word document, notes without numbers. */
function oddFiles(name: string) {
  const site = createTestSite(name, { copyShipped: true });
  writeFileSync(join(site.content, 'sources', '010_garbage.txt'), 'qZ7!x0 ~~ 3Rr@@p\n#%^ k1l2 ;; zzq wq\n');
  writeFileSync(join(site.content, 'sources', '011_report.docx'), 'PK\u0003\u0004 not really a document');
  writeFileSync(
    join(site.content, 'sources', '012_notes.md'),
    'My notes on the chapter, with no numbers.\n\nTensors are arrays that never change.\n',
  );
  return site;
}

test('odd source files never stop the guide: one warning each, the two text files published whole', async ({ page }) => {
  const site = oddFiles('odd-files');
  const { status, output } = await buildTestSite(site);
  expect(status, output).toBe(0);
  expect(output).not.toMatch(/^\s+at /m);
  for (const [file, rule] of [
    ['010_garbage.txt', 'no-numbering'],
    ['011_report.docx', 'unsupported-file-type'],
    ['012_notes.md', 'no-numbering'],
  ] as const) {
    const lines = output.split('\n').filter((line) => line.includes(file));
    expect(lines, file).toEqual([
      expect.stringMatching(new RegExp(`content/sources/${file.replace('.', '\\.')}:1:1: warning: .+ \\[${rule}\\]$`)),
    ]);
  }
  expect(output).toMatch(/every one of \d+ source lines is visible on the site/);
  const server = await startStaticServer({ dir: site.outDir, port: 0 });
  try {
    const url = server.url.replace(/\/$/, '');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of ['/sources/012/', '/']) {
        await page.goto(`${url}${path}`);
        expect(await accessibilityViolations(page), `${path} in ${scheme} mode`).toEqual([]);
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${url}/sources/012/`);
    await expect(page.locator('.unsplit-notice')).toContainText('Not split into answers');
    await expect(page.locator('.unsplit-notice')).toContainText('content/sources/012_notes.md:1');
    await expect(page.locator('.preamble')).toContainText('Tensors are arrays that never change.');
    await page.goto(`${url}/sources/010/`);
    await expect(page.locator('.preamble')).toContainText('k1l2 ;; zzq wq');
    await page.goto(`${url}/`);
    const problems = page.locator('.source-problems');
    await expect(problems).toContainText('garbage: not split into answers');
    await expect(problems).toContainText('content/sources/011_report.docx: not read. This is a Word document');
    await expect(page.locator('table.overview tbody tr').first().locator('td', { hasText: 'not split into answers' })).toHaveCount(2);
    await page.goto(`${url}/questions/03-range-vs-constant/`);
    await expect(page.locator('section.answer[data-source="012"]')).toContainText('This source was not split into answers');
    await page.locator('section.answer[data-source="012"] a', { hasText: 'its source page' }).click();
    await expect(page).toHaveURL(/\/sources\/012\/$/);
  } finally {
    await server.close();
  }
});

test('a link that leads outside content/ publishes nothing of its target, and a checkout’s hidden files stay out', async ({ page }) => {
  const site = createTestSite('outside-link', { copyShipped: true });
  const secret = join(site.root, 'secret.txt');
  writeFileSync(secret, '3. SECRET-TOKEN-1234 is the answer.\n');
  const member = join(site.content, 'sources', '005_member');
  mkdirSync(join(member, '.git'), { recursive: true });
  writeFileSync(join(member, '.git', 'config'), '1. SECRET-TOKEN-1234 in git config\n');
  writeFileSync(join(member, '.env'), 'TOKEN=SECRET-TOKEN-1234\n');
  writeFileSync(join(member, '2.txt'), 'An honest answer about NumPy.\n');
  symlinkSync(secret, join(member, '3.txt'));
  // An editor note and a question page that lead outside too: MDX that would publish the token.
  const secretPage = join(site.root, 'secret.mdx');
  writeFileSync(secretPage, 'SECRET-TOKEN-1234 in MDX.\n');
  symlinkSync(secretPage, join(site.content, 'notes', '05.mdx'));
  mkdirSync(join(site.content, 'questions'));
  symlinkSync(secretPage, join(site.content, 'questions', '06.mdx'));
  const { status, output } = await buildTestSite(site);
  expect(status, output).toBe(0);
  expect(output).toMatch(
    /^content\/sources\/005_member\/3\.txt:1:1: warning: This is a symbolic link that leads outside content\/.+\[outside-link\]$/m,
  );
  for (const link of ['notes/05.mdx', 'questions/06.mdx'])
    expect(output).toMatch(
      new RegExp(
        `content/${link.replace('.', '\\.')}:1:1: warning: This is a symbolic link that leads outside content/.+\\[outside-link\\]$`,
        'm',
      ),
    );
  // Not read at all: nothing of the target in Astro's content store and caches, nor in the generated pages.
  for (const dir of [join(site.root, '.cache'), site.generated])
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
      if (entry.isFile())
        expect(readFileSync(join(entry.parentPath, entry.name)).includes('SECRET-TOKEN'), join(entry.parentPath, entry.name)).toBe(false);
  expect(output).not.toContain('SECRET');
  // Nothing of the target anywhere in the site, search index included.
  for (const entry of readdirSync(site.outDir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      expect(readFileSync(join(entry.parentPath, entry.name)).includes('SECRET-TOKEN'), join(entry.parentPath, entry.name)).toBe(false);
  }
  const server = await startStaticServer({ dir: site.outDir, port: 0 });
  try {
    const url = server.url.replace(/\/$/, '');
    await page.goto(`${url}/sources/005/`);
    await expect(page.locator('main')).toContainText('An honest answer about NumPy.');
    await expect(page.locator('main')).not.toContainText('SECRET');
    await page.goto(`${url}/`);
    await expect(page.locator('.source-problems')).toContainText(
      'content/sources/005_member/3.txt: not read. A symbolic link that leads outside content/',
    );
  } finally {
    await server.close();
  }
});

test('the pathological-input corpus builds: a warning where a limit applied, and every line on the site', async () => {
  const site = createTestSite('pathological', { copyShipped: true });
  Object.entries(pathologicalFiles()).forEach(([name, text], i) => writeFileSync(join(site.content, 'sources', `${20 + i}_${name}`), text));
  const { status, output } = await buildTestSite(site);
  expect(status, output).toBe(0);
  for (const name of ['list-800-deep.md', 'quote-600-deep.md', 'brackets-20000.md', 'emphasis-30000.md']) {
    expect(output, name).toMatch(new RegExp(`${name.replace('.', '\\.')}:\\d+:1: warning: .+\\[too-deep\\]`));
  }
  expect(output).toMatch(/every one of \d+ source lines is visible on the site/);
});

test('with --strict, the same odd files stop the build with their lines, and no stack trace', async () => {
  const { status, output } = await buildTestSite(oddFiles('odd-files-strict'), { strict: true });
  expect(status, output).toBe(1);
  expect(output).toMatch(/^content\/sources\/011_report\.docx:1:1: This is a Word document.+\[unsupported-file-type\]$/m);
  expect(output).not.toMatch(/^\s+at /m);
});

test('a build killed midway, at each of several points, leaves nothing the next build trusts wrongly', async () => {
  const clean = createTestSite('killed-clean', { copyShipped: true });
  const site = createTestSite('killed', { copyShipped: true });
  // Killed once its sources are read, once the pages are generated, and once the first page is written.
  const points = [
    join(site.root, '.cache', 'astro', 'crossguide-sources.bin'),
    join(site.generated, 'guide.json'),
    join(site.outDir, 'index.html'),
  ];
  for (const point of points) {
    const killed = await buildTestSite(site, { killWhen: () => existsSync(point) });
    expect(killed.status, `killed once ${point} was written`).toBeNull();
  }
  const { status, output } = await buildTestSite(site);
  expect(status, output).toBe(0);
  expect((await buildTestSite(clean)).status).toBe(0);
  expect(hashTree(site.outDir)).toEqual(hashTree(clean.outDir));
});

test('a fourth source file adds a column to every table and to the overview, with no other change', async () => {
  const site = createTestSite('fourth-source', { copyShipped: true });
  cpSync(join(projectRoot, 'e2e', 'content-fixtures', '005_fourth.txt'), join(site.content, 'sources', '005_fourth.txt'));
  const { status, output } = await buildTestSite(site);
  expect(status, output).toBe(0);
  const outDir = site.outDir;
  const html = (path: string) => fromHtml(readFileSync(join(outDir, path, 'index.html'), 'utf8'));
  const headers = (tree: ReturnType<typeof fromHtml>, selector: string) => selectAll(selector, tree).length;
  const home = html('.');
  expect(headers(home, 'table.overview thead th')).toBe(5);
  for (const table of selectAll('table.comparison', home)) expect(headers(table as never, 'thead th')).toBe(5);
  const pages = readdirSync(join(outDir, 'questions'));
  expect(pages).toHaveLength(11);
  for (const page of pages) {
    const tree = html(join('questions', page));
    expect(headers(tree, 'table.comparison thead th'), page).toBe(5);
    expect(selectAll('h2#answer-005', tree), page).toHaveLength(1);
  }
  const skipped = html('questions/02-tensorflow-vs-numpy');
  expect(selectAll('section.answer.skipped[data-source="005"]', skipped)).toHaveLength(1);
});
