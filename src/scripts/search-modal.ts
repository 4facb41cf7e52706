/**
 * Pagefind's Component UI, fetched and mounted on the first open of search
 * (`search.ts` imports this module then), so a page that is only read loads none of it.
 */
import { HIGHLIGHT_PARAM, SEARCH_EXCERPT_LENGTH, searchBundlePath } from '../lib/site/urls.ts';
import styles from './search-modal.css?inline';
import { addStyles, provide } from './on-demand.ts';

/** The parts of Pagefind's Component UI this script calls. */
export interface PagefindModal extends HTMLElement {
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

// Each result is a question; its sub-results are the answers that match, one per source.
// `data-source-label` lets the source filter hide the other sources' answers. Excerpts
// use the site's own class: Pagefind's cut them to one line, hiding the marked term.
const resultTemplate = `
<li class="pf-result">
  <div class="pf-result-card">
    <div class="pf-result-content">
      {{#if meta.chapter}}<p class="search-chapter">{{ meta.chapter }}</p>{{/if}}
      <p class="pf-result-title">
        <a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{#if meta.question}}<span class="visually-hidden">Question {{ meta.question }}: </span><span class="q-num search-q-num" aria-hidden="true">{{ meta.question }}</span>{{/if}}{{ meta.title }}</a>
      </p>
      {{#if not(sub_results)}}<p class="search-excerpt">{{+ excerpt +}}</p>{{/if}}
    </div>
  </div>
  {{#if sub_results}}
  <ul class="pf-heading-chips">
    {{#each sub_results as sub}}
    <li class="pf-heading-chip" data-source-label="{{ sub.title }}">
      <a class="pf-heading-link" href="{{ sub.url | safeUrl }}">{{ sub.title }}</a>
      <p class="search-excerpt">{{+ sub.excerpt +}}</p>
    </li>
    {{/each}}
  </ul>
  {{/if}}
</li>`;

/**
 * Where the modal is built: a document without custom elements, so Pagefind's elements upgrade only once
 * the whole modal joins the page, each with its children in place (built in the page, each would upgrade
 * as it is created, and the header would add a second close button).
 */
const inert = document.implementation.createHTMLDocument('');

/** An element with attributes and children. */
function element(tag: string, attributes: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElement {
  const node = inert.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/**
 * Pagefind's modal, configured as the build indexed the site. Built here rather than shipped in
 * every page: a page that is only read carries none of it.
 */
function modalMarkup(sources: number, book: boolean): DocumentFragment {
  const markup = inert.createDocumentFragment();
  markup.append(
    element('pagefind-config', {
      'bundle-path': bundle,
      'base-url': import.meta.env.BASE_URL,
      'highlight-param': HIGHLIGHT_PARAM,
      'excerpt-length': String(SEARCH_EXCERPT_LENGTH),
    }),
    element(
      'pagefind-modal',
      {},
      element('pagefind-modal-header', {}, element('pagefind-input', { placeholder: 'Search the answers', debounce: '60' })),
      element(
        'pagefind-modal-body',
        {},
        element(
          'div',
          { class: 'search-filters' },
          // Pagefind names the filter's button `<id>-trigger`; a combobox takes its name from a label, not its text.
          element('label', { class: 'visually-hidden', for: 'search-source-filter-trigger' }, 'Filter by source'),
          element('pagefind-filter-dropdown', { id: 'search-source-filter', filter: 'source', label: 'Source', 'single-select': '' }),
          // A book's results name their chapter, and this narrows them to one.
          ...(book
            ? [
                element('label', { class: 'visually-hidden', for: 'search-chapter-filter-trigger' }, 'Filter by chapter'),
                element('pagefind-filter-dropdown', {
                  id: 'search-chapter-filter',
                  filter: 'chapter',
                  label: 'Chapter',
                  'single-select': '',
                }),
              ]
            : []),
        ),
        element('pagefind-summary'),
        element(
          'pagefind-results',
          { 'max-sub-results': String(Math.max(sources, 3)) },
          element('script', { type: 'text/pagefind-template' }, resultTemplate),
        ),
      ),
      element('pagefind-modal-footer', {}, element('pagefind-keyboard-hints')),
    ),
  );
  return markup;
}

/** Adds a script or stylesheet to the page and waits until it has loaded. */
function load(element: HTMLScriptElement | HTMLLinkElement): Promise<void> {
  return new Promise((resolve, reject) => {
    element.addEventListener('load', () => resolve(), { once: true });
    element.addEventListener(
      'error',
      () => reject(new Error(`could not load ${element instanceof HTMLScriptElement ? element.src : element.href}`)),
      { once: true },
    );
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
  window.PagefindComponents?.getInstanceManager()
    .getInstance('default')
    .on('search', (_term, filters) => {
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
      const chips =
        first.querySelector('.pf-heading-chips') ??
        first.appendChild(Object.assign(document.createElement('ul'), { className: 'pf-heading-chips' }));
      for (const chip of result.querySelectorAll('.pf-heading-chip')) {
        if (!chips.querySelector(`[href$="${chip.querySelector('a')?.hash}"]`)) chips.append(chip);
      }
      result.hidden = true;
    }
  }).observe(modal, { childList: true, subtree: true });
}

/** Loads Pagefind's UI and adds the modal to the page; `opener` carries the page's sources count and merged indexes (`Search.astro`). */
export async function mount(opener: HTMLButtonElement): Promise<PagefindModal> {
  const script = Object.assign(document.createElement('script'), { src: `${bundle}pagefind-component-ui.js` });
  const pagefindStyles = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `${bundle}pagefind-component-ui.css` });
  await Promise.all([load(script), load(pagefindStyles)]);
  addStyles(styles);
  // Pagefind loads the index of the page's language only; answers in other languages are in indexes of
  // their own (`src/integrations/language-pages.ts`), merged before the modal starts the search instance.
  const mergeIndex = opener.dataset.mergeIndex;
  if (mergeIndex) window.PagefindComponents?.configureInstance('default', { mergeIndex: JSON.parse(mergeIndex) });
  document.body.append(document.adoptNode(modalMarkup(Number(opener.dataset.sources), opener.dataset.book !== undefined)));
  const modal = document.querySelector<PagefindModal>('pagefind-modal')!;
  narrowToChosenSource(modal);
  if (mergeIndex) foldResultsByQuestion(modal);
  modal.querySelector('dialog')?.addEventListener('close', () => {
    opener.setAttribute('aria-expanded', 'false');
    opener.focus();
  });
  return modal;
}

provide('mountSearch', mount);
