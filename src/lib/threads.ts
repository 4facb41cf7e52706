/**
 * Starts a module of this project on a worker thread and waits until the
 * thread has ended, so what the work held in memory is given back before the
 * caller goes on. The launcher imports nothing of the work itself.
 */
import { Worker } from 'node:worker_threads';

/** The keys worker modules take their jobs under, so no thread mistakes another's data for its own. */
export const PIPELINE_JOB = 'crossguide:pipeline';
export const VISIBLE_JOB = 'crossguide:visible-check';
export const READ_JOB = 'crossguide:read-sources';

/** What a worker module receives: its data under its own key, so no other thread mistakes it for its own. */
export function runOnThread<T>(module: URL, key: string, data: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(module, { workerData: { [key]: data } });
    let result: { value: T } | undefined;
    worker.once('message', (value: T) => (result = { value }));
    worker.once('error', reject);
    worker.once('exit', (code) => (result && code === 0 ? resolve(result.value) : reject(new Error(`${module.pathname.split('/').pop()} stopped with exit code ${code}`))));
  });
}
