/** Stages 1–5 in one call: load and parse the content, align it, render each answer once, check that nothing is lost, emit the pages. */
import { formatDiagnostic, sortDiagnostics, type Diagnostic } from '../model/diagnostics.ts';
import { emitGuide } from '../emit/pages.ts';
import { writeGenerated } from '../emit/write.ts';
import { finishGuide, planGuide, publishWhole, readBookSettings, type GuidePlan } from './load.ts';
import { listChapters, placeByChapterWording, placeByPrintedChapter, planBook, type BookChapter } from './book.ts';
import { readAlone } from './read-all.ts';
import { emitBook, type BookGuides } from '../emit/book.ts';
import { readSourceText } from './read.ts';
import { relative, resolve } from 'node:path';
import type { Guide } from '../model/model.ts';
import type { Highlight } from '../render/answer-html.ts';
import type { SourceEntry } from './read-all.ts';
import type { ReadCache } from './read-cache.ts';
import { readAndRender, type Prerendered } from './read-parallel.ts';
import { renderGuide, type RenderCache, type RenderedAnswers } from '../render/guide.ts';
import type { RenderedAnswer } from '../render/answer-html.ts';
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
  /** The guide; in a book, its first chapter's. */
  guide: Guide | undefined;
  /** A book's chapters, each a guide of its own. */
  book?: BookGuides;
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

/** A run's result: its diagnostics sorted, and fatal where any is. */
function result(parts: Omit<PipelineResult, 'fatal'>): PipelineResult {
  return { ...parts, diagnostics: sortDiagnostics(parts.diagnostics), fatal: parts.diagnostics.some((d) => d.fatal) };
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
  const listed = listChapters(contentDir, (path) => relative(root, path).split('\\').join('/'));
  if (listed.chapters.length)
    return runBook(listed, { contentDir, outDir, root, highlight, highlighter, renderCache, readCache, skipVerify, timing });
  const plan = planGuide(contentDir, root);
  const { reads: firstReads, rendered: prerendered } = await readAndRender(plan.entries, {
    ...(readCache ? { cache: readCache.sources } : {}),
    ...(highlighter ? { highlighter } : {}),
  });
  readCache?.keep(plan.entries);
  const finished = finishGuide(plan, firstReads);
  const { diagnostics, shown, skipped } = finished;
  lap('load');
  const done = (guide: Guide | undefined, rendered?: RenderedAnswers, written = 0, visibleLines = 0): PipelineResult =>
    result({ guide, rendered, diagnostics, written, visibleLines, shown, skipped });
  if (!finished.guide || diagnostics.some((d) => d.fatal)) return done(finished.guide);
  const cache = await renderCacheWith(renderCache, prerendered);
  const checked = await renderAndCheck(plan, finished.guide, { root, highlight, cache, shown, skipVerify, lap });
  diagnostics.push(...checked.diagnostics);
  const { guide, rendered, visibleLines } = checked;
  if (diagnostics.some((d) => d.fatal) || !outDir) return done(guide, rendered, 0, visibleLines);
  const { written } = writeGenerated(outDir, emitGuide(guide, rendered));
  lap('write');
  return done(guide, rendered, written, visibleLines);
}

/** The render cache, with the answers the read workers rendered. Without a cache and with nothing rendered yet, no answer is hashed. */
async function renderCacheWith(renderCache: RenderCache | undefined, prerendered: Promise<Prerendered>): Promise<RenderCache | undefined> {
  // The workers' answers are found by their trees' hashes, so one whose tree changed after reading is rendered again.
  const fromWorkers = await prerendered;
  const cache = renderCache ?? (fromWorkers.length ? new Map() : undefined);
  for (const [hash, answer] of fromWorkers) cache?.set(hash, answer);
  return cache;
}

/**
 * Renders a guide's answers and checks that every source line is on the pages that show it, as rendered:
 * a source whose answers lost a line is published whole instead, and the build goes on; the check runs again.
 */
async function renderAndCheck(
  plan: GuidePlan,
  first: Guide,
  options: {
    root: string;
    highlight: Highlight | undefined;
    cache: RenderCache | undefined;
    shown: Map<string, ShownLine[]>;
    skipVerify: boolean;
    /** Times each stage, for `npm run bench`. */
    lap?: (stage: 'render' | 'verify') => void;
  },
): Promise<{ guide: Guide; rendered: RenderedAnswers; visibleLines: number; diagnostics: Diagnostic[] }> {
  const { root, highlight, cache, shown, skipVerify, lap = () => {} } = options;
  let guide = first;
  let rendered = await renderGuide(guide, highlight, cache);
  lap('render');
  if (skipVerify) return { guide, rendered, visibleLines: 0, diagnostics: [] };
  const verdict = checkVisible(visibleJob(guide, rendered, root, shown));
  if (!verdict.missing.length) {
    lap('verify');
    return { guide, rendered, visibleLines: verdict.visibleLines, diagnostics: [] };
  }
  const problems = new Map<string, Diagnostic>();
  for (const missing of verdict.missing) {
    const source = guide.sources.find((s) => s.files.includes(missing.file));
    if (source && !problems.has(source.id)) problems.set(source.id, missing);
  }
  guide = publishWhole(plan, guide, problems, (file) => readSourceText(resolve(root, file), file));
  rendered = await renderGuide(guide, highlight, cache);
  const again = checkVisible(visibleJob(guide, rendered, root, shown));
  const diagnostics = [
    ...verdict.missing.map((d) => ({
      ...d,
      fatal: false,
      message: `${d.message}; the source is published whole on its source page instead, not split into answers`,
    })),
    ...again.missing,
  ];
  lap('verify');
  return { guide, rendered, visibleLines: again.visibleLines, diagnostics };
}

