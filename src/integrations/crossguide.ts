/**
 * Runs the content pipeline inside Astro: before `astro build` and
 * `astro dev` start, and again in dev whenever `content/` changes. It renders
 * every answer once, with the site's Shiki settings, and proves that every
 * source line is visible on the pages, on a worker thread while Astro builds them.
 */
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rehypeShiki } from '@astrojs/markdown-remark';
import type { AstroConfig, AstroIntegration } from 'astro';
import { report, runPipeline, summary, type PipelineResult } from '../lib/pipeline.ts';
import type { Highlight, RenderedAnswer } from '../lib/render/answer-html.ts';
import type { RenderCache } from '../lib/render/guide.ts';
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

/** The answers an earlier build rendered; none when there was no build or its file does not read. */
function readRenderCache(file: string): Array<[string, RenderedAnswer]> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Array<[string, RenderedAnswer]>;
  } catch {
    return [];
  }
}

function writeRenderCache(file: string, cache: RenderCache): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify([...cache]));
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
  // Lives as long as `astro dev` does: a change to one source re-renders only the answers it changed.
  const renderCache: RenderCache = new Map();
  // In a build, the nothing-lost check runs on a worker thread while Astro renders the pages.
  let verification: PipelineResult['verification'];
  const run = (deferVerify = false) => runPipeline({ contentDir, outDir: generatedDir, root, highlight, renderCache, deferVerify, timing: recordTiming });
  const files = (written: number) => `${written} file${written === 1 ? '' : 's'} regenerated`;
  const visible = (lines: number) => `every one of ${lines} source lines is visible on the site`;
  const regenerated = (result: PipelineResult) => `${summary(result.guide!)}; ${visible(result.visibleLines)}; ${files(result.written)}`;

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
        // Preview images are kept by content hash in Astro's cache folder, which a cold build starts without.
        const previews = fileURLToPath(new URL('crossguide-previews/', config.cacheDir));
        updateConfig({
          vite: {
            define: {
              'import.meta.env.CROSSGUIDE_ANSWERS': JSON.stringify(resolve(generatedDir, 'answers')),
              'import.meta.env.CROSSGUIDE_PREVIEW_CACHE': JSON.stringify(previews),
            },
          },
        });
        // A second `astro build` re-renders only the answers that changed since the last one.
        const cacheFile = fileURLToPath(new URL('crossguide-answers.json', config.cacheDir));
        if (renderCache.size === 0) for (const [hash, answer] of readRenderCache(cacheFile)) renderCache.set(hash, answer);
        const result = await run(command === 'build');
        writeRenderCache(cacheFile, renderCache);
        if (result.fatal) {
          if (command === 'build') fail(report(result));
          logger.error(report(result));
          return;
        }
        if (result.diagnostics.length) logger.warn(report(result));
        verification = result.verification;
        if (result.guide) logger.info(verification ? `${summary(result.guide)}; ${files(result.written)}` : regenerated(result));
      },
      'astro:build:done': async ({ logger }) => {
        if (!verification) return;
        const started = performance.now();
        const { missing, visibleLines } = await verification;
        // Only the wait shows here: the check itself ran beside the build.
        recordTiming('verify', performance.now() - started);
        if (missing.length) fail(report({ diagnostics: missing }));
        logger.info(visible(visibleLines));
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
