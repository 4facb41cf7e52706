/**
 * Moments of a build that parts of it wait for, shared between the
 * crossguide integration and the modules Astro loads on its own: the content
 * collections and the routes. The integration starts the content pipeline
 * and goes on, so Astro sets up Vite and its content layer on one core while
 * the pipeline runs on the other; only what reads the pipeline's output waits.
 * Astro loads its config, the content config and the routes as separate
 * module graphs in one process, so the promises live on the global object
 * under registered symbols.
 */
export type BuildSignal =
  /** The generated folder is complete: what the generated collections load. */
  | 'generated'
  /** Every link-preview card is drawn into the cache: what the `og/` route serves. */
  | 'previews';

const key = (signal: BuildSignal) => Symbol.for(`crossguide:${signal}`);
type Holder = Record<symbol, Promise<unknown> | undefined>;

/** Called by the integration with a promise that settles when the moment has come. */
export function announce(signal: BuildSignal, ready: Promise<unknown>): void {
  (globalThis as unknown as Holder)[key(signal)] = ready;
}

/** Resolves when the moment has come; at once when nothing announced it (`astro sync` alone). */
export async function whenReady(signal: BuildSignal): Promise<void> {
  await (globalThis as unknown as Holder)[key(signal)];
}
