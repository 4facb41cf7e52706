// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import crossguide from './src/integrations/crossguide.ts';

export default defineConfig({
  site: process.env.SITE_URL || 'http://127.0.0.1:4321',
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [crossguide(), mdx()],
  markdown: {
    // Source text is shown as written: no curly quotes or dashes in place of a source's `"` and `--`.
    processor: unified({ remarkPlugins: [remarkGfm], smartypants: false }),
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark' },
      defaultColor: 'light',
    },
  },
  devToolbar: { enabled: false },
});
