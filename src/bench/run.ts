/**
 * `npm run bench`: cold builds of the shipped guide and of synthetic guides
 * of growing size, each beside Starlight building the same answers (the
 * yardstick in `../shared/yardstick`), then page weight, search and
 * Lighthouse on the shipped guide in Chromium, and page weight on the
 * class-sized guide the yardstick budget names (100 × 20). Writes `bench/results.json`
 * and prints a Markdown table.
 * `npm run bench -- --check` also exits 1 when a budget in
 * `src/bench/budgets.json` is missed.
 *
 * Options: `--runs <n>` overrides every repeat count, `--sizes shipped,25x5`
 * picks the guides to build, `--port <n>` (or `E2E_PORT`) the static server's
 * port; Chromium's debugging port is the next one. `--keep` leaves the
 * scratch folder `bench/work/` (content, builds) in place for a closer look.
 * The yardstick's installed copy stays in `bench/.yardstick/` across runs.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { findChromium, launchOptions, thisMachine } from '../lib/testing/chromium.ts';
import { loadStudyCorpus, scoreStudyCorpus } from '../lib/corpus/study-corpus.ts';
import { benchPathological } from './pathological.ts';
import { loadGuide } from '../lib/build/load.ts';
import { bookChapters } from '../lib/build/book.ts';
import { runPipeline } from '../lib/build/pipeline.ts';
import { generateContent } from '../lib/testing/synthetic.ts';
import { budgetsSchema, checkBudgets } from './budgets.ts';
import { coldBuild, type BuildRun, type MeasuredRun } from './build.ts';
import { floorBuild, floorSources, parseFloor, prepareFloorSite } from './floor.ts';
import { measureLighthouse } from './lighthouse.ts';
import { measureFirstView } from './page-weight.ts';
import { benchResultsSchema, type BenchResults, type BuildResult, type ComparisonScores, type PageWeight, type YardstickBuild } from './results.ts';
import { measureSearch } from './search.ts';
import { serveSite } from './server.ts';
import { growthRatio, summarise } from './stats.ts';
import { renderReport } from './table.ts';
import { prepareYardstick, stageAnswers, writeSynth, yardstickBuild, type Yardstick } from './yardstick.ts';
import { plural } from '../lib/model/plural.ts';

interface Size {
  name: string;
  /** Absent for the shipped `content/` folder. */
  synthetic?: { questions: number; sources: number };
  /** A book of synthetic chapters: each member answers every chapter in a file of their folder. */
  book?: { chapters: number; questions: number; members: number };
  runs: number;
}

const SIZES: readonly Size[] = [
  { name: 'shipped', runs: 5 },
  { name: '25x5', synthetic: { questions: 25, sources: 5 }, runs: 5 },
  { name: '50x10', synthetic: { questions: 50, sources: 10 }, runs: 5 },
  { name: '100x20', synthetic: { questions: 100, sources: 20 }, runs: 3 },
  // Two runs each of the two largest builds keep the whole bench within its time.
  { name: '200x20', synthetic: { questions: 200, sources: 20 }, runs: 2 },
  // A study group's book, 1,800 answers: beside 100x20's 1,600, its cost per answer should be the same.
  { name: 'book15x10x12', book: { chapters: 15, questions: 10, members: 12 }, runs: 2 },
];
const LIGHTHOUSE_RUNS = 3;
const SEARCH_RUNS = 5;

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    runs: { type: 'string' },
    sizes: { type: 'string', default: SIZES.map((size) => size.name).join(',') },
    port: { type: 'string', default: process.env.E2E_PORT ?? '4330' },
    keep: { type: 'boolean', default: false },
  },
});
const root = resolve(import.meta.dirname, '..', '..');
const benchDir = join(root, 'bench');
const workDir = join(benchDir, 'work');
const yardstickSource = resolve(root, '..', 'shared', 'yardstick');
const runsOverride = values.runs === undefined ? undefined : Number(values.runs);
if (runsOverride !== undefined && !(Number.isInteger(runsOverride) && runsOverride > 0)) throw new Error(`--runs takes a positive whole number, got ${values.runs}`);
const wanted = values.sizes.split(',').map((name) => name.trim());
const unknown = wanted.filter((name) => !SIZES.some((size) => size.name === name));
if (unknown.length) throw new Error(`unknown size ${unknown.join(', ')}; choose from ${SIZES.map((size) => size.name).join(', ')}`);
const port = Number(values.port);
const log = (line: string) => process.stderr.write(`${line}\n`);

/**
 * Writes a synthetic content folder (nothing but `sources/`) and returns its path: the yardstick's answers
 * when it is there, so both sides build the same ones, else the project's own generator.
 */
