/**
 * A guide as a statistics study group writes it: R Markdown with `## Question N`,
 * the book's question, then `_Solution:_` and the answer, with TeX math.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { accessibilityViolations } from './axe.ts';
import { buildAndServe, projectRoot } from './test-site.ts';

test.describe.configure({ timeout: 900_000 });

const RMD = `---
title: "Chapter 2 exercises"
output: html_document
---

## Question 1

For each of parts (a) through (d), indicate whether we would generally expect the performance of a flexible statistical learning method to be better or worse than an inflexible method.

- (a) The sample size n is extremely large, and the number of predictors p is small.
- (b) The number of predictors p is extremely large, and n is small.

_Solution:_

A flexible method does better with a large sample, since $n \\gg p$ keeps its variance \\(\\sigma^2\\) in check.

$$
E(y_0 - \\hat{f}(x_0))^2 = Var(\\hat{f}(x_0)) + [Bias(\\hat{f}(x_0))]^2 + Var(\\epsilon)
$$

## Question 2

Explain whether each scenario is a classification or regression problem, given $n$ observations.

_Solution:_

Salary is a regression problem; the run costs $5 to $10 each, and \`college$Private\` is a column.
`;

const PLAIN = `1. A flexible method wins when n is large: its variance stays low.
2. The first scenario is regression, the second classification.
`;

test('`_Solution:_` answers: the question is the prompt and titles the page, the answer starts after the label, and math renders', async ({
  page,
}) => {
  const site = await buildAndServe('prompts-and-math', (content) => {
    mkdirSync(join(content, 'sources'), { recursive: true });
    writeFileSync(join(content, 'sources', '001_rmd.Rmd'), RMD);
    writeFileSync(join(content, 'sources', '002_plain.md'), PLAIN);
  });
  try {
    const { url } = site;
    expect(site.output).not.toMatch(/warning/);
    await page.goto(`${url}/q/1/`);
    await expect(page.locator('h1')).toHaveText('For each of parts (a) through (d), indicate whether we…');
    await expect(page.locator('.question-prompt > p')).toHaveText(
      /^For each of parts \(a\) through \(d\), .+ than an inflexible method\.$/,
    );
    await expect(page.locator('.question-prompt .prompt-parts li')).toHaveText([
      '(a) The sample size n is extremely large, and the number of predictors p is small.',
      '(b) The number of predictors p is extremely large, and n is small.',
    ]);
    const answer = page.locator('section.answer[data-source="001"]');
    await expect(answer).not.toContainText('indicate whether we would generally expect');
    await expect(answer).not.toContainText('Solution:');
    await expect(answer.locator('.answer-body p').first()).toContainText('A flexible method does better with a large sample');
    // Math is typeset at build time, its stylesheet linked on this page alone; no raw TeX is left.
    await expect(answer.locator('.math-inline .katex')).toHaveCount(2);
    await expect(answer.locator('.math-display .katex-display')).toHaveCount(1);
    await expect(answer.locator('.katex-html').first()).toBeVisible();
    await expect(page.locator('link[rel="stylesheet"][href$="katex/katex.min.css"]')).toHaveCount(1);
    expect(await answer.innerText()).not.toContain('$');
    for (const [width, scheme] of [
      [1280, 'light'],
      [390, 'dark'],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await answer.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(site.root, `math-${width}-${scheme}.png`) });
      expect(await accessibilityViolations(page), `${width} px, ${scheme}`).toEqual([]);
    }

    // Money and R code keep their dollars.
    await page.goto(`${url}/q/2/`);
    await expect(page.locator('h1')).toHaveText('Explain whether each scenario is a classification or…');
    await expect(page.locator('section.answer[data-source="001"]')).toContainText(
      'the run costs $5 to $10 each, and college$Private is a column',
    );
    // Math in the question is typeset too, and brings its stylesheet.
    await expect(page.locator('.question-prompt .math-inline .katex')).toHaveCount(1);
    await expect(page.locator('link[href$="katex/katex.min.css"]')).toHaveCount(1);
    // A page without math links no math stylesheet.
    for (const path of ['/sources/002/', '/']) {
      await page.goto(`${url}${path}`);
      await expect(page.locator('link[href$="katex/katex.min.css"]')).toHaveCount(0);
    }
    // The stylesheet and its fonts are served; a guide without math gets none of them (the no-glossary test's guide).
    expect((await page.request.get(`${url}/katex/katex.min.css`)).ok()).toBe(true);
  } finally {
    await site.close();
  }
});

test('a real chapter with no glossary: tables have rows of concepts from the answers’ prose, and an either-or question shows each choice and “Disputed”', async ({
  page,
}) => {
  const site = await buildAndServe('no-glossary', (content) => {
    const chapter = join(projectRoot, 'src', 'lib', 'parse', '__fixtures__', 'corpus', 'open', 'homl-07-ensembles');
    const sets = readdirSync(chapter).filter((name) => !name.endsWith('.md'));
    mkdirSync(join(content, 'sources'), { recursive: true });
    sets.forEach((set, i) => {
      const input = readdirSync(join(chapter, set)).find((entry) => entry.startsWith('input'))!;
      cpSync(join(chapter, set, input), join(content, 'sources', `${101 + i}_${set}${input.slice('input'.length)}`), { recursive: true });
    });
  });
  try {
    const { url } = site;
    // “If your Gradient Boosting ensemble overfits the training set, should you increase or decrease the learning rate?”
    await page.goto(`${url}/q/7/`);
    const choices = page.locator('.choices');
    await expect(choices.locator('.choices-head')).toContainText('Choices: increase or decrease');
    await expect(choices.locator('.badge-disputed')).toHaveText('Disputed');
    await expect(choices.locator('.choice-value')).toContainText(['increase', 'decrease']);
    await expect(choices.locator('q.evidence').first()).not.toBeEmpty();
    // The table names what the answers are about, with the sources that name each.
    await page.goto(`${url}/q/6/`);
    const row = page.locator('table.comparison tbody tr', { hasText: 'learning rate' });
    await expect(row).toHaveCount(1);
    await expect(row.locator('td.named')).toHaveCount(2);
    await page.goto(`${url}/`);
    await expect(page.locator('table.overview tbody tr').nth(6).locator('.badge-disputed')).toHaveText('Disputed');
    expect(existsSync(join(site.outDir, 'katex'))).toBe(false);
    expect(await accessibilityViolations(page)).toEqual([]);
  } finally {
    await site.close();
  }
});
