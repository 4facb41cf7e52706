/**
 * "Copy link" buttons copy the absolute URL of the heading they belong to, the
 * one that describes them (`aria-describedby="answer-003"`), and announce "Copied" in the page's live
 * region. Without JavaScript the buttons stay hidden and the heading's own
 * link still leads to the same URL.
 */
const liveRegion = document.querySelector<HTMLElement>('#copy-status');
const resetTimers = new WeakMap<HTMLElement, number>();

/** Says `message` through the live region, even when it repeats. */
function announce(message: string): void {
  if (!liveRegion) return;
  liveRegion.textContent = '';
  requestAnimationFrame(() => (liveRegion.textContent = message));
}

/** Shows `text` on the button for a moment, then its own label again. */
function flash(button: HTMLElement, text: string): void {
  const label = button.querySelector<HTMLElement>('.copy-link-label');
  if (!label) return;
  label.textContent = text;
  clearTimeout(resetTimers.get(button));
  resetTimers.set(
    button,
    window.setTimeout(() => (label.textContent = 'Copy link'), 2000),
  );
}

document.addEventListener('click', async (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-copy-link]') : null;
  if (!button) return;
  // The page's own address, without a search's `?highlight=`, and the heading's fragment.
  const url = new URL(`#${button.getAttribute('aria-describedby') ?? ''}`, location.href);
  url.search = '';
  try {
    await navigator.clipboard.writeText(url.href);
    flash(button, 'Copied');
    announce('Copied');
  } catch {
    // No clipboard access (e.g. an insecure origin): put the link in the address bar instead.
    location.hash = url.hash;
    announce('Link is in the address bar');
  }
});

export {};
