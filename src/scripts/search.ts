/**
 * Opens search from the header button, `/` and Ctrl/Cmd+K. Pagefind's
 * Component UI (its script, styles and index) is fetched on the first open
 * only, so a page that is only read loads none of it.
 */
import { searchBundlePath } from '../lib/urls.ts';

/** The parts of Pagefind's Component UI this script calls. */
interface PagefindModal extends HTMLElement {
  open(): void;
  readonly isOpen: boolean;
}
interface PagefindInstance {
  on(event: 'search', callback: (term: string, filters: Record<string, string[] | undefined>) => void): void;
}
declare global {
  interface Window {
    PagefindComponents?: {
      getInstanceManager(): { getInstance(name?: string): PagefindInstance };
      configureInstance(name: string, options: object): unknown;
    };
  }
}

const bundle = searchBundlePath(import.meta.env.BASE_URL);
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
 * An answer from another language's index is a result of its own for the same
 * question page; folding it into that question's result keeps one result per
 * question, with one sub-result per matching answer. Pagefind renders results
 * as they scroll into view, so this runs on every change of the list.
 */
function foldResultsByQuestion(modal: PagefindModal): void {
  new MutationObserver(() => {
    const kept = new Map<string, Element>();
    for (const result of modal.querySelectorAll<HTMLElement>('.pf-result:not([hidden])')) {
      const page = result.querySelector<HTMLAnchorElement>('.pf-result-link')?.pathname;
      if (!page) continue;
      const first = kept.get(page);
      if (!first) {
        kept.set(page, result);
        continue;
      }
      const chips = first.querySelector('.pf-heading-chips') ?? first.appendChild(Object.assign(document.createElement('ul'), { className: 'pf-heading-chips' }));
      for (const chip of result.querySelectorAll('.pf-heading-chip')) {
        if (!chips.querySelector(`[href$="${chip.querySelector('a')?.hash}"]`)) chips.append(chip);
      }
      result.hidden = true;
    }
  }).observe(modal, { childList: true, subtree: true });
}

async function mount(opener: HTMLButtonElement, markup: HTMLTemplateElement): Promise<PagefindModal> {
  const script = Object.assign(document.createElement('script'), { src: `${bundle}pagefind-component-ui.js` });
  const styles = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `${bundle}pagefind-component-ui.css` });
  await Promise.all([load(script), load(styles)]);
  // Pagefind loads the index of the page's language only; answers in other languages are in indexes of
  // their own (`src/integrations/language-pages.ts`), merged before the modal starts the search instance.
  const mergeIndex = markup.dataset.mergeIndex;
  if (mergeIndex) window.PagefindComponents?.configureInstance('default', { mergeIndex: JSON.parse(mergeIndex) });
  document.body.append(markup.content.cloneNode(true));
  const modal = document.querySelector<PagefindModal>('pagefind-modal')!;
  narrowToChosenSource(modal);
  if (mergeIndex) foldResultsByQuestion(modal);
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
