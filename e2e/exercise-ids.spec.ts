/**
 * A book that numbers exercises within chapters (Exercise 3.1 … 3.29): three
 * teammates write the ids three ways, and the guide shows and links the book's ids.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildAndServe } from './test-site.ts';

test.describe.configure({ timeout: 900_000 });

const COUNT = 29;
const TOPICS = [
  'agent',
  'reward',
  'return',
  'discount',
  'policy',
  'value function',
  'Bellman equation',
  'optimal policy',
  'episode',
  'state',
];
const topic = (n: number) => TOPICS[n % TOPICS.length]!;
const exercises = Array.from({ length: COUNT }, (_, i) => i + 1);

/** `## Exercise 3.N`; the book's words quoted under `> ### *Exercise 3.N*`; `### 3.N`, with a bare `### N` now and then. */
function writeSources(sources: string) {
  mkdirSync(sources, { recursive: true });
  const alice = exercises.map((n) => `## Exercise 3.${n}\n\nAlice holds that the ${topic(n)} settles exercise ${n} of the chapter.\n`);
  const bob = exercises.map(
    (n) =>
      `> ### *Exercise 3.${n}*\n> What role does the ${topic(n)} play here?\n\nBob answers that the ${topic(n)} is what case ${n} turns on.\n`,
  );
  const carol = exercises.map(
    (n) => `### ${n % 5 ? `3.${n}` : n}\n\nCarol explains exercise ${n} through the ${topic(n)}, in her own words.\n`,
  );
  writeFileSync(join(sources, '001_alice.md'), ['# Chapter 3 exercises\n', ...alice].join('\n'));
  writeFileSync(join(sources, '002_bob.md'), ['# Finite Markov decision processes\n', ...bob].join('\n'));
  writeFileSync(join(sources, '003_carol.md'), ['Solutions to chapter 3.\n', ...carol].join('\n'));
}

