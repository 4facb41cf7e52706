/**
 * Runs the content pipeline inside Astro: as `astro build` and `astro dev`
 * start (Astro sets itself up meanwhile, and the generated collections wait
 * for it), and again in dev whenever `content/` changes. It renders
 * every answer once, with the site's Shiki settings, and proves that every
 * source line is visible on the pages before writing them (a source that lost
 * a line is published whole instead, with a warning).
 */
import { appendFileSync, rmSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatDiagnostic, strictly, strictRequested, type Diagnostic } from '../lib/model/diagnostics.ts';
import { PIPELINE_JOB, runOnThread } from '../lib/build/threads.ts';
import type { PipelineJob, PipelineReport } from './pipeline-worker.ts';
import { announce } from '../lib/build/build-signals.ts';
import { dropHeadInjectDirective } from './head-inject-directive.ts';
import { plural } from '../lib/model/plural.ts';

export interface CrossguideOptions {
  /** Content folder, relative to the project root. Defaults to `CROSSGUIDE_CONTENT` or `content`. */
  contentDir?: string;
  /** Folder for the generated pages, relative to the project root. Defaults to `CROSSGUIDE_GENERATED` or `.generated`. */
  generatedDir?: string;
}

/** Appends a stage's duration to the file named by `CROSSGUIDE_TIMINGS`, for `npm run bench`. */
export function recordTiming(stage: string, ms: number): void {
  const file = process.env.CROSSGUIDE_TIMINGS;
  if (file) appendFileSync(file, `${JSON.stringify({ stage, ms: Math.round(ms) })}\n`);
}

/** Stops the process with the lines a user can act on, instead of a stack trace. */
function fail(lines: string): never {
  process.stderr.write(`${lines}\n`);
  process.exit(1);
}

/** One line per diagnostic. */
const formatReport = ({ diagnostics }: { diagnostics: readonly Diagnostic[] }) => diagnostics.map(formatDiagnostic).join('\n');

// By URL, so the integration's own thread loads neither worker module's imports.
const runPipelineInWorker = (job: PipelineJob) =>
  runOnThread<PipelineReport>(new URL('./pipeline-worker.ts', import.meta.url), PIPELINE_JOB, job);

export default function crossguide(options: CrossguideOptions = {}): AstroIntegration {
  let root = process.cwd();
  let contentDir = '';
  let generatedDir = '';
  let cacheFile = '';
  let readCacheFile = '';
  let previews = '';
  // `--strict` (or `CROSSGUIDE_STRICT=1`): every source warning stops the build, for a CI that wants it.
  const strict = strictRequested();
  const run = async () => {
    const report = await runPipelineInWorker({ contentDir, generatedDir, root, cacheFile, readCacheFile });
    for (const [stage, ms] of report.timings) recordTiming(stage, ms);
    if (!strict || report.diagnostics.length === 0) return report;
    return { ...report, diagnostics: strictly(report.diagnostics), fatal: true };
  };
  const files = (written: number) => `${plural(written, 'file')} regenerated`;
  const visible = (lines: number) => `every one of ${lines} source lines is visible on the site`;
  const regenerated = (report: PipelineReport) => `${report.summary}; ${visible(report.visibleLines)}; ${files(report.written)}`;

  return {
    name: 'crossguide',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        updateConfig({ vite: { plugins: [dropHeadInjectDirective()] } });
        // Astro's content cache remembers entries of whatever content folder was built last (tests and the
        // bench build others), so every build starts without it: what `astro build --force` does, minus its warning.
        if (command === 'build') rmSync(new URL('data-store.json', config.cacheDir), { force: true });
        root = fileURLToPath(config.root);
        contentDir = resolve(root, options.contentDir ?? process.env.CROSSGUIDE_CONTENT ?? 'content');
        generatedDir = resolve(root, options.generatedDir ?? process.env.CROSSGUIDE_GENERATED ?? '.generated');
        // A rebuild (and every reload of `astro dev`) re-renders only the answers that changed since the last run.
        cacheFile = fileURLToPath(new URL('crossguide-answers.json', config.cacheDir));
        // And parses only the sources whose bytes changed.
        readCacheFile = fileURLToPath(new URL('crossguide-sources.bin', config.cacheDir));
        // Pages read the rendered answers from the generated folder (`lib/render/read.ts`).
        // Preview images are kept by content hash in Astro's cache folder, which a cold build starts without.
        previews = fileURLToPath(new URL('crossguide-previews/', config.cacheDir));
        updateConfig({
          vite: {
            define: {
              'import.meta.env.CROSSGUIDE_ANSWERS': JSON.stringify(resolve(generatedDir, 'answers')),
              'import.meta.env.CROSSGUIDE_PREVIEW_CACHE': JSON.stringify(previews),
            },
          },
        });
        // Not awaited: Astro sets up Vite and its content layer meanwhile, and the generated collections wait (`build-signals.ts`).
        const generated = run().then(
          (report) => {
            if (report.fatal) {
              if (command === 'build') fail(formatReport(report));
              logger.error(formatReport(report));
              return;
            }
            if (report.diagnostics.length) logger.warn(formatReport(report));
            if (report.summary) logger.info(regenerated(report));
            if (command === 'build') {
              // Drawn while Astro bundles the pages; the `og/` route waits for them.
              const started = performance.now();
              const drawn = import('../lib/site/preview-cards.ts')
                .then(({ drawPreviews }) => drawPreviews(generatedDir, previews))
                .finally(() => recordTiming('previews', performance.now() - started));
              // A failure is reported when the route waits for it; until then it must not count as unhandled.
              drawn.catch(() => {});
              announce('previews', drawn);
            }
          },
          (error: unknown) => {
            // The worker itself stopped (out of memory, say): say so in one line rather than leave the collections waiting.
            const line = `The content pipeline stopped before it wrote the guide: ${error instanceof Error ? error.message : String(error)}`;
            if (command === 'build') fail(line);
            logger.error(line);
          },
        );
        announce('generated', generated);
      },
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.add(contentDir);
        server.watcher.on('all', async (_event, path) => {
          if (!resolve(path).startsWith(contentDir + sep)) return;
          const report = await run();
          // Astro's logger methods need their logger as `this`.
          if (report.diagnostics.length) {
            if (report.fatal) logger.error(formatReport(report));
            else logger.warn(formatReport(report));
          }
          if (report.summary && !report.fatal) logger.info(regenerated(report));
        });
      },
    },
  };
}
