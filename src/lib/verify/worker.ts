/**
 * The nothing-lost check on a thread of its own, so a build renders its
 * pages on the other core while the check reads every source again.
 * `checkVisibleInWorker` starts it; it posts the check's findings.
 */
import { join } from 'node:path';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import type { Diagnostic } from '../diagnostics.ts';
import { readSourceText } from '../read.ts';
import { countVisibleLines, findMissingLines, pageKey, type VisibleGuide } from './visible.ts';

interface Job {
  guide: VisibleGuide;
  /** Page texts keyed by `pageKey` (`page-text.ts`). */
  pages: Map<string, string>;
  root: string;
}

/** Marks the data of this module's worker, so no other thread mistakes it for its own. */
const JOB = 'crossguide:visible-check';

export interface Verdict {
  missing: Diagnostic[];
  visibleLines: number;
}

/** Checks every source line in this thread; what the worker runs, and what `runPipeline` runs without one. */
export function checkVisible({ guide, pages, root }: Job): Verdict {
  const texts = new Map<string, string>();
  const readSource = (file: string) => {
    if (!texts.has(file)) texts.set(file, readSourceText(join(root, file), file));
    return texts.get(file)!;
  };
  const missing = findMissingLines({ guide, readSource, pageText: (page) => pages.get(pageKey(page)) });
  return { missing, visibleLines: countVisibleLines(guide, readSource) };
}

/** Runs the check on a worker thread; the promise settles when it is done. */
export function checkVisibleInWorker(job: Job): Promise<Verdict> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { [JOB]: job } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`the nothing-lost check stopped with exit code ${code}`)));
  });
}

if (parentPort && workerData?.[JOB]) parentPort.postMessage(checkVisible(workerData[JOB] as Job));
