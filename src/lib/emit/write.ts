/** Writes generated files, touching only those whose contents changed. */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { EmittedFile } from './pages.ts';

/** Mirrors `files` into `outDir`: unchanged files keep their timestamps, stale ones are removed. */
export function writeGenerated(outDir: string, files: readonly EmittedFile[]): { written: number; removed: number } {
  const wanted = new Map(files.map((file) => [file.path, file.contents]));
  let written = 0;
  let removed = 0;
  for (const [path, contents] of wanted) {
    const target = join(outDir, path);
    if (existsSync(target) && readFileSync(target, 'utf8') === contents) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, contents);
    written++;
  }
  for (const path of existsSync(outDir) ? readdirSync(outDir, { recursive: true, withFileTypes: true }) : []) {
    if (!path.isFile()) continue;
    const rel = relative(outDir, join(path.parentPath, path.name)).split('\\').join('/');
    if (!wanted.has(rel)) {
      rmSync(join(outDir, rel));
      removed++;
    }
  }
  return { written, removed };
}
