import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { planGuide } from './load.ts';
import { readAlone } from './read-all.ts';
import { loadReadCache, readerFiles, readerStamp, saveReadCache, sourceHash, type ReadCache } from './read-cache.ts';
import { readAloneInParallel } from './read-parallel.ts';

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function guideFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'crossguide-read-cache-'));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, 'sources', name, '..'), { recursive: true });
    writeFileSync(join(dir, 'sources', name), text);
  }
  return dir;
}

describe('the read cache', () => {
  test('gives back a source whose bytes did not change, and reads again the one that changed', async () => {
    const dir = guideFolder({ '001_a.md': '1. What is a tensor?\n\nAn array.\n', '002_b.md': '1. What is a tensor?\n\nA typed array.\n' });
    const cache: ReadCache = new Map();
    const { entries } = planGuide(dir, dir);
    const first = await readAloneInParallel(entries, { cache });
    expect(first).toEqual(entries.map(readAlone));
    writeFileSync(join(dir, 'sources', '002_b.md'), '1. What is a tensor?\n\nA typed, many-dimensional array.\n');
    const second = await readAloneInParallel(entries, { cache });
    // The unchanged source is the very reading kept; the changed one is read anew.
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second).toEqual(entries.map(readAlone));
  });

  test('round-trips through its file under the same stamp, keeps only the guide’s sources, and starts empty under another stamp or from a broken file', async () => {
    const dir = guideFolder({ '001_a.md': '1. What is a tensor?\n\nAn array.\n' });
    const { entries } = planGuide(dir, dir);
    const cache: ReadCache = new Map([['gone.md', { hash: 'x', read: { diagnostics: [], files: [] } }]]);
    await readAloneInParallel(entries, { cache });
    const file = join(dir, 'cache', 'sources.bin');
    saveReadCache(file, 'stamp-1', cache, entries);
    const loaded = loadReadCache(file, 'stamp-1');
    expect([...loaded.keys()]).toEqual([entries[0]!.file]);
    expect(loaded.get(entries[0]!.file)).toEqual(cache.get(entries[0]!.file));
    expect(loadReadCache(file, 'stamp-2').size).toBe(0);
    writeFileSync(file, 'not a cache');
    expect(loadReadCache(file, 'stamp-1').size).toBe(0);
    expect(loadReadCache(join(dir, 'missing.bin'), 'stamp-1').size).toBe(0);
  });

  test('hashes a folder source by its file names and bytes', () => {
    const dir = guideFolder({ '001_folder/q1.md': 'An array.\n', '001_folder/q2.md': 'A graph.\n' });
    const folder = join(dir, 'sources', '001_folder');
    const before = sourceHash(folder);
    writeFileSync(join(folder, 'q2.md'), 'A function graph.\n');
    expect(sourceHash(folder)).not.toBe(before);
  });

  test('is stamped with the parsers, the rest of the library and the lockfile, not with tests', () => {
    const files = readerFiles();
    expect(files.some((file) => file.endsWith(join('parse', 'numbered-text.ts')))).toBe(true);
    expect(files.some((file) => file.endsWith('markdown.ts'))).toBe(true);
    expect(files.some((file) => file.endsWith('package-lock.json'))).toBe(true);
    expect(files.some((file) => file.endsWith('.test.ts') || file.includes('__fixtures__'))).toBe(false);
    expect(readerStamp(files)).toBe(readerStamp(files));
    expect(readerStamp(files.slice(1))).not.toBe(readerStamp(files));
  });
});
