/**
 * Runs the content pipeline inside Astro: before `astro build` and
 * `astro dev` start, and again in dev whenever `content/` changes. It renders
 * every answer once, with the site's Shiki settings, and proves that every
 * source line is visible on the pages before Astro builds them.
 */
import { appendFileSync, rmSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rehypeShiki } from '@astrojs/markdown-remark';
import type { AstroConfig, AstroIntegration } from 'astro';
import { report, runPipeline, summary, type PipelineResult } from '../lib/pipeline.ts';
import type { Highlight } from '../lib/render/answer-html.ts';
import { dropHeadInjectDirective } from './head-inject-directive.ts';

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

export default function crossguide(options: CrossguideOptions = {}): AstroIntegration {
  let root = process.cwd();
  let contentDir = '';
  let generatedDir = '';
  let highlight: Highlight | undefined;
  const run = () => runPipeline({ contentDir, outDir: generatedDir, root, highlight, timing: recordTiming });
  const regenerated = (result: PipelineResult) =>
    `${summary(result.guide!)}; every one of ${result.visibleLines} source lines is visible on the site; ${result.written} file${result.written === 1 ? '' : 's'} regenerated`;

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
        // Answers are highlighted once, here, with the site's own Shiki settings; pages reuse the HTML.
        highlight = (rehypeShiki as unknown as (shiki: AstroConfig['markdown']['shikiConfig']) => Highlight)(config.markdown.shikiConfig);
        // Pages read the rendered answers from the generated folder (`lib/render/read.ts`).
        updateConfig({ vite: { define: { 'import.meta.env.CROSSGUIDE_ANSWERS': JSON.stringify(resolve(generatedDir, 'answers')) } } });
        const result = await run();
        if (result.fatal) {
          if (command === 'build') fail(report(result));
          logger.error(report(result));
          return;
        }
        if (result.diagnostics.length) logger.warn(report(result));
        if (result.guide) logger.info(regenerated(result));
      },
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.add(contentDir);
        server.watcher.on('all', async (_event, path) => {
          if (!resolve(path).startsWith(contentDir + sep)) return;
          const result = await run();
          if (result.diagnostics.length) (result.fatal ? logger.error : logger.warn)(report(result));
          if (result.guide && !result.fatal) logger.info(regenerated(result));
        });
      },
    },
  };
}
