/**
 * The first pass of reading (every source parsed on its own, `readAlone`)
 * spread over the machine's cores: parsing is most of a large guide's build
 * before Astro starts, and the sources do not depend on each other until
 * they are aligned. This thread reads one share while worker threads read
 * the others; the results come back in the entries' order, the same as
 * reading them one after another. A worker can then render the answers it
 * read, while this thread aligns and compares the guide.
 */
import { sizeOf } from '../read/contained.ts';
import { availableParallelism } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { readAlone, type SourceEntry } from './read-all.ts';
import { sourceHash, type ReadCache } from './read-cache.ts';
import type { ReadSource } from './read.ts';
import type { Highlight, RenderedAnswer } from '../render/answer-html.ts';
import { renderGuide, type RenderCache } from '../render/guide.ts';
import { READ_JOB, runOnThreadInTwo } from './threads.ts';

/**
 * Below this many bytes of sources in all, one thread reads them: a worker
 * takes about a third of a second to load the parsers, about what 150 KB of
 * Markdown takes to parse.
 */
export const PARALLEL_FROM_BYTES = 384 * 1024;

/**
 * Splits items into at most `parts` shares of about equal total size: the
 * largest item goes to the lightest share first. Each share lists indices in
 * ascending order; empty shares are left out.
 */
export function shareBySize(sizes: readonly number[], parts: number): number[][] {
  const shares = Array.from({ length: Math.max(1, Math.min(parts, sizes.length)) }, () => ({ total: 0, items: [] as number[] }));
  const largestFirst = sizes.map((size, index) => ({ size, index })).sort((a, b) => b.size - a.size || a.index - b.index);
  for (const { size, index } of largestFirst) {
    const lightest = shares.reduce((min, share) => (share.total < min.total ? share : min));
    lightest.total += size;
    lightest.items.push(index);
  }
  return shares.filter((share) => share.items.length).map((share) => share.items.sort((a, b) => a - b));
}

export interface ReadOptions {
  /** Defaults to the machine's cores. */
  threads?: number;
  /** Readings of earlier runs: a source whose bytes did not change is not read again, and the new readings are added. */
  cache?: ReadCache;
}

/** What a worker thread is given: the sources to read and, to render them too, the highlighter's module. */
interface ReadJob {
  entries: SourceEntry[];
  highlighter?: string;
}

/** A worker's answers, rendered as `renderGuide` renders them, by the hash it finds them in a `RenderCache` with. */
export type Prerendered = Array<[string, RenderedAnswer]>;

/** `readAlone` for every entry, on up to `threads` threads; the result at index i belongs to `entries[i]`. */
export async function readAloneInParallel(entries: readonly SourceEntry[], options: ReadOptions = {}): Promise<ReadSource[]> {
  return (await readAndRender(entries, options)).reads;
}

/**
 * `readAloneInParallel`, whose worker threads then render the answers they read, highlighting with the
 * `siteHighlight()` of the module at `highlighter` (a URL). The reads come first; `rendered` settles once
 * the workers are done, with what they rendered, for the `RenderCache` that `renderGuide` is then given.
 */
export async function readAndRender(
  entries: readonly SourceEntry[],
  { threads = availableParallelism(), cache, highlighter }: ReadOptions & { highlighter?: string },
): Promise<{ reads: ReadSource[]; rendered: Promise<Prerendered> }> {
  const results: ReadSource[] = new Array(entries.length);
  // A reading depends on the bytes and on how sources.yaml says to read them.
  const hashes = cache ? entries.map((entry) => sourceHash(entry.path) + (entry.settings ? JSON.stringify(entry.settings) : '')) : [];
  const unread: number[] = [];
  for (const [index, entry] of entries.entries()) {
    const kept = cache?.get(entry.file);
    if (kept && kept.hash === hashes[index]) results[index] = kept.read;
    else unread.push(index);
  }
  const { rendered } = await readInto(results, unread, entries, threads, highlighter);
  for (const index of unread) cache?.set(entries[index]!.file, { hash: hashes[index]!, read: results[index]! });
  return { reads: results, rendered };
}

/** Reads the entries at `indices` into `results`, on up to `threads` threads; resolves with the reads, before the workers render. */
async function readInto(
  results: ReadSource[],
  indices: readonly number[],
  entries: readonly SourceEntry[],
  threads: number,
  highlighter: string | undefined,
): Promise<{ rendered: Promise<Prerendered> }> {
  const sizes = indices.map((index) => sizeOf(entries[index]!.path));
  const total = sizes.reduce((sum, size) => sum + size, 0);
  if (threads < 2 || total < PARALLEL_FROM_BYTES) {
    for (const index of indices) results[index] = readAlone(entries[index]!);
    return { rendered: Promise.resolve([]) };
  }
  const [here = [], ...elsewhere] = shareBySize(sizes, threads).map((share) => share.map((i) => indices[i]!));
  // The workers start first, so they load their parsers while this thread reads its own share.
  const others = elsewhere.map(async (share) => {
    const job: ReadJob = { entries: share.map((index) => entries[index]!), ...(highlighter ? { highlighter } : {}) };
    const { first, second } = await runOnThreadInTwo<ReadSource[], Prerendered>(new URL(import.meta.url), READ_JOB, job);
    share.forEach((index, i) => (results[index] = first[i]!));
    return second;
  });
  for (const index of here) results[index] = readAlone(entries[index]!);
  const rendering = await Promise.all(others);
  // Wrapped, so that awaiting the reads does not wait for the rendering too.
  return { rendered: Promise.all(rendering).then((parts) => parts.flat()) };
}

/** A worker thread's share: its reads, posted first, then its answers rendered where asked, with the keys `renderGuide` uses. */
async function readJob({ entries, highlighter }: ReadJob): Promise<void> {
  const reads = entries.map(readAlone);
  parentPort!.postMessage(reads);
  const rendered: RenderCache = new Map();
  if (highlighter) {
    const { siteHighlight } = (await import(highlighter)) as { siteHighlight: () => Highlight };
    const sources = reads.flatMap((read, i) => (read.answerSet ? [{ id: entries[i]!.id, answerSet: read.answerSet }] : []));
    await renderGuide({ sources }, siteHighlight(), rendered);
  }
  parentPort!.postMessage([...rendered] satisfies Prerendered);
}

if (parentPort && workerData?.[READ_JOB]) await readJob(workerData[READ_JOB] as ReadJob);
