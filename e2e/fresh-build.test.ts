import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { assertFreshBuild, newerInputs } from './fresh-build.ts';

/** A project whose dist/ was built at t = 100 s, with the given files written at the given times. */
function project(files: Record<string, number>): string {
  const root = mkdtempSync(join(tmpdir(), 'crossguide-fresh-'));
  for (const [path, seconds] of Object.entries({ 'dist/index.html': 100, ...files })) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), '');
    utimesSync(join(root, path), seconds, seconds);
  }
  return root;
}

describe('a stale build', () => {
  test('is one whose sources, content or config changed after dist/ was written', () => {
    const root = project({ 'src/lib/align.ts': 200, 'content/sources/000.txt': 300, 'astro.config.mjs': 50, 'src/pages/index.astro': 90 });
    expect(newerInputs(join(root, 'dist', 'index.html'), root)).toEqual(['content/sources/000.txt', 'src/lib/align.ts']);
    expect(() => assertFreshBuild(join(root, 'dist'), root)).toThrow(
      'dist/ is older than content/sources/000.txt, src/lib/align.ts: run `npm run build` again so the tests check the current sources.',
    );
  });

  test('is not one where only tests, their fixtures or the benchmark changed', () => {
    const root = project({
      'src/lib/align.test.ts': 200,
      'src/lib/parse/__fixtures__/x/input.txt': 200,
      'src/bench/run.ts': 200,
      'src/lib/align.ts': 50,
    });
    expect(() => assertFreshBuild(join(root, 'dist'), root)).not.toThrow();
  });

  test('a missing build says to build first', () => {
    const root = mkdtempSync(join(tmpdir(), 'crossguide-fresh-'));
    expect(() => assertFreshBuild(join(root, 'dist'), root)).toThrow('dist/ has no built site: run `npm run build` first.');
  });
});
