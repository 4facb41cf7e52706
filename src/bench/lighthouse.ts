/**
 * Lighthouse on a served site, in the same Chromium and with the same flags
 * as the browser tests. Lighthouse connects to a Chromium started here with a
 * remote-debugging port, so it never looks for or downloads a browser.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import lighthouse, { desktopConfig, type Result } from 'lighthouse';
import { categorySchema, type Category, type FormFactor, type LighthouseResult, type LighthouseRun } from './results.ts';
import { median } from './stats.ts';

export interface LighthouseOptions {
  origin: string;
  paths: string[];
  formFactors: FormFactor[];
  runs: number;
  executablePath: string;
  args: string[];
  /** Remote-debugging port for Chromium. */
  port: number;
  profileDir: string;
}

const METRICS = { fcpMs: 'first-contentful-paint', lcpMs: 'largest-contentful-paint', tbtMs: 'total-blocking-time', cls: 'cumulative-layout-shift' } as const;

async function startChromium({ executablePath, args, port, profileDir }: LighthouseOptions): Promise<ChildProcess> {
  rmSync(profileDir, { recursive: true, force: true });
  mkdirSync(profileDir, { recursive: true });
  const chromium = spawn(executablePath, [...args, '--headless=new', `--remote-debugging-port=${port}`, `--user-data-dir=${profileDir}`, 'about:blank'], { stdio: 'ignore' });
  const exited = new Promise<never>((_, reject) => {
    chromium.on('error', reject);
    chromium.on('exit', (code) => reject(new Error(`Chromium exited with ${code} before it listened on port ${port}`)));
  });
  const listening = (async () => {
    for (let attempt = 0; attempt < 100; attempt++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`Chromium did not listen on port ${port} within 10 s`);
  })();
  await Promise.race([listening, exited]);
  chromium.removeAllListeners('exit');
  return chromium;
}

/** Medians of scores and metrics over the runs; failing audits from the run with the median performance score. */
export function summariseRuns(path: string, formFactor: FormFactor, results: readonly Result[]): LighthouseRun {
  const score = (result: Result, category: Category) => Math.round((result.categories[category]?.score ?? 0) * 100);
  const metric = (result: Result, id: string) => result.audits[id]?.numericValue ?? Number.NaN;
  const byPerformance = [...results].sort((a, b) => score(a, 'performance') - score(b, 'performance'));
  const middle = byPerformance[(byPerformance.length - 1) >> 1]!;
  const failing = Object.values(middle.audits)
    .filter((audit) => audit.score !== null && audit.score < 1 && (audit.scoreDisplayMode === 'binary' || audit.scoreDisplayMode === 'numeric' || audit.scoreDisplayMode === 'metricSavings'))
    .map((audit) => ({ id: audit.id, score: audit.score!, ...(audit.displayValue ? { displayValue: audit.displayValue } : {}) }));
  return {
    path,
    formFactor,
    runs: results.length,
    scores: Object.fromEntries(categorySchema.options.map((category) => [category, median(results.map((r) => score(r, category)))])) as Record<Category, number>,
    fcpMs: median(results.map((r) => metric(r, METRICS.fcpMs))),
    lcpMs: median(results.map((r) => metric(r, METRICS.lcpMs))),
    tbtMs: median(results.map((r) => metric(r, METRICS.tbtMs))),
    cls: median(results.map((r) => metric(r, METRICS.cls))),
    failing,
  };
}

/** Runs Lighthouse `runs` times per page and form factor; any failure is reported, never replaced by a made-up score. */
export async function measureLighthouse(options: LighthouseOptions, log: (line: string) => void): Promise<LighthouseResult> {
  let chromium: ChildProcess | undefined;
  try {
    chromium = await startChromium(options);
    const pages: LighthouseRun[] = [];
    let version = '';
    for (const path of options.paths) {
      for (const formFactor of options.formFactors) {
        const results: Result[] = [];
        for (let run = 0; run < options.runs; run++) {
          const result = await lighthouse(
            options.origin + path,
            { port: options.port, hostname: '127.0.0.1', output: 'json', logLevel: 'error', onlyCategories: [...categorySchema.options] },
            formFactor === 'desktop' ? desktopConfig : undefined,
          );
          if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
          if (result.lhr.runtimeError) throw new Error(`Lighthouse could not load ${path}: ${result.lhr.runtimeError.message}`);
          version = result.lhr.lighthouseVersion;
          results.push(result.lhr);
        }
        const summary = summariseRuns(path, formFactor, results);
        log(`lighthouse ${formFactor} ${path}: ${categorySchema.options.map((c) => `${c} ${summary.scores[c]}`).join(', ')}`);
        pages.push(summary);
      }
    }
    return { measured: true, version, pages };
  } catch (error) {
    return { measured: false, reason: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  } finally {
    chromium?.kill();
  }
}
