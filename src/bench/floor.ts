/**
 * The floor under a build of these answers on this machine with this stack:
 * two things every build must do, each measured alone and without anything
 * else Crossguide does (aligning, comparing, highlighting, the nothing-lost
 * check, preview images, its layouts and scripts):
 * - parse every source once with the pipeline's Markdown parser, on every
 *   core (`parse-floor.ts`);
 * - a bare Astro project building the very HTML pages Crossguide's build
 *   wrote, one route returning each page as it is, then Pagefind indexing
 *   the question pages.
 * Parsing must end before a page can be built, so the floor is their sum.
 * A budget below the floor cannot be met by any change to Crossguide alone.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { countPages, measureNode, type MeasuredRun } from './build.ts';

/** Source files the parse floor reads: Markdown and plain text, the formats parsed as Markdown whole. */
export function floorSources(sourcesDir: string): string[] {
  return readdirSync(sourcesDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && ['.md', '.markdown', '.txt'].includes(extname(entry.name).toLowerCase()))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Milliseconds to parse `files` once on every core; 0 for no files. */
export function parseFloor(files: readonly string[]): number {
  if (!files.length) return 0;
  const script = join(import.meta.dirname, 'parse-floor.ts');
  const output = execFileSync(process.execPath, [script, ...files], { encoding: 'utf8' });
  return (JSON.parse(output) as { ms: number }).ms;
}

// One route serves every page of the built site from its file, unchanged.
const PAGE_ROUTE = `---
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
export function getStaticPaths() {
  const site = process.env.FLOOR_PAGES;
  return readdirSync(site, { recursive: true })
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ params: { path: file.replace(/(^|\\/)index\\.html$/, '').replace(/\\.html$/, '') || undefined }, props: { file: join(site, file) } }));
}
const html = readFileSync(Astro.props.file, 'utf8');
---
<Fragment set:html={html} />
`;

const CONFIG = `import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export default {
  cacheDir: './cache/astro',
  vite: { cacheDir: './cache/vite' },
  integrations: [{
    name: 'floor-search',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const site = fileURLToPath(dir);
        const { index } = await pagefind.createIndex();
        await index.addDirectory({ path: site, glob: 'questions/**/*.html' });
        await index.writeFiles({ outputPath: site + 'pagefind' });
        await pagefind.close();
      },
    },
  }],
};
`;

/** Writes the bare Astro project into `dir`, using the project's own installed Astro and Pagefind. */
export function prepareFloorSite(dir: string, root: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'crossguide-floor', private: true, type: 'module' })}\n`);
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src', 'pages', '[...path].astro'), PAGE_ROUTE);
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

/** One cold build of the bare project over the pages in `pagesDir`. */
export async function floorBuild(dir: string, pagesDir: string): Promise<MeasuredRun & { pages: number }> {
  for (const cache of ['dist', '.astro', 'cache']) rmSync(join(dir, cache), { recursive: true, force: true });
  const astro = join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const run = await measureNode([astro, 'build'], { cwd: dir, env: { FLOOR_PAGES: pagesDir } });
  const pages = countPages(join(dir, 'dist'));
  if (!statSync(join(dir, 'dist', 'pagefind')).isDirectory()) throw new Error(`the floor build in ${dir} wrote no search index`);
  return { ...run, pages };
}
