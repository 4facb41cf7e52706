/**
 * `node src/bench/parse-floor.ts FILE...`: parses every file once with the
 * Markdown parser and GFM extensions that both the pipeline and Astro's own
 * Markdown rendering run (none of the pipeline's own steps), on as many worker threads as
 * the machine has cores, and prints `{"ms": N}`: the time from every thread
 * holding its parser and its text to the last tree made. Loading modules and
 * reading files are left out, so this is less than any build must spend.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { shareBySize } from '../lib/build/read-parallel.ts';

interface Share {
  texts: string[];
  start: SharedArrayBuffer;
}

if (!isMainThread) {
  const { texts, start } = workerData as Share;
  parentPort!.postMessage('ready');
  // Every thread starts at once, when the main thread says so.
  Atomics.wait(new Int32Array(start), 0, 0);
  const options = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };
  for (const text of texts) fromMarkdown(text, options);
  parentPort!.postMessage('done');
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const texts = process.argv.slice(2).map((file) => readFileSync(file, 'utf8'));
  const start = new SharedArrayBuffer(4);
  const shares = shareBySize(texts.map((text) => text.length), availableParallelism());
  const workers = shares.map((share) => new Worker(new URL(import.meta.url), { workerData: { texts: share.map((i) => texts[i]!), start } satisfies Share }));
  const message = (worker: Worker, wanted: string) =>
    new Promise<void>((resolve, reject) => {
      worker.on('message', (value) => value === wanted && resolve());
      worker.once('error', reject);
    });
  await Promise.all(workers.map((worker) => message(worker, 'ready')));
  const done = Promise.all(workers.map((worker) => message(worker, 'done')));
  const started = performance.now();
  Atomics.store(new Int32Array(start), 0, 1);
  Atomics.notify(new Int32Array(start), 0);
  await done;
  process.stdout.write(`${JSON.stringify({ ms: performance.now() - started, threads: workers.length })}\n`);
  await Promise.all(workers.map((worker) => worker.terminate()));
}
