/**
 * One cold `astro build` of a content folder: fresh generated and output
 * folders, `--force` to drop Astro's content cache, wall-clock time, the
 * stages the integrations record, and peak memory of the whole process tree.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { trackProcessTree } from './process-tree.ts';

/** Wall-clock time, peak memory and CPU time of one command's whole process tree. */
export interface MeasuredRun {
  totalMs: number;
  peakRssBytes: number;
  /** User + system CPU time: less sensitive than wall-clock time to other work on the machine. */
  cpuMs: number;
}

export interface BuildRun extends MeasuredRun {
  /** Milliseconds per stage recorded through `CROSSGUIDE_TIMINGS`: `load`, `render`, `verify` and `write` before Astro builds, `previews` (drawing the link-preview images, beside the build), `index` after. */
  stages: Record<string, number>;
  /** HTML pages written. */
  pages: number;
  outDir: string;
}

const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

/** Sums the `{"stage","ms"}` lines the integrations append; a stage recorded twice counts twice. */
export function parseTimings(text: string): Record<string, number> {
  const stages: Record<string, number> = {};
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const { stage, ms } = JSON.parse(line) as { stage: string; ms: number };
    stages[stage] = (stages[stage] ?? 0) + ms;
  }
  return stages;
}

export const countPages = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length;

/**
 * Runs `node args` in `cwd` with the Node that runs the benchmark (so the pinned
 * version builds), timing it and tracking its process tree. Throws with the end
 * of its output when it fails.
 */
export async function measureNode(args: readonly string[], { cwd, env = {} }: { cwd: string; env?: Record<string, string> }): Promise<MeasuredRun> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const usage = trackProcessTree(child.pid!);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const totalMs = performance.now() - started;
  const { peakRssBytes, cpuMs } = usage.stop();
  if (code !== 0) throw new Error(`${args.join(' ')} in ${cwd} exited with ${code}:\n${output.split('\n').slice(-30).join('\n')}`);
  return { totalMs, peakRssBytes, cpuMs };
}

/** Builds `contentDir` into `workDir/dist`, with `root` as the project folder. Throws with the build's output when it fails. */
export async function coldBuild({ root, contentDir, workDir }: { root: string; contentDir: string; workDir: string }): Promise<BuildRun> {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  // Cold as the yardstick's builds are: no content, Vite, rendered-answer or preview-image cache from an earlier build.
  for (const cache of ['.astro', '.vite']) rmSync(join(root, 'node_modules', cache), { recursive: true, force: true });
  const outDir = join(workDir, 'dist');
  const timings = join(workDir, 'timings.jsonl');
  const run = await measureNode([astroBin, 'build', '--force', '--outDir', outDir], {
    cwd: root,
    env: { CROSSGUIDE_CONTENT: contentDir, CROSSGUIDE_GENERATED: join(workDir, 'generated'), CROSSGUIDE_TIMINGS: timings },
  });
  return {
    ...run,
    stages: existsSync(timings) ? parseTimings(readFileSync(timings, 'utf8')) : {},
    pages: countPages(outDir),
    outDir,
  };
}
