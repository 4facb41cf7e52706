/**
 * Search as a reader uses it: open it from the header's search button or the
 * `/` key, type a query, and wait for result links to appear. Timing is taken
 * inside the page, from the query's last keydown to the first animation frame
 * that shows a result, so it includes debouncing, loading the search code and
 * index, and rendering.
 */
import type { Browser, Locator, Page } from '@playwright/test';
import { summarise } from './stats.ts';
import { addBytes, withFreshPage } from './page-weight.ts';
import type { SearchResult } from './results.ts';

/** Text fields that look like a search box; Playwright's CSS engine also looks inside open shadow roots. */
const SEARCH_FIELD = 'input[type="search"], input[role="searchbox"], input[role="combobox"], input[aria-label*="search" i], input[placeholder*="search" i]';

/**
 * Opens the search UI and returns its field, or undefined when the page has
 * no search. Only a field that the header's search button or the `/` key
 * made visible counts, so a search box elsewhere on the page does not.
 */
export async function openSearch(page: Page): Promise<Locator | undefined> {
  await page.locator(SEARCH_FIELD).evaluateAll((fields) => {
    for (const field of fields) if (field.getClientRects().length > 0) field.setAttribute('data-bench-visible-before', '');
  });
  const button = page.getByRole('button', { name: /search/i }).filter({ visible: true }).first();
  if (await button.count()) await button.click();
  else await page.keyboard.press('/');
  const field = page.locator(SEARCH_FIELD).and(page.locator(':not([data-bench-visible-before])')).filter({ visible: true }).first();
  try {
    await field.waitFor({ state: 'visible', timeout: 3000 });
    return field;
  } catch {
    return undefined;
  }
}

/**
 * Installs the in-page timer: it remembers the links already on the page,
 * stamps every keydown, and stamps the first frame after it in which a new,
 * visible link to a page of the site is shown. Walks open shadow roots.
 */
async function armTimer(page: Page): Promise<void> {
  await page.evaluate(() => {
    const links = (root: Document | ShadowRoot, found: HTMLAnchorElement[] = []): HTMLAnchorElement[] => {
      for (const element of root.querySelectorAll('*')) {
        if (element instanceof HTMLAnchorElement) found.push(element);
        if (element.shadowRoot) links(element.shadowRoot, found);
      }
      return found;
    };
    const before = new Set(links(document));
    const state = { key: 0, shown: 0 };
    (window as unknown as { benchSearch: typeof state }).benchSearch = state;
    addEventListener('keydown', () => ((state.key = performance.now()), (state.shown = 0)), true);
    const isResult = (a: HTMLAnchorElement) =>
      !before.has(a) && a.origin === location.origin && a.getClientRects().length > 0 && getComputedStyle(a).visibility !== 'hidden';
    const tick = () => {
      if (state.key && !state.shown && links(document).some(isResult)) state.shown = performance.now();
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Types the query into the field and returns milliseconds from its last keydown to results shown. */
async function timeQuery(page: Page, field: Locator, query: string): Promise<number> {
  await armTimer(page);
  await field.focus();
  await page.keyboard.type(query);
  const handle = await page.waitForFunction(
    () => {
      const state = (window as unknown as { benchSearch: { key: number; shown: number } }).benchSearch;
      return state.shown ? state.shown - state.key : 0;
    },
    undefined,
    { timeout: 15_000, polling: 50 },
  );
  return Number(await handle.jsonValue());
}

/**
 * Measures search on `path`: bytes after one search, keystroke-to-results on
 * fresh pages (`runs` times) and when the same page searches again.
 */
export async function measureSearch(browser: Browser, origin: string, path: string, { query = 'ragged', runs = 5 } = {}): Promise<SearchResult> {
  const first: number[] = [];
  const repeat: number[] = [];
  let afterSearch = { raw: 0, gzip: 0 };
  for (let run = 0; run < runs; run++) {
    const missing = await withFreshPage(browser, origin + path, async (page, recorder) => {
      const field = await openSearch(page);
      if (!field) return `no search on this build: ${path} has no search button, and / opens no search field`;
      first.push(await timeQuery(page, field, query));
      await page.waitForLoadState('networkidle');
      if (run === 0) afterSearch = addBytes((await recorder.settle()).map((d) => d.bytes));
      // Clear, let the results go, and search again with everything loaded.
      await field.fill('');
      await page.waitForTimeout(500);
      repeat.push(await timeQuery(page, field, query).catch(() => Number.NaN));
      return undefined;
    });
    if (missing) return { measured: false, reason: missing };
  }
  return { measured: true, query, path, afterSearch, firstSearchMs: summarise(first), repeatSearchMs: repeat.every(Number.isFinite) ? summarise(repeat) : null };
}
