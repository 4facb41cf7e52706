/**
 * What a maintainer does: build the guide from content, get identical output
 * twice, and get one clear line per problem when a source is broken. Each
 * build is a site folder of its own, so the builds run at once; the wording
 * of each diagnostic is the unit tests' to pin.
 */
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { buildTestSite, createTestSite, projectRoot } from './test-site.ts';

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

test('a broken source stops the build with one line that says where and how to fix it, and no stack trace', async () => {
  const site = createTestSite('broken', { copyShipped: true });
  writeFileSync(join(site.content, 'sources', '004_dup.txt'), '1. First?\n   - One.\n\n2. Second?\n   - Two.\n\n2. Second again?\n   - Two again.\n');
  const { status, output } = await buildTestSite(site);
  expect(status, output).toBe(1);
  const lines = output.split('\n').filter((line) => line.includes('004_dup.txt'));
  expect(lines).toEqual([expect.stringMatching(/^content\/sources\/004_dup\.txt:7:1: .+; renumber .+ \[duplicate-question\]$/)]);
  expect(output).not.toMatch(/^\s+at /m);
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
