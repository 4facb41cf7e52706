/**
 * KaTeX's stylesheet and fonts, served under `katex/` for the pages that show
 * math (`Base.astro` links the stylesheet only there), and copied into a build only when one does. The math itself is
 * rendered at build time (`lib/render/answer-html.ts`); no script is sent.
 */
import { copyFileSync, createReadStream, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** KaTeX's `dist/` folder. */
const katexDist = dirname(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'));
/** Every browser that runs the guide reads WOFF2, the first format the stylesheet offers. */
const files = [
  'katex.min.css',
  ...readdirSync(join(katexDist, 'fonts'))
    .filter((name) => name.endsWith('.woff2'))
    .map((name) => `fonts/${name}`),
];

export default function mathAssets(): AstroIntegration {
  return {
    name: 'crossguide:math',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use('/katex/', (request, response, next) => {
          const name = normalize(decodeURIComponent((request.url ?? '').split('?')[0]!.replace(/^\/+/, '')));
          if (!files.includes(name.split(sep).join('/'))) return next();
          response.setHeader('Content-Type', name.endsWith('.css') ? 'text/css' : 'font/woff2');
          createReadStream(join(katexDist, name)).pipe(response);
        });
      },
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        // A guide without math gets none of it: the files are copied only when a page links the stylesheet.
        const pages = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
        if (!pages.some((name) => readFileSync(join(root, name), 'utf8').includes('katex/katex.min.css'))) return;
        const out = join(root, 'katex');
        for (const name of files) {
          const target = join(out, name);
          if (!existsSync(dirname(target))) mkdirSync(dirname(target), { recursive: true });
          copyFileSync(join(katexDist, name), target);
        }
      },
    },
  };
}