function writeSynthetic(name: string, { questions, sources }: { questions: number; sources: number }, yardstick: Yardstick | undefined): string {
  const dir = join(workDir, `content-${name}`);
  if (yardstick) writeSynth(yardstick.source, join(dir, 'sources'), questions, sources);
  else {
    for (const [path, text] of Object.entries(generateContent({ questions, sources }))) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
  }
  return dir;
}

/**
 * Writes a synthetic book (`chapters/NN-chapter-N/`, and `sources/member-MM/chapter-N.<ext>` for every
 * member and chapter) from the project's generator, one chapter's answers at a time, and returns its path.
 */
function writeBook(name: string, { chapters, questions, members }: NonNullable<Size['book']>): string {
  const dir = join(workDir, `content-${name}`);
  for (let chapter = 1; chapter <= chapters; chapter++) {
    mkdirSync(join(dir, 'chapters', `${String(chapter).padStart(2, '0')}-chapter-${chapter}`), { recursive: true });
    // Each generated source (a file, or a folder of per-question files) is one member's: their file or folder for the chapter.
    const generated = Object.entries(generateContent({ questions, sources: members, seed: chapter })).filter(([path]) => path.startsWith('sources/'));
    const sources = [...new Set(generated.map(([path]) => path.split('/')[1]!))].sort();
    for (const [path, text] of generated) {
      const [, source, ...inside] = path.split('/');
      const member = join(dir, 'sources', `member-${String(sources.indexOf(source!) + 1).padStart(2, '0')}`);
      const target = inside.length ? join(member, `chapter-${chapter}`, ...inside) : join(member, `chapter-${chapter}${extname(path)}`);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
  }
  return dir;
}

/** Questions, sources, answers and source bytes of a content folder: a guide's, or a book's summed over its chapters. */
async function contentStats(contentDir: string): Promise<{ questions: number; sources: number; answers: number; sourceBytes: number } | undefined> {
  const guides = bookChapters(contentDir).length
    ? ((await runPipeline({ contentDir, root, skipVerify: true })).book ?? []).map(({ guide }) => guide)
    : [loadGuide(contentDir, root).guide];
  if (guides.some((guide) => !guide)) return undefined;
  const all = guides.flatMap((guide) => guide!.sources);
  return {
    questions: guides.reduce((sum, guide) => sum + guide!.questions.length, 0),
    sources: new Set(all.map((source) => source.id)).size,
    answers: all.reduce((sum, source) => sum + source.answerSet.answers.length, 0),
    sourceBytes: all.reduce((sum, source) => sum + statSync(join(root, source.file)).size, 0),
  };
}

const describeRun = (run: MeasuredRun) =>
  `${(run.totalMs / 1000).toFixed(2)} s, ${Math.round(run.peakRssBytes / 2 ** 20)} MiB, ${(run.cpuMs / 1000).toFixed(1)} s CPU`;

/** Crossguide's and the yardstick's cold builds of one size, taking turns so that a change in the machine's load hits both. */
async function benchBuilds(size: Size, contentDir: string, yardstick: Yardstick | undefined, keepLast: boolean): Promise<{ result: BuildResult; outDir: string }> {
  const stats = await contentStats(contentDir);
  if (!stats) throw new Error(`the ${size.name} content does not load; run npm run ingest -- --check --content ${contentDir}`);
  if (yardstick) stageAnswers(yardstick, join(contentDir, 'sources'));
  const runs: BuildRun[] = [];
  let starlightPages = 0;
  const others: MeasuredRun[] = [];
  const floors: Array<{ parseMs: number; site: MeasuredRun }> = [];
  const floorSite = join(workDir, 'floor');
  prepareFloorSite(floorSite, root);
  const floorFiles = floorSources(join(contentDir, 'sources'));
  const count = runsOverride ?? size.runs;
  for (let run = 1; run <= count; run++) {
    const build = await coldBuild({ root, contentDir, workDir: join(workDir, `build-${size.name}-${run}`) });
    log(`build ${size.name} ${run}/${count}: ${describeRun(build)}, stages ${JSON.stringify(build.stages)}`);
    runs.push(build);
    const parseMs = parseFloor(floorFiles);
    const site = await floorBuild(floorSite, build.outDir);
    log(`floor ${size.name} ${run}/${count}: parsing ${floorFiles.length} sources ${(parseMs / 1000).toFixed(2)} s, bare Astro and Pagefind over ${site.pages} pages ${describeRun(site)}`);
    floors.push({ parseMs, site });
    if (!(keepLast && run === count)) rmSync(dirname(build.outDir), { recursive: true, force: true });
    if (yardstick) {
      const other = await yardstickBuild(yardstick);
      log(`Starlight ${size.name} ${run}/${count}: ${describeRun(other)}, ${other.pages} pages`);
      others.push(other);
      starlightPages = other.pages;
    }
  }
  const stage = (...names: string[]) => runs.map((run) => names.reduce((sum, name) => sum + (run.stages[name] ?? 0), 0));
  const recorded = runs.map((run) => Object.values(run.stages).reduce((sum, ms) => sum + ms, 0));
  const totalMs = summarise(runs.map((run) => run.totalMs));
  const peakRssBytes = summarise(runs.map((run) => run.peakRssBytes));
  const cpuMs = summarise(runs.map((run) => run.cpuMs));
  const starlight: YardstickBuild | null = others.length
    ? {
        pages: starlightPages,
        totalMs: summarise(others.map((run) => run.totalMs)),
        peakRssBytes: summarise(others.map((run) => run.peakRssBytes)),
        cpuMs: summarise(others.map((run) => run.cpuMs)),
      }
    : null;
  const floorTotal = summarise(floors.map((floor) => floor.parseMs + floor.site.totalMs));
  const floorPeak = summarise(floors.map((floor) => floor.site.peakRssBytes));
  return {
    outDir: runs.at(-1)!.outDir,
    result: {
      name: size.name,
      ...stats,
      pages: runs.at(-1)!.pages,
      totalMs,
      ingestMs: summarise(stage('load', 'render', 'write')),
      astroMs: summarise(runs.map((run, i) => run.totalMs - recorded[i]!)),
      verifyMs: summarise(stage('verify')),
      indexMs: runs.some((run) => 'index' in run.stages) ? summarise(stage('index')) : null,
      peakRssBytes,
      cpuMs,
      yardstick: starlight,
      ratios: starlight && {
        time: totalMs.median / starlight.totalMs.median,
        peak: peakRssBytes.median / starlight.peakRssBytes.median,
        cpu: cpuMs.median / starlight.cpuMs.median,
      },
      floor: {
        parseMs: summarise(floors.map((floor) => floor.parseMs)),
        siteMs: summarise(floors.map((floor) => floor.site.totalMs)),
        sitePeakRssBytes: floorPeak,
        totalMs: floorTotal,
        ratios: starlight && { time: floorTotal.median / starlight.totalMs.median, peak: floorPeak.median / starlight.peakRssBytes.median },
      },
    },
  };
}

/** The first view of every question page of a built guide; the heaviest. */
async function heaviestQuestionPage(browser: Browser, origin: string, siteDir: string): Promise<(PageWeight & { of: number }) | null> {
  const questionPaths = readdirSync(join(siteDir, 'questions')).sort().map((slug) => `/questions/${slug}/`);
  let heaviest: PageWeight | undefined;
  for (const path of questionPaths) {
    const weight = await measureFirstView(browser, origin, path);
    if (!heaviest || weight.total.gzip > heaviest.total.gzip) heaviest = weight;
  }
  return heaviest ? { ...heaviest, of: questionPaths.length } : null;
}

/** Page weight of every question page of the class-sized guide, where twenty answers share each page. */
async function benchClassPages(siteDir: string, guide: string): Promise<BenchResults['classQuestionPage']> {
  const server = await serveSite({ root, dir: siteDir, port });
  try {
    const browser = await chromium.launch(launchOptions());
    try {
      const heaviest = await heaviestQuestionPage(browser, server.origin, siteDir);
      log(`page weight, ${guide}: heaviest question page ${heaviest?.path}, ${heaviest?.total.gzip} bytes gzip`);
      return heaviest && { ...heaviest, guide };
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
  }
}

/** Page weight of every question page (reporting the heaviest), search, and Lighthouse on the shipped site. */
async function benchBrowser(siteDir: string): Promise<Pick<BenchResults, 'questionPage' | 'search' | 'lighthouse'>> {
  const launch = launchOptions();
  const server = await serveSite({ root, dir: siteDir, port });
  try {
    const browser = await chromium.launch(launch);
    let heaviest: (PageWeight & { of: number }) | null;
    let search: BenchResults['search'];
    try {
      heaviest = await heaviestQuestionPage(browser, server.origin, siteDir);
      log(`page weight: heaviest question page ${heaviest?.path}, ${heaviest?.total.gzip} bytes gzip`);
      search = heaviest
        ? await measureSearch(browser, server.origin, heaviest.path, { runs: runsOverride ?? SEARCH_RUNS })
        : { measured: false, reason: 'no question pages in the build' };
      log(`search: ${search.measured ? `${search.firstSearchMs.median} ms first` : search.reason}`);
    } finally {
      await browser.close();
    }
    const lighthouse = await measureLighthouse(
      {
        origin: server.origin,
        paths: ['/', ...(heaviest ? [heaviest.path] : [])],
        formFactors: ['mobile', 'desktop'],
        runs: runsOverride ?? LIGHTHOUSE_RUNS,
        executablePath: findChromium(thisMachine(), 'lighthouse') ?? chromium.executablePath(),
        args: launch.args,
        port: port + 1,
        profileDir: join(workDir, 'chromium-profile'),
      },
      log,
    );
    return { questionPage: heaviest, search, lighthouse };
  } finally {
    await server.stop();
  }
}

async function main(): Promise<number> {
  const startedAt = new Date();
  const started = performance.now();
  const loadAverage = loadavg()[0]!;
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });

  let yardstick: Yardstick | undefined;
  let yardstickResult: BenchResults['yardstick'];
  if (existsSync(yardstickSource)) {
    yardstick = prepareYardstick(yardstickSource, join(benchDir, '.yardstick'), log);
    yardstickResult = { measured: true, starlight: yardstick.starlight, astro: yardstick.astro };
  } else {
    yardstickResult = { measured: false, reason: `${yardstickSource} not found` };
    log(`${yardstickSource} not found: measuring Crossguide alone, synthetic answers from src/lib/testing/synthetic.ts`);
  }

  const budgets = budgetsSchema.parse(JSON.parse(readFileSync(join(import.meta.dirname, 'budgets.json'), 'utf8')));
  const builds: BuildResult[] = [];
  let shippedSite: string | undefined;
  let classSite: string | undefined;
  // One build at a time: parallel builds would measure each other.
  for (const size of SIZES.filter((s) => wanted.includes(s.name))) {
    const contentDir = size.book
      ? writeBook(size.name, size.book)
      : size.synthetic
        ? writeSynthetic(size.name, size.synthetic, yardstick)
        : join(root, 'content');
    const classSized = size.name === budgets.yardstick.name;
    // Starlight has no book of chapters to build beside it: the book is measured against 100x20 instead.
    const { result, outDir } = await benchBuilds(size, contentDir, size.book ? undefined : yardstick, !size.synthetic && !size.book || classSized);
    builds.push(result);
    if (!size.synthetic && !size.book) shippedSite = outDir;
    if (classSized) classSite = outDir;
  }
  const synthetic = builds.filter((build) => build.name !== 'shipped');
  const growthOf = (ms: (build: BuildResult) => number) => {
    const { small, large, ratio } = growthRatio(synthetic.map((build) => ({ answers: build.answers, ms: ms(build) })));
    return { smallMsPerAnswer: small, largeMsPerAnswer: large, ratio };
  };
  const growth = synthetic.length >= 3 ? { wall: growthOf((b) => b.totalMs.median), cpu: growthOf((b) => b.cpuMs.median) } : null;

  const browser: Pick<BenchResults, 'questionPage' | 'search' | 'lighthouse'> = shippedSite
    ? await benchBrowser(shippedSite)
    : { questionPage: null, search: { measured: false, reason: 'the shipped guide was not built (--sizes)' }, lighthouse: { measured: false, reason: 'the shipped guide was not built (--sizes)' } };

  const classQuestionPage = classSite ? await benchClassPages(classSite, budgets.yardstick.name) : null;
  const comparison = scoreComparisons();
  const pathological = benchPathological();
  const results = benchResultsSchema.parse({
    meta: {
      startedAt: startedAt.toISOString(),
      durationMs: performance.now() - started,
      node: process.versions.node,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
      loadAverage,
    },
    yardstick: yardstickResult,
    builds,
    growth,
    ...browser,
    classQuestionPage,
    comparison,
    pathological,
  } satisfies BenchResults);
  writeFileSync(join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

  const checks = checkBudgets(results, budgets);
  process.stdout.write(`${renderReport(results, checks)}\n`);
  const missed = checks.filter((check) => !check.met);
  if (values.check && missed.length) {
    process.stderr.write(`${plural(missed.length, 'budget')} missed:\n${missed.map((m) => `  ${m.budget}: ${m.actual}`).join('\n')}\n`);
    return 1;
  }
  return 0;
}

/** Verdicts, concepts and near-copies of the comparisons, scored against the study corpus's answer key. */
function scoreComparisons(): ComparisonScores {
  const start = performance.now();
  const { verdicts, concepts, nearCopies } = scoreStudyCorpus(loadStudyCorpus());
  return {
    verdicts: { right: verdicts.right, total: verdicts.total, accuracy: verdicts.accuracy },
    concepts: { precision: concepts.precision, recall: concepts.recall, f1: concepts.f1, named: concepts.truePositives + concepts.falseNegatives },
    nearCopies,
    ms: performance.now() - start,
  };
}

try {
  process.exitCode = await main();
} finally {
  // Built sites left in the project would be picked up by the type checks.
  if (!values.keep) rmSync(workDir, { recursive: true, force: true });
}
