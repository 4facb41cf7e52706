/**
 * Runs the content pipeline inside Astro: before `astro build` and
 * `astro dev` start, and again in dev whenever `content/` changes. After a
 * build it proves that every source line is visible on the site.
 */
import { appendFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Guide } from '../lib/model.ts';
import { report, runPipeline, summary } from '../lib/pipeline.ts';
import { formatDiagnostic } from '../lib/diagnostics.ts';
import { readSourceText } from '../lib/read.ts';
import { countVisibleLines, findMissingLines } from '../lib/verify/visible.ts';
import { dropHeadInjectDirective } from './head-inject-directive.ts';

export interface CrossguideOptions {
  /** Content folder, relative to the project root. Defaults to `CROSSGUIDE_CONTENT` or `content`. */
  contentDir?: string;
  /** Folder for the generated MDX, relative to the project root. Defaults to `CROSSGUIDE_GENERATED` or `.generated`. */
  generatedDir?: string;
}

/** Appends a stage's duration to the file named by `CROSSGUIDE_TIMINGS`, for `npm run bench`. */
export function recordTiming(stage: string, started: number): void {
  const file = process.env.CROSSGUIDE_TIMINGS;
  if (file) appendFileSync(file, `${JSON.stringify({ stage, ms: Math.round(performance.now() - started) })}\n`);
}

/** Stops the process with the lines a user can act on, instead of a stack trace. */
function fail(lines: string): never {
  process.stderr.write(`${lines}\n`);
  process.exit(1);
}

export default function crossguide(options: CrossguideOptions = {}): AstroIntegration {
  let guide: Guide | undefined;
  let root = process.cwd();
  let contentDir = '';
  let generatedDir = '';
  const run = () => runPipeline({ contentDir, outDir: generatedDir, root });

  return {
    name: 'crossguide',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
        updateConfig({ vite: { plugins: [dropHeadInjectDirective()] } });
        // Astro's content cache remembers entries of whatever content folder was built last (tests and the
        // bench build others), so every build starts without it: what `astro build --force` does, minus its warning.
        if (command === 'build') rmSync(new URL('data-store.json', config.cacheDir), { force: true });
        root = fileURLToPath(config.root);
        contentDir = resolve(root, options.contentDir ?? process.env.CROSSGUIDE_CONTENT ?? 'content');
        generatedDir = resolve(root, options.generatedDir ?? process.env.CROSSGUIDE_GENERATED ?? '.generated');
        const started = performance.now();
        const result = run();
        recordTiming('ingest', started);
        if (result.fatal) {
          if (command === 'build') fail(report(result));
          logger.error(report(result));
          return;
        }
        if (result.diagnostics.length) logger.warn(report(result));
        guide = result.guide;
        if (guide) logger.info(`${summary(guide)}; ${result.written} page${result.written === 1 ? '' : 's'} regenerated`);
      },
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.add(contentDir);
        server.watcher.on('all', (_event, path) => {
          if (!resolve(path).startsWith(contentDir + sep)) return;
          const result = run();
          if (result.diagnostics.length) (result.fatal ? logger.error : logger.warn)(report(result));
          if (result.guide && !result.fatal) {
            guide = result.guide;
            logger.info(`${summary(guide)}; ${result.written} page${result.written === 1 ? '' : 's'} regenerated`);
          }
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!guide) return;
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        // The check and the closing count both read every source; decode each file once.
        const texts = new Map<string, string>();
        const readSource = (file: string) => {
          if (!texts.has(file)) texts.set(file, readSourceText(join(root, file), file));
          return texts.get(file)!;
        };
        const missing = findMissingLines({
          guide,
          readSource,
          pageText: ({ kind, slug }) => {
            const path = join(outDir, kind === 'question' ? 'questions' : 'sources', slug, 'index.html');
            if (!existsSync(path)) return undefined;
            const main = select('main', fromHtml(readFileSync(path, 'utf8')));
            if (!main) return '';
            // A footnote's number is the renderer's, not the source's; left in, it would glue onto the word before it.
            for (const reference of selectAll('[data-footnote-ref]', main)) reference.children = [];
            return toText(main);
          },
        });
        if (missing.length) fail(missing.map(formatDiagnostic).join('\n'));
        recordTiming('verify', started);
        logger.info(`every one of ${countVisibleLines(guide, readSource)} source lines is visible on the site`);
      },
    },
  };
}
