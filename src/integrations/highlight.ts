/** Highlights answers' code blocks as the site does: Astro's own Shiki plugin with the site's settings. */
import { rehypeShiki } from '@astrojs/markdown-remark';
import type { Highlight } from '../lib/render/answer-html.ts';
import { shikiConfig } from '../lib/render/shiki-config.ts';

/** One highlighter, created on first use; `astro.config.mjs` reads the same settings. */
export function siteHighlight(): Highlight {
  // rehypeShiki is typed as a unified plugin; called directly it returns the transformer.
  return (rehypeShiki as unknown as (config: typeof shikiConfig) => Highlight)(shikiConfig);
}
