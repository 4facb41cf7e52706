/**
 * A guide built from a test's own content: a folder under `test-results/sites/`
 * that holds `content/` and, after the build, everything Astro writes.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { startStaticServer } from './static-server.ts';
import { loadGuide } from '../src/lib/build/load.ts';
import { readSourceText } from '../src/lib/read/decode.ts';
import { builtPageText } from '../src/lib/verify/built-pages.ts';
import { findMissingLines } from '../src/lib/verify/visible.ts';

export const projectRoot = join(import.meta.dirname, '..');
const compileCache = join(projectRoot, 'node_modules', '.cache', 'node-compile');

export interface TestSite {
  /** The site's project root; its content folder is `content/`. */
  root: string;
  content: string;
  /** The pages and answers the crossguide integration generates. */
  generated: string;
  outDir: string;
}

/** A fresh, empty site folder named `name`; `copyShipped` fills its content folder with the shipped `content/`. */
export function createTestSite(name: string, { copyShipped = false } = {}): TestSite {
  const root = join(projectRoot, 'test-results', 'sites', name);
  rmSync(root, { recursive: true, force: true });
  const content = join(root, 'content');
  mkdirSync(content, { recursive: true });
  if (copyShipped) cpSync(join(projectRoot, 'content'), content, { recursive: true });
  return { root, content, generated: join(root, '.generated'), outDir: join(root, 'dist') };
}

export interface BuildResult {
  status: number | null;
  /** What the build printed, stdout and stderr together. */
  output: string;
}

/** Builds the site in a process of its own; several builds can run at once. */
export function buildTestSite(
  site: TestSite,
  { base, siteUrl, strict = false, killWhen }: { base?: string; siteUrl?: string; strict?: boolean; killWhen?: () => boolean } = {},
): Promise<BuildResult> {
  const args = [join(projectRoot, 'e2e', 'build-site.ts'), site.root, base ?? '', siteUrl ?? ''];
  // Node keeps the compiled code of Astro, Vite and the pipeline on disk, so every build after
  // the first skips compiling them again: about a second of CPU per build on a 2-core machine.
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_COMPILE_CACHE: compileCache };
  // The site's folder decides where content and generated pages are, not a folder named by the environment.
  delete env.CROSSGUIDE_CONTENT;
  delete env.CROSSGUIDE_GENERATED;
  // What `npm run build -- --strict` asks for, as a programmatic build takes it.
  if (strict) env.CROSSGUIDE_STRICT = '1';
  else delete env.CROSSGUIDE_STRICT;
  const child = spawn(process.execPath, args, { cwd: site.root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  // `killWhen`: the build is killed, as a machine or a CI runner would stop it, once that state is reached.
  const watch = killWhen && setInterval(() => killWhen() && child.kill('SIGKILL'), 10);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      if (watch) clearInterval(watch);
      resolve({ status, output });
    });
  });
}

/** Builds the guide whose content `fill` writes into site folder `name`, checks it built with nothing lost, and serves it on 127.0.0.1. */
export async function buildAndServe(name: string, fill: (content: string) => void) {
  const site = createTestSite(name);
  fill(site.content);
  const { status, output } = await buildTestSite(site);
  expect(status, output).toBe(0);
  expect(output).toMatch(/every one of \d+ source lines is visible on the site/);
  // The same, read from the built HTML (verify/built-pages.ts): what a reader gets, whatever made the pages.
  const { guide } = loadGuide(site.content, site.root);
  const missing = guide
    ? findMissingLines({
        guide,
        readSource: (file) => readSourceText(join(site.root, file), file),
        pageText: builtPageText(site.outDir, guide),
      })
    : [];
  expect(
    missing.map((d) => `${d.file}:${d.line}: ${d.message}`),
    'source lines missing from the built pages',
  ).toEqual([]);
  const server = await startStaticServer({ dir: site.outDir, port: 0 });
  return { url: server.url.replace(/\/$/, ''), output, root: site.root, outDir: site.outDir, close: () => server.close() };
}