/**
 * A book (`build/book.ts`): every member's files read at once, then each chapter aligned, compared,
 * rendered and checked as a guide of its own, and emitted under its chapter's folder, with the book's home.
 */
async function runBook(
  { chapters, diagnostics: listing }: { chapters: BookChapter[]; diagnostics: Diagnostic[] },
  options: PipelineOptions,
): Promise<PipelineResult> {
  const { contentDir, outDir, root, highlight, highlighter, renderCache, readCache, skipVerify = false, timing = () => {} } = options;
  let started = performance.now();
  const lap = (stage: Parameters<typeof timing>[0]) => {
    timing(stage, performance.now() - started);
    started = performance.now();
  };
  const settings = readBookSettings(contentDir, root);
  const book = planBook(contentDir, root, chapters, settings.sourcesYaml);
  const rel = (path: string) => relative(root, path).split('\\').join('/');
  const diagnostics: Diagnostic[] = [...settings.diagnostics, ...listing, ...book.diagnostics];
  const plans = chapters.map((chapter) => {
    const plan = planGuide(contentDir, root, book.sources.get(chapter.slug));
    // A chapter without a title of its own is named by its folder: `07-ensembles` → "Ensembles".
    return { ...plan, guideConfig: { title: chapterTitle(chapter), ...plan.guideConfig } };
  });
  const entries = plans.flatMap((plan) => plan.entries);
  const done = (guides: BookGuides, rendered?: RenderedAnswers, written = 0, visibleLines = 0): PipelineResult =>
    result({ guide: guides[0]?.guide, book: guides, rendered, diagnostics, written, visibleLines, shown, skipped: book.skipped });
  const shown = new Map<string, ShownLine[]>();
  if (diagnostics.some((d) => d.fatal)) return done([]);
  const { reads, rendered: prerendered } = await readAndRender(entries, {
    ...(readCache ? { cache: readCache.sources } : {}),
    ...(highlighter ? { highlighter } : {}),
  });
  readCache?.keep(entries);
  let at = 0;
  const readsByChapter = plans.map((plan) => reads.slice(at, (at += plan.entries.length)));
  diagnostics.push(...placeByPrintedChapter(chapters, plans, readsByChapter, rel));
  // Files named for no chapter are read here, on this thread: a member's few stray files, placed by their wording if it fits a chapter.
  const strays = book.strays.map((entry) => ({ entry, read: readAlone(entry) }));
  const byWording = placeByChapterWording(
    chapters,
    plans,
    readsByChapter,
    strays,
    rel,
    plans.map((plan) => plan.questionConfig),
  );
  diagnostics.push(...byWording.diagnostics);
  const placed = new Set(byWording.placed.map((entry) => entry.file));
  const unsorted = book.unsorted.filter((file) => !placed.has(file.file));
  const finished = plans.map((plan, i) => {
    const result = finishGuide(plan, readsByChapter[i]);
    for (const [file, lines] of result.shown) shown.set(file, lines);
    diagnostics.push(...result.diagnostics);
    return result;
  });
  lap('load');
  if (diagnostics.some((d) => d.fatal)) return done([]);
  const cache = await renderCacheWith(renderCache, prerendered);
  const guides: BookGuides = [];
  const allRendered = new Map<string, RenderedAnswer>();
  let visibleLines = 0;
  for (const [i, chapter] of chapters.entries()) {
    const guide = finished[i]!.guide;
    if (!guide) continue;
    const checked = await renderAndCheck(plans[i]!, guide, { root, highlight, cache, shown, skipVerify, lap });
    diagnostics.push(...checked.diagnostics);
    visibleLines += checked.visibleLines;
    const members = Object.fromEntries(plans[i]!.entries.map((entry) => [entry.id, entry.member ?? entry.id]));
    guides.push({ chapter, guide: checked.guide, rendered: checked.rendered, members });
    for (const [key, answer] of checked.rendered) allRendered.set(`${chapter.slug}/${key}`, answer);
  }
  if (diagnostics.some((d) => d.fatal) || !outDir) return done(guides, allRendered, 0, visibleLines);
  const { written } = writeGenerated(outDir, emitBook(settings.guideConfig, guides, unsorted));
  lap('write');
  return done(guides, allRendered, written, visibleLines);
}

/** `07-ensembles` → "Chapter 7: Ensembles"; `07` → "Chapter 7". */
function chapterTitle({ slug, number }: BookChapter): string {
  const words = slug
    .replace(/^\d+[-_ .]*/, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  return words ? `Chapter ${number}: ${words[0]!.toUpperCase()}${words.slice(1)}` : `Chapter ${number}`;
}

/** One line per diagnostic. */
export function report(result: Pick<PipelineResult, 'diagnostics'>): string {
  return result.diagnostics.map(formatDiagnostic).join('\n');
}

/** `9 chapters, 4 members, 78 questions, 222 answers`. */
export function bookSummary(book: BookGuides): string {
  const members = new Set(book.flatMap(({ members }) => Object.values(members)));
  const questions = book.reduce((sum, { guide }) => sum + guide.questions.length, 0);
  const answers = book.reduce((sum, { guide }) => sum + guide.sources.reduce((n, source) => n + source.answerSet.answers.length, 0), 0);
  return `${plural(book.length, 'chapter')}, ${plural(members.size, 'member')}, ${plural(questions, 'question')}, ${plural(answers, 'answer')}`;
}

/** `3 sources, 11 questions, 33 answers`. */
export function summary(guide: Guide): string {
  const answers = guide.sources.reduce((sum, source) => sum + source.answerSet.answers.length, 0);
  return `${plural(guide.sources.length, 'source')}, ${plural(guide.questions.length, 'question')}, ${plural(answers, 'answer')}`;
}
