/** Whether a built site is older than what it is built from, so tests never judge a stale dist/. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What `npm run build` reads, relative to the project root; tests and their fixtures are not part of it. */
export const buildInputs = ['astro.config.mjs', 'package-lock.json', 'content', 'public', 'src'];
// The benchmark lives in src/ but no page imports it.
const notBuilt = (path: string) =>
  path.endsWith('.test.ts') || path.split(/[\\/]/).includes('__fixtures__') || /^src[\\/]bench[\\/]/.test(path);

/** Files under `inputs` (relative to `root`) changed after `builtFile` was written, newest first. */
export function newerInputs(builtFile: string, root: string, inputs: readonly string[] = buildInputs): string[] {
  const built = statSync(builtFile).mtimeMs;
  const files = inputs.flatMap((input) => {
    const path = join(root, input);
    if (!existsSync(path)) return [];
    if (!statSync(path).isDirectory()) return [path];
    return readdirSync(path, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name));
  });
  return files
    .map((path) => ({ path: relative(root, path), mtime: statSync(path).mtimeMs }))
    .filter(({ path, mtime }) => mtime > built && !notBuilt(path))
    .sort((a, b) => b.mtime - a.mtime)
    .map(({ path }) => path);
}

/** Throws one readable error when `dir`'s index.html is missing or older than a build input. */
export function assertFreshBuild(dir: string, root: string): void {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) throw new Error(`${relative(root, dir)}/ has no built site: run \`npm run build\` first.`);
  const newer = newerInputs(index, root);
  if (newer.length) {
    const shown = newer.slice(0, 3).join(', ') + (newer.length > 3 ? ` and ${newer.length - 3} more` : '');
    throw new Error(`${relative(root, dir)}/ is older than ${shown}: run \`npm run build\` again so the tests check the current sources.`);
  }
}
