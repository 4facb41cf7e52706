import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { budgetsSchema, checkBudgets, type Budgets } from './budgets.ts';
import type { BenchResults, BuildResult, LighthouseRun } from './results.ts';
import { summarise } from './stats.ts';
import { renderReport } from './table.ts';

const MiB = 1024 * 1024;
const budgets: Budgets = budgetsSchema.parse(JSON.parse(readFileSync(join(import.meta.dirname, 'budgets.json'), 'utf8')));

/** A build of `seconds` and `peakMiB`, beside a Starlight build of `starlight` (twice as slow and heavy unless given). */
function build(name: string, answers: number, seconds: number, peakMiB: number, starlight = { seconds: seconds * 2, peakMiB: peakMiB * 2 }): BuildResult {
  const once = (value: number) => summarise([value]);
  const cpu = seconds * 1000 + 1000;
  const starlightCpu = starlight.seconds * 1000 + 1000;
  return {
    name, questions: 1, sources: 1, answers, sourceBytes: 1, pages: 1,
    totalMs: once(seconds * 1000), ingestMs: once(100), astroMs: once(seconds * 1000 - 150), verifyMs: once(50), indexMs: null,
    peakRssBytes: once(peakMiB * MiB), cpuMs: once(cpu),
    yardstick: { pages: 2, totalMs: once(starlight.seconds * 1000), peakRssBytes: once(starlight.peakMiB * MiB), cpuMs: once(starlightCpu) },
    ratios: { time: seconds / starlight.seconds, peak: peakMiB / starlight.peakMiB, cpu: cpu / starlightCpu },
  };
}

/** The same build measured without the yardstick. */
function alone(result: BuildResult): BuildResult {
  return { ...result, yardstick: null, ratios: null };
}

function lighthouseRun(path: string, formFactor: 'mobile' | 'desktop', performance = 100): LighthouseRun {
  return { path, formFactor, runs: 1, scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 }, fcpMs: 900, lcpMs: 900, tbtMs: 0, cls: 0, failing: [] };
}

/** Results that meet every budget in budgets.json; tests break one thing at a time. */
function passing(): BenchResults {
  return {
    meta: { startedAt: '2025-01-01T00:00:00.000Z', durationMs: 1, node: '22', cpus: 2, cpuModel: 'test', loadAverage: 0 },
    yardstick: { measured: true, starlight: '0.42.4', astro: '7.3.5' },
    builds: [build('shipped', 33, 3, 300), build('25x5', 100, 3, 300), build('50x10', 400, 3.6, 320), build('100x20', 1600, 5.9, 400)],
    growth: { wall: { smallMsPerAnswer: 2, largeMsPerAnswer: 1.9, ratio: 0.95 }, cpu: { smallMsPerAnswer: 2, largeMsPerAnswer: 2, ratio: 1 } },
    comparison: { verdicts: { right: 33, total: 34, accuracy: 33 / 34 }, concepts: { precision: 1, recall: 0.95, f1: 0.97, named: 100 }, nearCopies: { found: 1, total: 1, extra: 0 }, ms: 900 },
    questionPage: {
      path: '/questions/01-a/', of: 1, requests: 2,
      byKind: { html: { raw: 9000, gzip: 4000 }, css: { raw: 9000, gzip: 3000 }, js: { raw: 0, gzip: 0 }, other: { raw: 0, gzip: 0 } },
      total: { raw: 18000, gzip: 7000 },
      jsBeforeInteraction: { inline: { raw: 2000, gzip: 1000 }, external: { raw: 0, gzip: 0 }, total: { raw: 2000, gzip: 1000 } },
    },
    classQuestionPage: {
      path: '/questions/07-b/', of: 100, requests: 1, guide: '100x20',
      byKind: { html: { raw: 100000, gzip: 19000 }, css: { raw: 0, gzip: 0 }, js: { raw: 0, gzip: 0 }, other: { raw: 0, gzip: 0 } },
      total: { raw: 100000, gzip: 19000 },
      jsBeforeInteraction: { inline: { raw: 4000, gzip: 1700 }, external: { raw: 0, gzip: 0 }, total: { raw: 4000, gzip: 1700 } },
    },
    search: { measured: false, reason: 'no search on this build' },
    lighthouse: { measured: true, version: '13', pages: [lighthouseRun('/', 'mobile'), lighthouseRun('/', 'desktop', 90)] },
  };
}

const missed = (results: BenchResults) => checkBudgets(results, budgets).filter((check) => !check.met);

