// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import crossguide from './src/integrations/crossguide.ts';
import mathAssets from './src/integrations/math-assets.ts';
import pagefind from './src/integrations/pagefind.ts';
import { shikiConfig } from './src/lib/render/shiki-config.ts';

// Where the guide is hosted: `SITE_URL` is the origin (canonical links and
// previews need it), `BASE_PATH` the folder, e.g. `/crossguide/` on GitHub Pages.
export default defineConfig({
  site: process.env.SITE_URL || 'http://127.0.0.1:4321',
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  // One round trip less before first paint: the stylesheet (about 4 KB gzipped) is inlined into each page.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // A component's scope as a class (`.astro-x1y2z3`) is shorter than as an attribute, in the markup and in every selector.
  scopedStyleStrategy: 'class',
  integrations: [
    crossguide(),
    mdx(),
    // Short links only redirect, so the sitemap lists the pages they lead to instead.
    sitemap({ filter: (page) => !/\/q\/[^/]+\/$/.test(page) }),
    pagefind(),
    mathAssets(),
  ],
  markdown: {
    // Source text is shown as written: no curly quotes or dashes in place of a source's `"` and `--`.
    processor: unified({ remarkPlugins: [remarkGfm], smartypants: false }),
    shikiConfig,
  },
  // Worker bundles are ES modules: the diff worker starts as a module worker, and the compare view
  // and the search modal are bundled the same way to be imported on first use.
  vite: { worker: { format: 'es' } },
  devToolbar: { enabled: false },
});
