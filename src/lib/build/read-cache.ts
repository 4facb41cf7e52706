/**
 * Each source's first reading (`readAlone`) kept between runs, by a hash of
 * its bytes: a rebuild, or a reload of `astro dev`, after a change to one
 * file parses that file alone. The file is stamped with the code that reads
 * sources (every module of `src/lib/`) and the lockfile, so after a change to
 * the parser or an upgrade of a Markdown package no source keeps its old reading.
 * Stored in V8's serialisation format: a guide's trees read back several
 * times faster than they parse, and far faster than JSON.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { isSkipped } from '../read/contained.ts';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { filesStamp, writeFileAtomic } from '../read/file-cache.ts';
import type { SourceEntry } from './read-all.ts';
import type { ReadSource } from './read.ts';

/** Readings by the source's project-relative path, each with the hash of the bytes it was read from. */
export type ReadCache = Map<string, { hash: string; read: ReadSource }>;

const projectRoot = join(import.meta.dirname, '..', '..', '..');
const library = join(import.meta.dirname, '..');

/** Every module of `src/lib/` (tests aside) and the lockfile. */
export function readerFiles(dir = library): string[] {
  const modules = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.split(/[\\/]/).includes('__fixtures__'))
    .sort()
    .map((name) => join(dir, name));
  return [...modules, join(projectRoot, 'package-lock.json')];
}

/** What the cache file is stamped with: a hash of `files`' contents. */
export const readerStamp = (files: readonly string[] = readerFiles()): string => filesStamp(files);

/** A hash of a source's bytes: the file's, or every name and file in a source folder, in order. */
export function sourceHash(path: string): string {
  const hash = createHash('sha256');
  // Only what a reading reads: a link is hashed by where it leads (never read here), skipped files not at all.
  const add = (at: string) => {
    if (lstatSync(at).isSymbolicLink()) return void hash.update(`-> ${readlinkSync(at)}`).update('\0');
    if (!statSync(at).isDirectory()) return void hash.update(readFileSync(at)).update('\0');
    for (const name of readdirSync(at).sort()) {
      if (isSkipped(name)) continue;
      hash.update(name).update('\0');
      add(join(at, name));
    }
  };
  add(path);
  return hash.digest('base64');
}

interface StoredCache {
  stamp: string;
  sources: ReadCache;
}

/** The readings an earlier run kept under `stamp`; none when there was no run, the file does not read, or another stamp wrote it. */
export function loadReadCache(file: string, stamp: string): ReadCache {
  try {
    const stored = deserialize(readFileSync(file)) as Partial<StoredCache>;
    return stored.stamp === stamp && stored.sources instanceof Map ? stored.sources : new Map();
  } catch {
    return new Map();
  }
}

/** Keeps the readings of the sources in `entries` only, so the file never outgrows the guide. */
export function saveReadCache(file: string, stamp: string, cache: ReadCache, entries: readonly SourceEntry[]): void {
  const kept: ReadCache = new Map(
    entries.flatMap((entry) => (cache.has(entry.file) ? [[entry.file, cache.get(entry.file)!] as const] : [])),
  );
  writeFileAtomic(file, serialize({ stamp, sources: kept } satisfies StoredCache));
}