describe('checkBudgets', () => {
  test('the checked-in budgets are the ones the project promises', () => {
    expect(budgets).toEqual({
      questionPage: { maxTotalGzipBytes: 20000, maxJsBeforeInteractionGzipBytes: 3000 },
      lighthouse: { formFactor: 'mobile', minScore: 100 },
      yardstick: { name: '100x20', maxTimeRatio: 0.5, maxPeakRatio: 0.5 },
      shippedBuild: { maxTimeRatio: 0.6 },
      growth: { maxRatio: 1.5 },
      comparison: { minVerdictAccuracy: 0.9, minConceptF1: 0.9 },
    });
  });

  test('meets every budget with good results, and desktop scores do not count', () => {
    expect(missed(passing())).toEqual([]);
  });

  test('lists every missed budget at once, with what was measured', () => {
    const results = passing();
    results.questionPage!.total.gzip = 25_000;
    results.questionPage!.jsBeforeInteraction.total.gzip = 3_001;
    results.classQuestionPage!.total.gzip = 20_001;
    results.lighthouse = { measured: true, version: '13', pages: [lighthouseRun('/', 'mobile', 97)] };
    results.builds[0] = build('shipped', 33, 3, 300, { seconds: 4.9, peakMiB: 600 });
    results.builds[3] = build('100x20', 1600, 6.0, 500, { seconds: 11.9, peakMiB: 964 });
    results.growth!.wall = { smallMsPerAnswer: 2, largeMsPerAnswer: 3.2, ratio: 1.6 };
    expect(missed(results).map(({ budget, actual }) => `${budget}: ${actual}`)).toEqual([
      'first view of a question page ≤ 20.0 KB gzip: 25.0 KB on /questions/01-a/',
      'JavaScript before interaction on a question page ≤ 3.0 KB gzip: 3.0 KB on /questions/01-a/',
      'first view of a 100x20 question page ≤ 20.0 KB gzip: 20.0 KB on /questions/07-b/',
      'Lighthouse mobile 100 in all four categories on /: performance 97, accessibility 100, best-practices 100, seo 100',
      "100x20 build time ≤ 0.5× Starlight's: 0.50× (6.0 s vs 11.9 s)",
      "100x20 build peak memory ≤ 0.5× Starlight's: 0.52× (500 MiB vs 964 MiB)",
      "shipped build time ≤ 0.6× Starlight's: 0.61× (3.0 s vs 4.9 s)",
      'build time per answer, largest sizes ≤ 1.5× smallest sizes: 1.60× (2.00 → 3.20 ms per answer)',
    ]);
  });

  test('a budget that could not be measured is missed, never assumed met', () => {
    const results = passing();
    results.questionPage = null;
    delete results.classQuestionPage;
    results.lighthouse = { measured: false, reason: 'Chromium exited with 1' };
    results.builds = results.builds.slice(0, 2);
    results.growth = null;
    expect(missed(results).map((check) => check.actual)).toEqual([
      'not measured',
      'not measured',
      'not measured',
      'not measured',
      'not measured: Chromium exited with 1',
      'not measured',
      'not measured',
      'not measured: needs three synthetic sizes',
    ]);
  });

  test('without the yardstick every ratio budget is missed, saying why', () => {
    const results = passing();
    results.yardstick = { measured: false, reason: '../shared/yardstick not found' };
    results.builds = results.builds.map(alone);
    expect(missed(results).map(({ budget, actual }) => `${budget}: ${actual}`)).toEqual([
      "100x20 build time ≤ 0.5× Starlight's: not measured: ../shared/yardstick not found",
      "100x20 build peak memory ≤ 0.5× Starlight's: not measured: ../shared/yardstick not found",
      "shipped build time ≤ 0.6× Starlight's: not measured: ../shared/yardstick not found",
    ]);
  });

  test("a ratio budget says whether the machine's floor leaves room for it", () => {
    const results = passing();
    const once = (value: number) => summarise([value]);
    const floor = (seconds: number, peakMiB: number, starlight: BuildResult) => ({
      parseMs: once(seconds * 400), siteMs: once(seconds * 600), sitePeakRssBytes: once(peakMiB * MiB), totalMs: once(seconds * 1000),
      ratios: { time: (seconds * 1000) / starlight.yardstick!.totalMs.median, peak: (peakMiB * MiB) / starlight.yardstick!.peakRssBytes.median },
    });
    const large = build('100x20', 1600, 9, 900, { seconds: 11, peakMiB: 1000 });
    results.builds[3] = { ...large, floor: floor(9.9, 503, large) };
    results.builds[0] = { ...results.builds[0]!, floor: floor(1, 100, results.builds[0]!) };
    expect(missed(results).map(({ budget, actual }) => `${budget}: ${actual}`)).toEqual([
      "100x20 build time ≤ 0.5× Starlight's: 0.82× (9.0 s vs 11.0 s; below this machine's floor of 0.90×)",
      "100x20 build peak memory ≤ 0.5× Starlight's: 0.90× (900 MiB vs 1000 MiB; below this machine's floor of 0.503×)",
    ]);
    expect(checkBudgets(results, budgets).find((check) => check.budget.startsWith('shipped build time'))?.actual).toBe('0.50× (3.0 s vs 6.0 s; floor 0.17×)');
    const report = renderReport(results, checkBudgets(results, budgets));
    expect(report).toContain('### The floor');
    expect(report).toContain('| 100x20 | 3.96 | 5.94 | 9.90 | 0.90× | 503 | 0.50× | 0.91× |');
  });

  test('growth cannot pass when noise made the second size no slower than the first', () => {
    const results = passing();
    results.growth!.wall = { smallMsPerAnswer: -0.5, largeMsPerAnswer: 1, ratio: -2 };
    expect(missed(results)[0]?.actual).toMatch(/^not measurable/);
  });
});

