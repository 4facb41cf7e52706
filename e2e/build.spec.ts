/**
 * What a maintainer does: build the guide from content, get identical output
 * twice, and get one clear line per problem when a source is broken.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { astroBuild as build, projectRoot as root } from './astro-build.ts';

test.describe.configure({ mode: 'serial' });

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

test('two builds of the shipped content give identical MDX and identical HTML, with a clean log', async ({}, testInfo) => {
  test.setTimeout(120_000);
  const runs = ['a', 'b'].map((name) => {
    const generated = testInfo.outputPath(`generated-${name}`);
    const outDir = testInfo.outputPath(`dist-${name}`);
    const { status, output } = build({ generated, outDir });
    expect(status, output).toBe(0);
    expect(output).toMatch(/every one of \d+ source lines is visible on the site/);
    // Valid content builds quietly, so a warning in the log always means something to fix.
    expect(output.split('\n').filter((line) => /\bWARN\b|warning/i.test(line))).toEqual([]);
    return { mdx: hashTree(generated), html: hashTree(outDir) };
  });
  expect(Object.keys(runs[0]!.mdx).filter((p) => p.startsWith('questions/'))).toHaveLength(11);
  const pages = Object.keys(runs[0]!.html).filter((p) => p.startsWith('questions/') && p.endsWith('index.html'));
  expect(pages).toHaveLength(11);
  expect(runs[1]!.mdx).toEqual(runs[0]!.mdx);
  expect(runs[1]!.html).toEqual(runs[0]!.html);
});

const broken: Array<{ name: string; file: string; text: string; line: RegExp }> = [
  {
    name: 'an empty source file',
    file: '004_empty.txt',
    text: '',
    line: /^content\/sources\/004_empty\.txt:1:1: Source file is empty; .+ \[empty-source\]$/,
  },
  {
    name: 'a file with no recognisable numbering',
    file: '004_notes.md',
    text: 'Some notes on the chapter.\nTensors are typed arrays.\n',
    line: /^content\/sources\/004_notes\.md:1:1: No numbered questions found; start each answer with its question number .+ \[no-numbering\]$/,
  },
  {
    name: 'a duplicated question number',
    file: '004_dup.txt',
    text: '1. First?\n   - One.\n\n2. Second?\n   - Two.\n\n2. Second again?\n   - Two again.\n',
    line: /^content\/sources\/004_dup\.txt:7:1: Question 2 appears twice \(first on line 4\); renumber this answer or merge it into the first \[duplicate-question\]$/,
  },
  {
    name: 'a Word document',
    file: '004_answers.docx',
    text: 'PK\u0003\u0004word/document.xml',
    line: /^content\/sources\/004_answers\.docx:1:1: This is a Word document, .+ save the answers as Markdown .+ \[unsupported-file-type\]$/,
  },
  {
    name: 'a notebook that is not valid JSON',
    file: '004_broken.ipynb',
    text: '{\n "cells": [\n  {"cell_type": "markdown", "source": "## 1."},\n ],\n}\n',
    line: /^content\/sources\/004_broken\.ipynb:4:2: This notebook is not valid JSON: expected another value after `,` here; .+ \[invalid-notebook\]$/,
  },
  {
    name: 'a 5 MB text file',
    file: '004_huge.txt',
    text: `1. Question?\n${'   - A line of a very long pasted answer.\n'.repeat(125_000)}`,
    line: /^content\/sources\/004_huge\.txt:1:1: This file is 5\.\d MB, over the 1\.0 MB limit for one source; split it into a folder .+ \[file-too-large\]$/,
  },
  {
    name: 'a code fence that swallows the questions after it',
    file: '004_fence.md',
    text: '## 1. Code?\n\n```python\nx = 1\n\n## 2. Next?\n\nText.\n',
    line: /^content\/sources\/004_fence\.md:3:1: This code fence is never closed, so everything after it, including the question starting `## 2\. Next\?`, is read as code; add a line with ``` where the code ends \[code-fence-hides-questions\]$/,
  },
];

for (const { name, file, text, line } of broken) {
  test(`${name} stops the build with one line that says how to fix it`, async ({}, testInfo) => {
    test.setTimeout(60_000);
    // The content folder sits inside the project so paths print as a maintainer sees them.
    const content = join(root, 'test-results', `content-${testInfo.testId}`);
    mkdirSync(join(content, 'sources'), { recursive: true });
    cpSync(join(root, 'content'), content, { recursive: true });
    writeFileSync(join(content, 'sources', file), text);
    const { status, output } = build({ content, generated: testInfo.outputPath('generated'), outDir: testInfo.outputPath('dist') });
    expect(status).toBe(1);
    const lines = output.split('\n').filter((l) => l.includes(file));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.replace(relative(root, content), 'content')).toMatch(line);
    expect(output).not.toMatch(/^\s+at /m);
  });
}

test('a fourth source file adds a column to every table and to the overview, with no other change', async ({}, testInfo) => {
  test.setTimeout(60_000);
  const content = join(root, 'test-results', `content-${testInfo.testId}`);
  cpSync(join(root, 'content'), content, { recursive: true });
  cpSync(join(root, 'e2e', 'content-fixtures', '005_fourth.txt'), join(content, 'sources', '005_fourth.txt'));
  const outDir = testInfo.outputPath('dist');
  const { status, output } = build({ content, generated: testInfo.outputPath('generated'), outDir });
  expect(status, output).toBe(0);

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
