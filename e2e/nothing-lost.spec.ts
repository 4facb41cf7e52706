/**
 * Nothing lost, read from the built HTML: every line of every shipped source
 * is on its pages as a reader gets them. The build checks the rendered answers
 * before the pages exist; this reads `dist/` itself, so a component that drops
 * words fails here too.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { loadGuide } from '../src/lib/build/load.ts';
import { readSourceText } from '../src/lib/read/decode.ts';
import { builtPageText } from '../src/lib/verify/built-pages.ts';
import { findMissingLines } from '../src/lib/verify/visible.ts';
import { assertFreshBuild } from './fresh-build.ts';

const root = join(import.meta.dirname, '..');
test.beforeAll(() => assertFreshBuild(join(root, 'dist'), root));

const check = (dist: string) => {
  const { guide } = loadGuide(join(root, 'content'), root);
  if (!guide) throw new Error('the shipped guide did not load');
  return findMissingLines({ guide, readSource: (file) => readSourceText(join(root, file), file), pageText: builtPageText(dist, guide) });
};

test('every line of every shipped source is on the built pages', () => {
  expect(check(join(root, 'dist')).map((d) => `${d.file}:${d.line}`)).toEqual([]);
});

test('an answer missing from its built pages is found, by file and line', () => {
  const dist = mkdtempSync(join(tmpdir(), 'nothing-lost-'));
  cpSync(join(root, 'dist', 'questions'), join(dist, 'questions'), { recursive: true });
  cpSync(join(root, 'dist', 'sources'), join(dist, 'sources'), { recursive: true });
  // A component that forgot source 003's answer to question 3, on the question page and on the source page.
  const forget = (page: string, section: (tree: Root) => Element | undefined) => {
    const tree = fromHtml(readFileSync(join(dist, page), 'utf8'));
    const body = select('.answer-body', section(tree)!);
    body!.children = [];
    writeFileSync(join(dist, page), toHtml(tree));
  };
  forget('questions/03-range-vs-constant/index.html', (tree) => select('section.answer[data-source="003"]', tree));
  forget('sources/003/index.html', (tree) => selectAll('section.answer', tree).find((section) => select('#question-3', section)));
  const missing = check(dist);
  expect(missing.length).toBeGreaterThan(0);
  expect(missing.every((d) => d.file.startsWith('content/sources/003_'))).toBe(true);
  expect(missing[0]!.message).toMatch(/not visible on the (question|source) page/);
});
