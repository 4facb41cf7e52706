/**
 * A folder of files named by the hash of what they were made from, so a
 * rebuild reuses what an earlier build made from the same input.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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
    mkdirSync(dir, { recursive: true });
    // Written whole, then renamed, so a build stopped midway leaves no half file to reuse.
    writeFileSync(`${path}.tmp`, bytes);
    renameSync(`${path}.tmp`, path);
    return bytes;
  }
}
