/**
 * Opens search from the header button, `/` and Ctrl/Cmd+K. Pagefind's
 * Component UI (its script, styles and index) is fetched on the first open
 * only, so a page that is only read loads none of it.
 */
import { languageBundlePath, searchBundlePath } from '../lib/urls.ts';

/** The parts of Pagefind's Component UI this script calls. */
interface PagefindModal extends HTMLElement {
  open(): void;
  readonly isOpen: boolean;
}
interface PagefindInstance {
  on(event: 'search', callback: (term: string, filters: Record<string, string[] | undefined>) => void): void;
}
/** Options of an index merged into the search; Pagefind applies the page's options to its own index only. */
interface MergedIndex {
  bundlePath: string;
  language: string;
  baseUrl?: string;
  highlightParam?: string;
  excerptLength?: number;
}
declare global {
  interface Window {
    PagefindComponents?: {
      getInstanceManager(): { getInstance(name?: string): PagefindInstance };
      configureInstance(name: string, options: { mergeIndex: MergedIndex[] }): unknown;
    };
  }
}

const base = import.meta.env.BASE_URL;
const bundle = searchBundlePath(base);
const button = document.querySelector<HTMLButtonElement>('[data-search-open]');
const template = document.querySelector<HTMLTemplateElement>('template#search-modal');
let mounted: Promise<PagefindModal> | undefined;

/** Adds a script or stylesheet to the page and waits until it has loaded. */
function load(element: HTMLScriptElement | HTMLLinkElement): Promise<void> {
  return new Promise((resolve, reject) => {
    element.addEventListener('load', () => resolve(), { once: true });
    element.addEventListener('error', () => reject(new Error(`could not load ${element instanceof HTMLScriptElement ? element.src : element.href}`)), { once: true });
    document.head.append(element);
  });
}

/**
 * Pagefind filters whole pages, and every question page has every source's
 * answer; so the source filter also hides the other sources' answers in a
 * result, and results with none of the chosen source's answers.
 */
function narrowToChosenSource(modal: PagefindModal): void {
  const style = document.createElement('style');
  modal.append(style);
  window.PagefindComponents?.getInstanceManager().getInstance('default').on('search', (_term, filters) => {
    const labels = filters.source ?? [];
    const chosen = labels.map((label) => `[data-source-label="${CSS.escape(label)}"]`).join(', ');
    // Pagefind's own rules use very specific selectors, hence `!important`. Its
    // count is of questions, so the summary says whose answers are shown.
    style.textContent = chosen
      ? `.pf-heading-chip:not(${chosen}), .pf-result:has(.pf-heading-chip):not(:has(${chosen})) { display: none !important; }
         .pf-summary::after { content: " · answers from ${labels.map((label) => CSS.escape(label)).join(' and ')} only"; }`
      : '';
  });
}

/**
 * Pagefind loads the index of the page's language only; answers in other
 * languages are in indexes of their own (see `src/integrations/language-pages.ts`),
 * merged here before the modal's components start the search instance.
 */
function mergeLanguageIndexes(markup: HTMLTemplateElement): void {
  const languages = markup.dataset.languages?.split(' ') ?? [];
  const config = markup.content.querySelector('pagefind-config');
  if (languages.length === 0 || !config) return;
  // The same result URLs, marked terms and excerpt length as the page's own index.
  const shared = {
    baseUrl: config.getAttribute('base-url') ?? base,
    ...(config.hasAttribute('highlight-param') ? { highlightParam: config.getAttribute('highlight-param')! } : {}),
    ...(config.hasAttribute('excerpt-length') ? { excerptLength: Number(config.getAttribute('excerpt-length')) } : {}),
  };
  window.PagefindComponents?.configureInstance('default', {
    mergeIndex: languages.map((language) => ({ bundlePath: languageBundlePath(base, language), language, ...shared })),
  });
}

