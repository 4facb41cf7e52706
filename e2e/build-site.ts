/**
 * Builds one test site with Astro's programmatic `build()`: the site's own
 * folder is the project root, so its content, generated pages, `.astro/`,
 * caches and output stay inside it and builds never share a cache.
 * Usage: node e2e/build-site.ts <site folder> [base] [site URL]
 *
 * A process of its own per build: the crossguide integration ends the
 * process with the maintainer's one-line diagnostics when the content is broken.
 */
import { join, relative } from 'node:path';
import { build } from 'astro';

const projectRoot = join(import.meta.dirname, '..');
const [root, base, site] = process.argv.slice(2);
if (!root) throw new Error('usage: node e2e/build-site.ts <site folder> [base] [site URL]');

await build({
  root,
  // Astro joins the config file's path to the root, so it must be relative.
  configFile: relative(root, join(projectRoot, 'astro.config.mjs')),
  srcDir: join(projectRoot, 'src'),
  publicDir: join(projectRoot, 'public'),
  outDir: join(root, 'dist'),
  cacheDir: join(root, '.cache', 'astro'),
  vite: { cacheDir: join(root, '.cache', 'vite') },
  ...(base ? { base } : {}),
  ...(site ? { site } : {}),
});
