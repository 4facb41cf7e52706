/**
 * Pinned expectations of fixture tests, read as unified's fixture runners do:
 * only `UPDATE=1` writes them, so a new fixture fails until someone writes
 * and reads its expectation instead of passing with whatever it produced.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';

/**
 * The JSON pinned at `path`, after writing `actual` there when `update` is set.
 * @throws when the file is missing and `update` is not set.
 */
export function readExpected(path: string, actual: unknown, update = Boolean(process.env.UPDATE)): unknown {
  if (update) writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
  if (!existsSync(path))
    throw new Error(`${relative(process.cwd(), path)} is missing: run \`UPDATE=1 npm run test:unit\` to write it, then read the diff`);
  return JSON.parse(readFileSync(path, 'utf8'));
}