test('a guide of `Exercise 3.N` answers lists 3.1 … 3.29 in order, and `/q/3.4/` and a copied answer link land on 3.4', async ({
  page,
  context,
}) => {
  const site = await buildAndServe('exercise-ids', (content) => {
    writeSources(join(content, 'sources'));
  });
  try {
    const { url } = site;
    expect(site.output).not.toMatch(/warning/);
    await page.goto(`${url}/`);
    const ids = exercises.map((n) => `3.${n}`);
    await expect(page.locator('table.overview tbody tr .q-num')).toHaveText(ids);
    await expect(page.locator('.guide-question h2 .q-num')).toHaveText(ids);

    // The short link a teammate types lands on the exercise, with every source's answer.
    await page.goto(`${url}/q/3.4/`);
    await expect(page).toHaveURL(/\/questions\/3-4-[a-z0-9-]+\/$/);
    await expect(page.locator('.eyebrow')).toContainText('Question 3.4 of 29');
    await expect(page.locator('section.answer[data-source="001"]')).toContainText(`Alice holds that the ${topic(4)} settles exercise 4`);
    await expect(page.locator('section.answer[data-source="002"]')).toContainText(
      `Bob answers that the ${topic(4)} is what case 4 turns on`,
    );
    await expect(page.locator('section.answer[data-source="003"]')).toContainText(`Carol explains exercise 4 through the ${topic(4)}`);

    // The nav lists the exercises around this one in the book's order; 3.10 comes after 3.9, not after 3.1.
    await page.goto(`${url}/q/3.9/`);
    await expect(page.locator('.question-nav .q-num')).toHaveText([
      '3.4',
      '3.5',
      '3.6',
      '3.7',
      '3.8',
      '3.9',
      '3.10',
      '3.11',
      '3.12',
      '3.13',
      '3.14',
    ]);
    await expect(page.locator('.question-nav [aria-current="page"] .q-num')).toHaveText('3.9');
    await expect(page.locator('.prev-next')).toContainText('Question 3.10');

    // The bare `### 10` of Carol's file is exercise 3.10.
    await page.goto(`${url}/q/3.10/`);
    await expect(page.locator('section.answer[data-source="003"]')).toContainText('Carol explains exercise 10 through the');

    // A copied answer link opens that answer for the teammate who follows it.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${url}/q/3.4/`);
    await page.locator('section.answer[data-source="002"]').getByRole('button', { name: 'Copy link' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\/questions\/3-4-[a-z0-9-]+\/#answer-002$/);
    const teammate = await context.newPage();
    await teammate.goto(copied);
    await expect(teammate.locator('section.answer[data-source="002"]')).toBeInViewport();
    await expect(teammate.locator('section.answer[data-source="002"]')).toContainText(`Bob answers that the ${topic(4)}`);
  } finally {
    await site.close();
  }
});

test('a book numbered by sections: 2.1-1 … 2.3-7 then problems 2-1, 2-2, in the book’s order, whatever the writing', async ({ page }) => {
  const exercises = [
    [1, 4],
    [2, 4],
    [3, 7],
  ].flatMap(([section, count]) => Array.from({ length: count! }, (_, i) => [section!, i + 1] as const));
  const site = await buildAndServe('section-ids', (content) => {
    const sources = join(content, 'sources');
    mkdirSync(join(sources, '003_dan'), { recursive: true });
    writeFileSync(
      join(sources, '001_ann.md'),
      [
        ...exercises.map(([s, e]) => `### ${2}.${s}-${e}\n\nAnn works exercise ${s}-${e} through.\n`),
        '### 2-1\n\nAnn solves problem one.\n',
        '### 2-2\n\nAnn solves problem two.\n',
      ].join('\n'),
    );
    writeFileSync(
      join(sources, '002_ben.md'),
      exercises.map(([s, e]) => `## Exercise 2.${s}.${e}\n\nBen answers section ${s} exercise ${e}.\n`).join('\n'),
    );
    for (const [s, e] of exercises) writeFileSync(join(sources, '003_dan', `2.${s}-${e}.md`), `Dan's answer to ${s} dash ${e}.\n`);
  });
  try {
    const { url } = site;
    expect(site.output).not.toMatch(/warning/);
    await page.goto(`${url}/`);
    await expect(page.locator('table.overview tbody tr .q-num')).toHaveText([...exercises.map(([s, e]) => `2.${s}-${e}`), '2-1', '2-2']);
    await page.goto(`${url}/q/2.1-3/`);
    await expect(page).toHaveURL(/\/questions\/2-1-3-[a-z0-9-]+\/$/);
    await expect(page.locator('section.answer[data-source="001"]')).toContainText('Ann works exercise 1-3 through');
    await expect(page.locator('section.answer[data-source="002"]')).toContainText('Ben answers section 1 exercise 3');
    await expect(page.locator('section.answer[data-source="003"]')).toContainText('Dan’s answer to 1 dash 3'.replace('’', "'"));
    await page.goto(`${url}/q/2-1/`);
    await expect(page.locator('.eyebrow')).toContainText('Question 2-1 of 17');
  } finally {
    await site.close();
  }
});

test('a book numbered within sub-sections: 12.2.1-1 … 12.3.3-4 in the book’s order, however each teammate writes them', async ({
  page,
}) => {
  const exercises = [
    [2, 1, 2],
    [3, 3, 4],
  ].flatMap(([section, subsection, count]) => Array.from({ length: count! }, (_, i) => [section!, subsection!, i + 1] as const));
  const site = await buildAndServe('subsection-ids', (content) => {
    const sources = join(content, 'sources');
    mkdirSync(sources, { recursive: true });
    // The book's headings copied, each sub-section's exercises numbered from 1.
    const eve = [2, 3].map((s) => {
      const own = exercises.filter(([section]) => section === s);
      return [
        `## 12.${s}.${own[0]![1]} Exercises\n`,
        ...own.map(([, , e]) => `${e}. Eve on this sub-section's exercise ${e}, section ${s}.\n`),
      ].join('\n');
    });
    writeFileSync(join(sources, '001_eve.Rmd'), ['# Tidy data\n', ...eve].join('\n'));
    // The solutions site's numbering: exercise 1 of section 12.2 is `Exercise 12.2.1`.
    writeFileSync(
      join(sources, '002_fay.md'),
      exercises.map(([s, , e]) => `### Exercise 12.${s}.${e}\n\nFay reads section ${s} question ${e}.\n`).join('\n'),
    );
    // Every id written in full.
    writeFileSync(
      join(sources, '003_gus.md'),
      exercises.map(([s, ss, e]) => `## 12.${s}.${ss}.${e}\n\nGus settles ${s}-${ss}-${e} here.\n`).join('\n'),
    );
  });
  try {
    const { url } = site;
    await page.goto(`${url}/`);
    const ids = exercises.map(([s, ss, e]) => `12.${s}.${ss}-${e}`);
    await expect(page.locator('table.overview tbody tr .q-num')).toHaveText(ids);
    await page.goto(`${url}/q/12.3.3-2/`);
    await expect(page).toHaveURL(/\/questions\/12-3-3-2-[a-z0-9-]+\/$/);
    await expect(page.locator('.eyebrow')).toContainText('Question 12.3.3-2 of 6');
    await expect(page.locator('section.answer[data-source="001"]')).toContainText(
      'Eve on this sub-section’s exercise 2, section 3'.replace('’', "'"),
    );
    await expect(page.locator('section.answer[data-source="002"]')).toContainText('Fay reads section 3 question 2');
    await expect(page.locator('section.answer[data-source="003"]')).toContainText('Gus settles 3-3-2 here');
    await expect(page.locator('.question-nav [aria-current="page"] .q-num')).toHaveText('12.3.3-2');
  } finally {
    await site.close();
  }
});

test('a book that prints its ids with dots (Exercise 1.1.4): the guide prints them so, and a section’s one-exercise file lands on it', async ({
  page,
}) => {
  const exercises = [
    [1, 1],
    [1, 2],
    [1, 3],
    [3, 1],
  ] as const;
  const site = await buildAndServe('dotted-section-ids', (content) => {
    const sources = join(content, 'sources');
    mkdirSync(join(sources, '002_lea', 'ch01'), { recursive: true });
    // `## Exercise 1.1.1` under the section's own heading.
    writeFileSync(
      join(sources, '001_kim.md'),
      [
        '# 1.1 Language processors\n',
        ...exercises.filter(([s]) => s === 1).map(([s, e]) => `## Exercise 1.${s}.${e}\n\nKim explains part ${e} of section ${s}.\n`),
        '# 1.3 The evolution\n',
        '## Exercise 1.3.1\n\nWhich terms apply to:\n\n1. C\n\n    Kim: imperative.\n\n2. Lisp\n\n    Kim: functional.\n',
      ].join('\n'),
    );
    // A file per section, the ids alone in headings.
    writeFileSync(
      join(sources, '002_lea', 'ch01', '1.1.md'),
      exercises
        .filter(([s]) => s === 1)
        .map(([s, e]) => `### 1.${s}.${e}\n\nLea on ${s} and ${e}.\n`)
        .join('\n'),
    );
    writeFileSync(
      join(sources, '002_lea', 'ch01', '1.3.md'),
      '### 1.3.1\n\nLea names the terms:\n\n1. C: imperative\n2. Lisp: functional\n',
    );
  });
  try {
    const { url } = site;
    expect(site.output).not.toMatch(/warning/);
    await page.goto(`${url}/`);
    await expect(page.locator('table.overview tbody tr .q-num')).toHaveText(['1.1.1', '1.1.2', '1.1.3', '1.3.1']);
    await page.goto(`${url}/q/1.3.1/`);
    await expect(page).toHaveURL(/\/questions\/1-3-1-[a-z0-9-]+\/$/);
    await expect(page.locator('section.answer[data-source="001"]')).toContainText('Kim: functional');
    await expect(page.locator('section.answer[data-source="002"]')).toContainText('Lisp: functional');
  } finally {
    await site.close();
  }
});
