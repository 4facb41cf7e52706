/**
 * Opens search from the header button, `/` and Ctrl/Cmd+K. The modal's own
 * module (`search-modal.ts`) and Pagefind's Component UI (its script, styles
 * and index) are fetched on the first open only, so a page that is only read
 * loads none of them.
 */
import type {} from './on-demand.ts';
import type { PagefindModal } from './search-modal.ts';

const button = document.querySelector<HTMLButtonElement>('[data-search-open]');
let mounted: Promise<PagefindModal> | undefined;

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

async function openSearch(opener: HTMLButtonElement): Promise<void> {
  const firstOpen = !mounted;
  const typing = bufferTyping();
  mounted ??= import(/* @vite-ignore */ opener.dataset.module!).then(() => window.crossguideOnDemand!.mountSearch!(opener));
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

if (button) {
  button.addEventListener('click', () => void openSearch(button));
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.isComposing || event.altKey) return;
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !isTyping(event.target);
    const modK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.shiftKey;
    if (!slash && !modK) return;
    event.preventDefault();
    if (document.querySelector<HTMLDialogElement>('pagefind-modal dialog')?.open) return;
    void openSearch(button);
  });
}
