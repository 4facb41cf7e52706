/**
 * The pathological inputs (`lib/pathological.ts`), each read as a source is
 * read, and timed: reading one must take time linear in its size, under 2 s
 * on the bench machine.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathologicalFiles } from '../lib/testing/pathological.ts';
import { readSource } from '../lib/build/read.ts';
import type { Pathological } from './results.ts';

/** Reads each file once, as a source, and times it. */
export function benchPathological(): Pathological[] {
  const dir = mkdtempSync(join(tmpdir(), 'crossguide-pathological-'));
  try {
    return Object.entries(pathologicalFiles()).map(([name, text]) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      const started = performance.now();
      const read = readSource('900', path, `content/sources/${name}`);
      const ms = performance.now() - started;
      const warning = read.diagnostics.find((d) => !d.fatal)?.ruleId;
      return { name, bytes: Buffer.byteLength(text), ms, answers: read.answerSet?.answers.length ?? 0, ...(warning ? { warning } : {}) };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