/**
 * An answer from another language's index is a result of its own for the same
 * question page; folding it into that question's result keeps one result per
 * question, with one sub-result per matching answer. Pagefind renders results
 * as they scroll into view, so this runs on every change of the list.
 */
function groupResultsByQuestion(modal: PagefindModal): void {
  const fold = () => {
    const firstByPage = new Map<string, HTMLElement>();
    for (const result of modal.querySelectorAll<HTMLElement>('.pf-result:not([hidden])')) {
      const link = result.querySelector<HTMLAnchorElement>('.pf-result-link');
      if (!link) continue;
      const page = new URL(link.href).pathname;
      const first = firstByPage.get(page);
      if (!first) {
        firstByPage.set(page, result);
        continue;
      }
      let chips = first.querySelector('.pf-heading-chips');
      if (!chips) {
        chips = Object.assign(document.createElement('ul'), { className: 'pf-heading-chips' });
        first.append(chips);
      }
      const shown = new Set([...chips.querySelectorAll<HTMLAnchorElement>('.pf-heading-link')].map((a) => new URL(a.href).hash));
      for (const chip of result.querySelectorAll<HTMLElement>('.pf-heading-chip')) {
        if (!shown.has(new URL(chip.querySelector<HTMLAnchorElement>('.pf-heading-link')!.href).hash)) chips.append(chip);
      }
      result.hidden = true;
    }
  };
  new MutationObserver(fold).observe(modal, { childList: true, subtree: true });
}

async function mount(opener: HTMLButtonElement, markup: HTMLTemplateElement): Promise<PagefindModal> {
  const script = Object.assign(document.createElement('script'), { src: `${bundle}pagefind-component-ui.js` });
  const styles = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `${bundle}pagefind-component-ui.css` });
  await Promise.all([load(script), load(styles)]);
  mergeLanguageIndexes(markup);
  document.body.append(markup.content.cloneNode(true));
  const modal = document.querySelector<PagefindModal>('pagefind-modal')!;
  narrowToChosenSource(modal);
  groupResultsByQuestion(modal);
  modal.querySelector('dialog')?.addEventListener('close', () => {
    opener.setAttribute('aria-expanded', 'false');
    opener.focus();
  });
  return modal;
}

/** Keeps what the reader types while Pagefind loads, so `/` then a word finds that word. */
function bufferTyping(): { stop(): string } {
  let typed = '';
  const keep = (event: KeyboardEvent) => {
    if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
    typed += event.key;
    event.preventDefault();
  };
  document.addEventListener('keydown', keep);
  return { stop: () => (document.removeEventListener('keydown', keep), typed) };
}

async function openSearch(opener: HTMLButtonElement, markup: HTMLTemplateElement): Promise<void> {
  const firstOpen = !mounted;
  const typing = bufferTyping();
  mounted ??= mount(opener, markup);
  try {
    const modal = await mounted;
    const dialog = modal.querySelector('dialog');
    // Pagefind learns that its dialog closed from the `close` event; wait for it before reopening.
    if (modal.isOpen && dialog && !dialog.open) await new Promise((done) => dialog.addEventListener('close', done, { once: true }));
    modal.open();
    opener.setAttribute('aria-expanded', 'true');
    const typed = typing.stop();
    const input = modal.querySelector('input');
    if (firstOpen && typed && input) {
      input.value += typed;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  } catch {
    // Without a built index (e.g. `astro dev`) there is nothing to search yet.
    typing.stop();
    mounted = undefined;
    opener.querySelector('.search-open-label')!.textContent = 'Search needs a build';
  }
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

if (button && template) {
  button.addEventListener('click', () => void openSearch(button, template));
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.isComposing || event.altKey) return;
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !isTyping(event.target);
    const modK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.shiftKey;
    if (!slash && !modK) return;
    event.preventDefault();
    if (document.querySelector<HTMLDialogElement>('pagefind-modal dialog')?.open) return;
    void openSearch(button, template);
  });
}
