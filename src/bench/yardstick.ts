/**
 * The yardstick: Starlight building the same answers as Crossguide, from
 * `../shared/yardstick` (its README says how). The folder is copied to a
 * scratch folder kept across runs, so its `npm install` is paid again only
 * when its package.json changes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { countPages, measureNode, type MeasuredRun } from './build.ts';

/** The seed the yardstick's figures were measured with; both sides build these answers. */
export const SYNTH_SEED = 42;

export interface Yardstick {
  /** The shared folder the scripts come from. */
  source: string;
  /** The installed scratch copy that builds. */
  dir: string;
  starlight: string;
  astro: string;
}

const INSTALLED = join('node_modules', '.installed-package.json');
const version = (dir: string, name: string) =>
  (JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

/** Copies `source` to `dir` (as writable files: the shared folder may be read-only) and installs it when needed. */
export function prepareYardstick(source: string, dir: string, log: (line: string) => void): Yardstick {
  // The site's own files are copied afresh each run, so a change to the shared folder is never missed.
  rmSync(join(dir, 'src'), { recursive: true, force: true });
  for (const entry of readdirSync(source, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const from = join(entry.parentPath, entry.name);
    const to = join(dir, from.slice(source.length));
    mkdirSync(dirname(to), { recursive: true });
    writeFileSync(to, readFileSync(from));
  }
  const wanted = readFileSync(join(source, 'package.json'), 'utf8');
  const installed = join(dir, INSTALLED);
  if (!existsSync(installed) || readFileSync(installed, 'utf8') !== wanted) {
    log(`installing the yardstick in ${dir}`);
    rmSync(join(dir, 'node_modules'), { recursive: true, force: true });
    rmSync(join(dir, 'package-lock.json'), { force: true });
    // npm's own scripts run on the benchmark's Node, not whatever older one is first on PATH.
    const PATH = `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`;
    const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir, env: { ...process.env, PATH }, stdio: ['ignore', 2, 2] });
    if (npm.status !== 0) throw new Error(`npm install of the yardstick in ${dir} exited with ${npm.status ?? npm.error}`);
    // Written last, so an install that failed halfway is retried next run.
    writeFileSync(installed, wanted);
  }
  return { source, dir, starlight: version(dir, '@astrojs/starlight'), astro: version(dir, 'astro') };
}

/** Writes the yardstick's synthetic answer files (`NNN_synth.txt`) into `outDir`, which it empties first. */
export function writeSynth(source: string, outDir: string, questions: number, sources: number): void {
  execFileSync(process.execPath, [join(source, 'gen-synth.mjs'), outDir, String(questions), String(sources), String(SYNTH_SEED)], { stdio: 'ignore' });
}

/** Replaces the yardstick site's pages with one page per question of the `.txt` files in `sourcesDir`. */
export function stageAnswers(yardstick: Yardstick, sourcesDir: string): void {
  const docs = join(yardstick.dir, 'src', 'content', 'docs');
  rmSync(docs, { recursive: true, force: true });
  execFileSync(process.execPath, [join(yardstick.dir, 'split.mjs'), sourcesDir, docs], { cwd: yardstick.dir, stdio: 'ignore' });
}

/** One cold Starlight build of the staged pages: every cache Astro and Vite keep is removed first. */
export async function yardstickBuild(yardstick: Yardstick): Promise<MeasuredRun & { pages: number }> {
  const { dir } = yardstick;
  for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(dir, cache), { recursive: true, force: true });
  const run = await measureNode([join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { cwd: dir });
  return { ...run, pages: countPages(join(dir, 'dist')) };
}
