import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { planGuide } from './load.ts';
import { readAlone } from './read-all.ts';
import { PARALLEL_FROM_BYTES, readAloneInParallel, readAndRender, shareBySize } from './read-parallel.ts';
import type { Highlight } from '../render/answer-html.ts';
import { renderGuide, type RenderCache } from '../render/guide.ts';
import { siteHighlight } from '../../integrations/highlight.ts';
import { generateContent } from '../testing/synthetic.ts';

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The sources of a synthetic guide of 100 questions × 8 sources, written to a folder of its own: above the threshold for threads. */
function syntheticEntries(seed: number) {
  const dir = mkdtempSync(join(tmpdir(), 'crossguide-parallel-'));
  folders.push(dir);
  for (const [path, text] of Object.entries(generateContent({ questions: 100, sources: 8, seed }))) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return planGuide(dir, dir).entries;
}

describe('shareBySize', () => {
  test('balances the shares by size and keeps each share in file order', () => {
    // 5 + 2 + 1 against 4 + 3.
    expect(shareBySize([5, 1, 4, 2, 3], 2)).toEqual([
      [0, 1, 3],
      [2, 4],
    ]);
  });

  test('gives one share when there is one thread, and no empty shares when there are fewer items than threads', () => {
    expect(shareBySize([3, 2, 1], 1)).toEqual([[0, 1, 2]]);
    expect(shareBySize([7], 4)).toEqual([[0]]);
    expect(shareBySize([], 2)).toEqual([]);
  });
});

describe('readAloneInParallel', () => {
  test('reads a guide above the threshold on two threads exactly as one thread reads it, in the same order', async () => {
    const entries = syntheticEntries(5);
    expect(entries.reduce((sum, entry) => sum + statSync(entry.path).size, 0)).toBeGreaterThan(PARALLEL_FROM_BYTES);
    const parallel = await readAloneInParallel(entries, { threads: 2 });
    expect(parallel).toEqual(entries.map(readAlone));
  });
});

describe('readAndRender', () => {
  test('the workers render what they read as renderGuide does, so rendering the guide after renders only the rest', async () => {
    const entries = syntheticEntries(7);
    const highlighter = new URL('../../integrations/highlight.ts', import.meta.url).href;
    const { reads, rendered } = await readAndRender(entries, { threads: 2, highlighter });
    expect(reads).toEqual(entries.map(readAlone));
    const prerendered = await rendered;
    const sources = reads.map((read, i) => ({ id: entries[i]!.id, answerSet: read.answerSet! }));
    const answers = sources.reduce(
      (sum, { answerSet }) => sum + answerSet.answers.length + (answerSet.preamble?.children.length ? 1 : 0),
      0,
    );
    // Some sources were read, and so rendered, on the worker; not all of them.
    expect(prerendered.length).toBeGreaterThan(0);
    expect(prerendered.length).toBeLessThan(answers);

    const cache: RenderCache = new Map(prerendered);
    const site = siteHighlight();
    let highlighted = 0;
    const counting: Highlight = (tree) => {
      highlighted++;
      return site(tree);
    };
    const withWorkers = await renderGuide({ sources }, counting, cache);
    expect(highlighted).toBe(answers - prerendered.length);
    expect(withWorkers).toEqual(await renderGuide({ sources }, siteHighlight()));
  });
});
