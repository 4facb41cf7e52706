/**
 * The content pipeline on a worker thread of its own: parsing, aligning,
 * comparing and rendering hold every source's tree and the language model
 * in memory, and a thread that ends gives all of it back before Astro's own
 * build starts, so the build's peak is not the two added together.
 * The integration starts it with `runOnThread` (`threads.ts`); it posts what the integration reports.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Diagnostic } from '../lib/model/diagnostics.ts';
import { bookSummary, runPipeline, summary } from '../lib/build/pipeline.ts';
import { loadReadCache, readerStamp, saveReadCache } from '../lib/build/read-cache.ts';
import { readRenderCache, rendererStamp, writeRenderCache } from '../lib/render/cache-file.ts';
import { PIPELINE_JOB } from '../lib/build/threads.ts';
import { siteHighlight } from './highlight.ts';

export interface PipelineJob {
  contentDir: string;
  generatedDir: string;
  root: string;
  /** Rendered answers of earlier runs, reused where unchanged and rewritten after. */
  cacheFile: string;
  /** Sources read by earlier runs, reused where their bytes did not change. */
  readCacheFile: string;
}

export interface PipelineReport {
  diagnostics: Diagnostic[];
  fatal: boolean;
  /** `3 sources, 11 questions, 33 answers`, when the content loaded. */
  summary?: string;
  written: number;
  visibleLines: number;
  /** Milliseconds per stage, for `npm run bench`. */
  timings: Array<[string, number]>;
}

async function run(job: PipelineJob): Promise<PipelineReport> {
  const timings: Array<[string, number]> = [];
  const stamp = rendererStamp();
  const renderCache = readRenderCache(job.cacheFile, stamp);
  const readStamp = readerStamp();
  const sources = loadReadCache(job.readCacheFile, readStamp);
  const result = await runPipeline({
    contentDir: job.contentDir,
    outDir: job.generatedDir,
    root: job.root,
    highlight: siteHighlight(),
    highlighter: new URL('./highlight.ts', import.meta.url).href,
    renderCache,
    readCache: { sources, keep: (entries) => saveReadCache(job.readCacheFile, readStamp, sources, entries) },
    timing: (stage, ms) => timings.push([stage, ms]),
    // The nothing-lost check runs here, before the pages are written: a source that lost a line is published whole instead.
  });
  writeRenderCache(job.cacheFile, stamp, renderCache);
  const { guide, book } = result;
  return {
    diagnostics: result.diagnostics,
    fatal: result.fatal,
    ...(book ? { summary: bookSummary(book) } : guide ? { summary: summary(guide) } : {}),
    written: result.written,
    visibleLines: result.visibleLines,
    timings,
  };
}

if (parentPort && workerData?.[PIPELINE_JOB]) parentPort.postMessage(await run(workerData[PIPELINE_JOB] as PipelineJob));
