import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { cachedBytes, writeFileAtomic } from './file-cache.ts';

test('a cache file is written whole into a new folder, leaving no temporary file beside it', () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'file-cache-')), 'deep', 'er');
  writeFileAtomic(join(dir, 'cache.json'), '{"stamp":1}');
  writeFileAtomic(join(dir, 'cache.json'), '{"stamp":2}');
  expect(readFileSync(join(dir, 'cache.json'), 'utf8')).toBe('{"stamp":2}');
  expect(readdirSync(dir)).toEqual(['cache.json']);
});

test('bytes made once are reused by hash of their input', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'file-cache-'));
  let made = 0;
  const make = async () => (made++, new TextEncoder().encode('png'));
  await cachedBytes(dir, 'card 1', make);
  expect(new TextDecoder().decode(await cachedBytes(dir, 'card 1', make))).toBe('png');
  expect(made).toBe(1);
  expect(existsSync(dir)).toBe(true);
});
