/** Stages 1–5 in one call: load and parse the content, align it, render each answer once, check that nothing is lost, emit the pages. */
import { formatDiagnostic, sortDiagnostics, type Diagnostic } from '../model/diagnostics.ts';
import { emitGuide } from '../emit/pages.ts';
import { writeGenerated } from '../emit/write.ts';
import { finishGuide, planGuide, publishWhole } from './load.ts';
import { readSourceText } from './read.ts';
import { resolve } from 'node:path';
import type { Guide } from '../model/model.ts';
import type { Highlight } from '../render/answer-html.ts';
import type { SourceEntry } from './read-all.ts';
import type { ReadCache } from './read-cache.ts';
import { readAndRender } from './read-parallel.ts';
import { renderGuide, type RenderCache, type RenderedAnswers } from '../render/guide.ts';
import { visibleJob } from '../verify/page-text.ts';
import type { ShownLine } from '../verify/shown-lines.ts';
import { checkVisible } from '../verify/worker.ts';
import { plural } from '../model/plural.ts';

export interface PipelineOptions {
  /** Folder with `sources/`, `sources.yaml` and `questions.yaml`. */
  contentDir: string;
  /** Folder the pages are written to; nothing is written when omitted. */
  outDir?: string;
  /** Project folder that diagnostic paths are relative to. */
  root: string;
  /** Highlights answers' code blocks; without it code is left plain (enough for `--check`). */
  highlight?: Highlight;
  /**
   * A module (URL) whose `siteHighlight()` returns `highlight`: worker threads that read sources then render
   * their answers with it, while this thread aligns and compares the guide.
   */
  highlighter?: string;
  /** Answers rendered by an earlier run, reused where they did not change. */
  renderCache?: RenderCache;
  /**
   * Sources read by an earlier run, reused where their bytes did not change; `keep` stores the
   * readings as soon as they are made, before any later stage holds them.
   */
  readCache?: { sources: ReadCache; keep: (entries: readonly SourceEntry[]) => void };
  /** Leaves the nothing-lost check to the caller (a build runs it beside Astro's, `verify/worker.ts`). */
  skipVerify?: boolean;
  /** Called with the milliseconds each stage took, for `npm run bench`. */
  timing?: (stage: 'load' | 'render' | 'verify' | 'write', ms: number) => void;
}

export interface PipelineResult {
  guide: Guide | undefined;
  rendered: RenderedAnswers | undefined;
  diagnostics: Diagnostic[];
  fatal: boolean;
  /** Number of files written (changed) in `outDir`. */
  written: number;
  /** Number of source lines the nothing-lost check found on the pages. */
  visibleLines: number;
  /** What each line shows, for the files whose parse worked it out: the nothing-lost check's head start. */
  shown: Map<string, ShownLine[]>;
  /** Paths under `content/sources/` skipped unread, with why. */
  skipped: string[];
}

export async function runPipeline({
  contentDir,
  outDir,
  root,
  highlight,
  highlighter,
  renderCache,
  readCache,
  skipVerify = false,
  timing = () => {},
}: PipelineOptions): Promise<PipelineResult> {
  let started = performance.now();
  const lap = (stage: Parameters<typeof timing>[0]) => {
    timing(stage, performance.now() - started);
    started = performance.now();
  };
  const plan = planGuide(contentDir, root);
  const { reads: firstReads, rendered: prerendered } = await readAndRender(plan.entries, {
    ...(readCache ? { cache: readCache.sources } : {}),
    ...(highlighter ? { highlighter } : {}),
  });
  readCache?.keep(plan.entries);
  const finished = finishGuide(plan, firstReads);
  let { guide } = finished;
  const { diagnostics, shown, skipped } = finished;
  lap('load');
  const done = (rendered?: RenderedAnswers, written = 0, visibleLines = 0): PipelineResult => ({
    guide,
    rendered,
    diagnostics: sortDiagnostics(diagnostics),
    fatal: diagnostics.some((d) => d.fatal),
    written,
    visibleLines,
    shown,
    skipped,
  });
  if (!guide || diagnostics.some((d) => d.fatal)) return done();
  // The workers' answers are found by their trees' hashes, so one whose tree changed after reading is rendered again.
  // Without a cache and with nothing rendered yet, no answer is hashed.
  const fromWorkers = await prerendered;
  const cache = renderCache ?? (fromWorkers.length ? new Map() : undefined);
  for (const [hash, answer] of fromWorkers) cache?.set(hash, answer);
  let rendered = await renderGuide(guide, highlight, cache);
  lap('render');
  // Nothing lost: every source line's words must be on the pages that show its answer, as rendered.
  let visibleLines = 0;
  if (!skipVerify) {
    const verdict = checkVisible(visibleJob(guide, rendered, root, shown));
    visibleLines = verdict.visibleLines;
    if (verdict.missing.length) {
      // A source whose answers lost a line is published whole instead, and the build goes on; the check runs again.
      const problems = new Map<string, Diagnostic>();
      for (const missing of verdict.missing) {
        const source = guide.sources.find((s) => s.files.includes(missing.file));
        if (source && !problems.has(source.id)) problems.set(source.id, missing);
      }
      guide = publishWhole(plan, guide, problems, (file) => readSourceText(resolve(root, file), file));
      rendered = await renderGuide(guide, highlight, cache);
      const again = checkVisible(visibleJob(guide, rendered, root, shown));
      diagnostics.push(
        ...verdict.missing.map((d) => ({
          ...d,
          fatal: false,
          message: `${d.message}; the source is published whole on its source page instead, not split into answers`,
        })),
        ...again.missing,
      );
      visibleLines = again.visibleLines;
    }
    lap('verify');
  }
  if (diagnostics.some((d) => d.fatal) || !outDir) return done(rendered, 0, visibleLines);
  const { written } = writeGenerated(outDir, emitGuide(guide, rendered));
  lap('write');
  return done(rendered, written, visibleLines);
}

/** One line per diagnostic. */
export function report(result: Pick<PipelineResult, 'diagnostics'>): string {
  return result.diagnostics.map(formatDiagnostic).join('\n');
}

/** `3 sources, 11 questions, 33 answers`. */
export function summary(guide: Guide): string {
  const answers = guide.sources.reduce((sum, source) => sum + source.answerSet.answers.length, 0);
  return `${plural(guide.sources.length, 'source')}, ${plural(guide.questions.length, 'question')}, ${plural(answers, 'answer')}`;
}
