/** The benchmark's Markdown report: medians, with what was not measured said plainly. */
import type { BudgetCheck } from './budgets.ts';
import { categorySchema, type BenchResults, type Bytes, type Growth, type Summary } from './results.ts';
import { plural } from '../lib/model/plural.ts';

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const summarySeconds = (summary: Summary | null) => (summary ? seconds(summary.median) : 'not measured');
const mib = (bytes: number) => String(Math.round(bytes / (1024 * 1024)));
const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const bytes = ({ raw, gzip }: Bytes) => `${kb(raw)} | ${kb(gzip)}`;
const ratio = (n: number) => `${n.toFixed(2)}×`;

function row(cells: readonly (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

function table(header: readonly string[], rows: readonly (readonly (string | number)[])[], align?: readonly ('l' | 'r')[]): string[] {
  const rule = header.map((_, i) => ((align?.[i] ?? (i === 0 ? 'l' : 'r')) === 'r' ? '---:' : '---'));
  return [row(header), row(rule), ...rows.map(row)];
}

/** Renders every part of the results, then each budget and whether it is met. */
export function renderReport(results: BenchResults, budgets: readonly BudgetCheck[]): string {
  const lines: string[] = [];
  const { meta } = results;
  lines.push(
    `## Benchmark`,
    '',
    `${meta.cpus} × ${meta.cpuModel}, Node ${meta.node}, load average ${meta.loadAverage.toFixed(2)} at the start; ran in ${(meta.durationMs / 60000).toFixed(1)} min. Medians of the runs shown.`,
    '',
    '### Cold builds',
    '',
    ...table(
      ['content', 'questions × sources', 'answers', 'pages', 'runs', 'total (s)', 'ingest (s)', 'astro (s)', 'nothing-lost check (s)', 'indexing (s)', 'CPU (s)', 'peak memory (MiB)'],
      results.builds.map((build) => [
        build.name,
        `${build.questions} × ${build.sources}`,
        build.answers,
        build.pages,
        build.totalMs.runs.length,
        seconds(build.totalMs.median),
        seconds(build.ingestMs.median),
        seconds(build.astroMs.median),
        seconds(build.verifyMs.median),
        summarySeconds(build.indexMs),
        seconds(build.cpuMs.median),
        mib(build.peakRssBytes.median),
      ]),
    ),
    '',
  );
  lines.push('### Against Starlight', '');
  if (!results.yardstick.measured) lines.push(`not measured: ${results.yardstick.reason}`, '');
  else {
    const rows = results.builds.flatMap((build) => {
      const { yardstick: other, ratios } = build;
      if (!other || !ratios) return [];
      return [[
        build.name,
        other.totalMs.runs.length,
        seconds(build.totalMs.median), seconds(other.totalMs.median), ratio(ratios.time),
        mib(build.peakRssBytes.median), mib(other.peakRssBytes.median), ratio(ratios.peak),
        seconds(build.cpuMs.median), seconds(other.cpuMs.median), ratio(ratios.cpu),
      ]];
    });
    lines.push(
      `Starlight ${results.yardstick.starlight} on Astro ${results.yardstick.astro} building the same answers (one page per question), cold, each run right after Crossguide's. Ratios are Crossguide's median ÷ Starlight's: below 1× is faster or leaner.`,
      '',
      ...table(
        ['content', 'runs', 'Crossguide (s)', 'Starlight (s)', 'time', 'Crossguide peak (MiB)', 'Starlight peak (MiB)', 'peak', 'Crossguide CPU (s)', 'Starlight CPU (s)', 'CPU'],
        rows,
      ),
      '',
    );
  }

  const floors = results.builds.flatMap((build) => (build.floor ? [{ build, floor: build.floor }] : []));
  if (floors.length) {
    lines.push(
      '### The floor',
      '',
      "What any build of these answers must spend here, measured beside each build: parsing every Markdown or text source once with the Markdown parser both sides use, on every core, then a bare Astro project building Crossguide's finished pages as they are and Pagefind indexing them. A budget below the floor's ratio cannot be met by Crossguide's own code.",
      '',
      ...table(
        ['content', 'parse (s)', 'bare Astro + Pagefind (s)', 'floor (s)', 'floor ÷ Starlight, time', 'bare build peak (MiB)', 'floor ÷ Starlight, peak', 'Crossguide ÷ floor'],
        floors.map(({ build, floor }) => [
          build.name,
          seconds(floor.parseMs.median),
          seconds(floor.siteMs.median),
          seconds(floor.totalMs.median),
          floor.ratios ? ratio(floor.ratios.time) : 'not measured',
          mib(floor.sitePeakRssBytes.median),
          floor.ratios ? ratio(floor.ratios.peak) : 'not measured',
          ratio(build.totalMs.median / floor.totalMs.median),
        ]),
      ),
      '',
    );
  }

  if (results.growth) {
    const { wall, cpu } = results.growth;
    const growth = (g: Growth) => `${g.smallMsPerAnswer.toFixed(2)} ms → ${g.largeMsPerAnswer.toFixed(2)} ms (${g.ratio.toFixed(2)}×)`;
    lines.push(
      `Growth, as the build cost of one more answer between the two smallest synthetic sizes → between the two largest (1× is linear): wall-clock ${growth(wall)}, CPU ${growth(cpu)}.`,
      '',
    );
  }

  lines.push('### First view of a question page', '');
  const page = results.questionPage;
  const large = results.classQuestionPage;
  if (!page && !large) lines.push('not measured', '');
  else {
    // The shipped guide's heaviest page, and beside it the class-sized guide's, where twenty answers share a page.
    const weights = [
      ...(page ? [{ name: 'shipped', page }] : []),
      ...(large ? [{ name: large.guide, page: large }] : []),
    ];
    lines.push(
      `The heaviest question page of each guide (${weights.map(({ name, page }) => `${name}: ${page.path}, of ${page.of}, ${plural(page.requests, 'request')}`).join('; ')}), empty cache. Sizes in KB (1000 bytes); gzip as a compressing host would send it.`,
      '',
      ...table(
        ['what', ...weights.flatMap(({ name }) => [`${name} raw (KB)`, `${name} gzip (KB)`])],
        [
          ['HTML', ...weights.map(({ page }) => bytes(page.byKind.html))],
          ['CSS', ...weights.map(({ page }) => bytes(page.byKind.css))],
          ['JavaScript', ...weights.map(({ page }) => bytes(page.byKind.js))],
          ['other', ...weights.map(({ page }) => bytes(page.byKind.other))],
          ['**total**', ...weights.map(({ page }) => bytes(page.total))],
          ['JavaScript before any interaction (inline + external)', ...weights.map(({ page }) => bytes(page.jsBeforeInteraction.total))],
          ['… of which inline', ...weights.map(({ page }) => bytes(page.jsBeforeInteraction.inline))],
          ...(page ? [['after one search (shipped)', ...weights.map(({ name }) => (name === 'shipped' && results.search.measured ? bytes(results.search.afterSearch) : '— | —'))]] : []),
        ],
      ),
      '',
    );
  }

  lines.push('### Search', '');
  if (!results.search.measured) lines.push(`not measured: ${results.search.reason}`, '');
  else {
    const { query, path, firstSearchMs, repeatSearchMs } = results.search;
    lines.push(
      ...table(
        ['keystroke to results shown, Chromium', 'median (ms)', 'runs'],
        [
          [`first search for "${query}" on ${path} (loads the search code and index)`, Math.round(firstSearchMs.median), firstSearchMs.runs.length],
          [`the same search again on the same page`, repeatSearchMs ? Math.round(repeatSearchMs.median) : 'not measured', repeatSearchMs?.runs.length ?? 0],
        ],
      ),
      '',
    );
  }

  lines.push('### Lighthouse', '');
  if (!results.lighthouse.measured) lines.push(`not measured: ${results.lighthouse.reason}`, '');
  else {
    lines.push(
      `Lighthouse ${results.lighthouse.version}, simulated throttling; medians of ${plural(results.lighthouse.pages[0]?.runs ?? 0, 'run')}.`,
      '',
      ...table(
        ['page', 'form factor', ...categorySchema.options, 'FCP (ms)', 'LCP (ms)', 'TBT (ms)', 'CLS'],
        results.lighthouse.pages.map((run) => [
          run.path,
          run.formFactor,
          ...categorySchema.options.map((category) => run.scores[category]),
          Math.round(run.fcpMs),
          Math.round(run.lcpMs),
          Math.round(run.tbtMs),
          run.cls.toFixed(3),
        ]),
        ['l', 'l'],
      ),
      '',
    );
  }

  lines.push('### Comparisons on the study corpus', '');
  const scores = results.comparison;
  if (!scores) lines.push('not measured', '');
  else {
    const fixed = (n: number) => n.toFixed(3);
    lines.push(
      ...table(
        ['verdict accuracy', 'verdicts', 'concept precision', 'concept recall', 'concept F1', 'concepts in the key', 'near-copies grouped', 'other pairs grouped', 'time (s)'],
        [[fixed(scores.verdicts.accuracy), `${scores.verdicts.right} of ${scores.verdicts.total}`, fixed(scores.concepts.precision), fixed(scores.concepts.recall), fixed(scores.concepts.f1), scores.concepts.named, `${scores.nearCopies.found} of ${scores.nearCopies.total}`, scores.nearCopies.extra, seconds(scores.ms)]],
      ),
      '',
    );
  }

  lines.push('### Pathological inputs', '');
  if (!results.pathological) lines.push('not measured', '');
  else {
    lines.push(
      ...table(
        ['file', 'KB', 'read (s)', 'within 2 s', 'answers', 'warning'],
        results.pathological.map((p) => [p.name, Math.round(p.bytes / 1000), seconds(p.ms), p.ms <= 2000 ? 'yes' : '**no**', p.answers, p.warning ?? '']),
        ['l'],
      ),
      '',
    );
  }

  lines.push('### Budgets (src/bench/budgets.json)', '', ...table(['budget', 'measured', 'met'], budgets.map((b) => [b.budget, b.actual, b.met ? 'yes' : '**no**']), ['l', 'l', 'l']), '');
  return lines.join('\n');
}
