/**
 * The rendered-answers cache on disk, stamped with what rendering depends on
 * besides each answer's tree: the rendering code and the locked package
 * versions. A file written under another stamp is not reused, so after an
 * upgrade or a change to the renderer no answer keeps its old HTML.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesStamp, writeFileAtomic } from '../read/file-cache.ts';
import type { RenderedAnswer } from './answer-html.ts';
import type { RenderCache } from './guide.ts';

const projectRoot = join(import.meta.dirname, '..', '..', '..');

/** This folder's modules, the site's highlighting setup and the lockfile (Shiki's and the hast utilities' versions). */
export const rendererFiles = (): string[] => [
  ...readdirSync(import.meta.dirname)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .sort()
    .map((name) => join(import.meta.dirname, name)),
  join(projectRoot, 'src', 'integrations', 'highlight.ts'),
  join(projectRoot, 'package-lock.json'),
];

/** What the cache file is stamped with: a hash of `files`' contents. */
export const rendererStamp = (files: readonly string[] = rendererFiles()): string => filesStamp(files);

interface CacheFile {
  stamp: string;
  answers: Array<[string, RenderedAnswer]>;
}

/** The answers an earlier run rendered under `stamp`; none when there was no run, its file does not read, or another stamp wrote it. */
export function readRenderCache(file: string, stamp: string): RenderCache {
  try {
    const cached = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>;
    return cached.stamp === stamp && Array.isArray(cached.answers) ? new Map(cached.answers) : new Map();
  } catch {
    return new Map();
  }
}

export function writeRenderCache(file: string, stamp: string, cache: RenderCache): void {
  writeFileAtomic(file, JSON.stringify({ stamp, answers: [...cache] } satisfies CacheFile));
}
