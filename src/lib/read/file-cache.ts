/**
 * The build's caches on disk: a folder of files named by the hash of what
 * they were made from, so a rebuild reuses what an earlier build made from
 * the same input; stamps of the code a cache depends on; and the one way
 * every cache file is written.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A hash of `files`' paths and contents, to stamp a cache with the code it depends on; a missing file counts as empty. */
export function filesStamp(files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(existsSync(file) ? readFileSync(file) : '')
      .update('\0');
  return hash.digest('base64');
}

/** The bytes `make` gives for `input`, from `dir` when an earlier call made them. */
export async function cachedBytes(dir: string, input: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const path = join(dir, createHash('sha256').update(input).digest('hex'));
  try {
    return readFileSync(path);
  } catch {
    const bytes = await make();
    writeFileAtomic(path, bytes);
    return bytes;
  }
}

/**
 * Writes a cache file whole, then renames it into place, so a build stopped midway leaves no half
 * file to read, and two builds writing at once never interleave (each writes its own temporary file).
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, path);
}