describe('renderReport', () => {
  test('prints medians, says what was not measured, and marks missed budgets', () => {
    const results = passing();
    results.builds[3] = build('100x20', 1600, 8.25, 700, { seconds: 11, peakMiB: 1000 });
    const report = renderReport(results, checkBudgets(results, budgets));
    expect(report).toContain('| 100x20 | 1 × 1 | 1600 | 1 | 1 | 8.25 | 0.10 | 8.10 | 0.05 | not measured | 9.25 | 700 |');
    expect(report).toContain('not measured: no search on this build');
    expect(report).toContain("| 100x20 build time ≤ 0.5× Starlight's | 0.75× (8.3 s vs 11.0 s) | **no** |");
    expect(report).toContain('| / | mobile | 100 | 100 | 100 | 100 | 900 | 900 | 0 | 0.000 |');
  });

  test('prints the heaviest question page of the shipped and the class-sized guide side by side', () => {
    const report = renderReport(passing(), checkBudgets(passing(), budgets));
    expect(report).toContain('| what | shipped raw (KB) | shipped gzip (KB) | 100x20 raw (KB) | 100x20 gzip (KB) |');
    expect(report).toContain('| **total** | 18.0 | 7.0 | 100.0 | 19.0 |');
    expect(report).toContain('100x20: /questions/07-b/, of 100, 1 request');
    expect(report).toContain('| first view of a 100x20 question page ≤ 20.0 KB gzip | 19.0 KB on /questions/07-b/ | yes |');
  });

  test('prints Crossguide and Starlight side by side with the ratios of the medians', () => {
    const results = passing();
    results.builds[3] = build('100x20', 1600, 8.25, 700, { seconds: 11, peakMiB: 1000 });
    const report = renderReport(results, checkBudgets(results, budgets));
    expect(report).toContain('Starlight 0.42.4 on Astro 7.3.5');
    expect(report).toContain('| 100x20 | 1 | 8.25 | 11.00 | 0.75× | 700 | 1000 | 0.70× | 9.25 | 12.00 | 0.77× |');
  });

  test('says plainly when Starlight was not measured', () => {
    const results = passing();
    results.yardstick = { measured: false, reason: '../shared/yardstick not found' };
    results.builds = results.builds.map(alone);
    expect(renderReport(results, [])).toContain('### Against Starlight\n\nnot measured: ../shared/yardstick not found\n');
  });
});

describe('the comparison budgets', () => {
  test('miss when the study corpus scores below the bar, or was not scored', () => {
    const low = passing();
    low.comparison!.verdicts.accuracy = 0.85;
    low.comparison!.concepts.f1 = 0.89;
    expect(missed(low).map((check) => check.budget)).toEqual(['study-corpus verdict accuracy ≥ 0.9', 'study-corpus concept F1 ≥ 0.9']);
    const none = passing();
    delete none.comparison;
    expect(missed(none).map((check) => check.actual)).toEqual(['not measured', 'not measured']);
  });

  test('the report prints the scores', () => {
    const report = renderReport(passing(), checkBudgets(passing(), budgets));
    expect(report).toContain('### Comparisons on the study corpus');
    expect(report).toMatch(/\| 0\.971 \| 33 of 34 \| 1\.000 \| 0\.950 \| 0\.970 \| 100 \| 1 of 1 \| 0 \| 0\.90 \|/);
  });
});
