/**
 * Modules a page imports on first use (the compare view, the search modal).
 * Vite bundles each as a standalone `?worker&url` module, which keeps its
 * preload helper out of every page but also drops the module's exports; so a
 * module hands over what it offers here, the way Pagefind's own UI does with
 * `window.PagefindComponents`. The pages' own scripts import only this file's
 * types: a shared runtime import would make Vite split it into a file of its
 * own, fetched by every page.
 */
import type { compareView } from './compare.ts';
import type { mount } from './search-modal.ts';

export interface OnDemand {
  compareView: typeof compareView;
  mountSearch: typeof mount;
}

declare global {
  interface Window {
    crossguideOnDemand?: Partial<OnDemand>;
  }
}

/** Called by an on-demand module as it loads. */
export function provide<K extends keyof OnDemand>(name: K, value: OnDemand[K]): void {
  (window.crossguideOnDemand ??= {})[name] = value;
}

/** Adds an on-demand module's styles to the page: first views carry none of them. */
export function addStyles(css: string): void {
  document.head.append(Object.assign(document.createElement('style'), { textContent: css }));
}
