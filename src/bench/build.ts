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

export interface BuildRun {
  totalMs: number;
  /** Milliseconds per stage recorded through `CROSSGUIDE_TIMINGS`, e.g. `ingest`, `verify`, `index`. */
  stages: Record<string, number>;
  peakRssBytes: number;
  /** CPU time of the build's process tree, less sensitive than wall-clock time to other work on the machine. */
  cpuMs: number;
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

const countPages = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length;

/** Builds `contentDir` into `workDir/dist`, with `root` as the project folder. Throws with the build's output when it fails. */
export async function coldBuild({ root, contentDir, workDir }: { root: string; contentDir: string; workDir: string }): Promise<BuildRun> {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const outDir = join(workDir, 'dist');
  const timings = join(workDir, 'timings.jsonl');

  const started = performance.now();
  // The same Node that runs the benchmark, so the project's pinned version builds.
  const child = spawn(process.execPath, [astroBin, 'build', '--force', '--outDir', outDir], {
    cwd: root,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      CROSSGUIDE_CONTENT: contentDir,
      CROSSGUIDE_GENERATED: join(workDir, 'generated'),
      CROSSGUIDE_TIMINGS: timings,
    },
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
  if (code !== 0) throw new Error(`astro build of ${contentDir} exited with ${code}:\n${output.split('\n').slice(-30).join('\n')}`);
  return {
    totalMs,
    stages: existsSync(timings) ? parseTimings(readFileSync(timings, 'utf8')) : {},
    peakRssBytes,
    cpuMs,
    pages: countPages(outDir),
    outDir,
  };
}
