/**
 * Starts a module of this project on a worker thread and waits until the
 * thread has ended, so what the work held in memory is given back before the
 * caller goes on. The launcher imports nothing of the work itself.
 */
import { Worker } from 'node:worker_threads';

/** The keys worker modules take their jobs under, so no thread mistakes another's data for its own. */
export const PIPELINE_JOB = 'crossguide:pipeline';
export const READ_JOB = 'crossguide:read-sources';

/** What a worker module receives: its data under its own key, so no other thread mistakes it for its own. */
export function runOnThread<T>(module: URL, key: string, data: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(module, { workerData: { [key]: data } });
    let result: { value: T } | undefined;
    worker.once('message', (value: T) => (result = { value }));
    worker.once('error', reject);
    worker.once('exit', (code) =>
      result && code === 0
        ? resolve(result.value)
        : reject(new Error(`${module.pathname.split('/').pop()} stopped with exit code ${code}`)),
    );
  });
}

/**
 * For a module that posts twice: its first message as soon as it comes, and a
 * promise of its second, which settles once the thread has ended. The caller
 * can go on with the first while the thread works on the second.
 */
export function runOnThreadInTwo<A, B>(module: URL, key: string, data: unknown): Promise<{ first: A; second: Promise<B> }> {
  return new Promise((resolveFirst, rejectFirst) => {
    const worker = new Worker(module, { workerData: { [key]: data } });
    const messages: unknown[] = [];
    let settleSecond: { resolve: (value: B) => void; reject: (error: unknown) => void } | undefined;
    const second = new Promise<B>((resolve, reject) => (settleSecond = { resolve, reject }));
    // Rejected only when the caller has the first message, and may not wait for the second; it must not count as unhandled meanwhile.
    second.catch(() => {});
    worker.on('message', (value: unknown) => {
      messages.push(value);
      if (messages.length === 1) resolveFirst({ first: value as A, second });
    });
    worker.once('error', (error) => (messages.length ? settleSecond!.reject(error) : rejectFirst(error)));
    worker.once('exit', (code) => {
      if (messages.length === 2 && code === 0) return settleSecond!.resolve(messages[1] as B);
      const error = new Error(`${module.pathname.split('/').pop()} stopped with exit code ${code}`);
      if (messages.length) settleSecond!.reject(error);
      else rejectFirst(error);
    });
  });
}
