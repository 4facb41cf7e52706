/**
 * On a page opened from a search result (`?highlight=term`), marks the search
 * terms with Pagefind's highlight script; other visits load nothing.
 */
import { HIGHLIGHT_PARAM, searchBundlePath } from '../lib/site/urls.ts';

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  const url = `${searchBundlePath(import.meta.env.BASE_URL)}pagefind-highlight.js`;
  import(/* @vite-ignore */ url)
    .then(({ default: PagefindHighlight }) => new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false }))
    .catch(() => {
      // The page reads fine without marks; nothing to report to the reader.
    });
}
