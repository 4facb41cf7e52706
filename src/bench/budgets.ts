/**
 * Budgets the benchmark is held to, read from `src/bench/budgets.json`, and
 * the check that says of each one whether the results meet it.
 */
import { z } from 'astro/zod';
import { categorySchema, formFactorSchema, type BenchResults } from './results.ts';

export const budgetsSchema = z
  .object({
    questionPage: z
      .object({
        /** Everything the first view of the heaviest question page downloads, gzip. 1 KB = 1000 bytes. @example 20000 */
        maxTotalGzipBytes: z.number().positive(),
        /** Inline and external JavaScript before any interaction, gzip. @example 3000 */
        maxJsBeforeInteractionGzipBytes: z.number().positive(),
      })
      .strict(),
    lighthouse: z
      .object({
        /** The form factor whose scores are held to the budget. @example "mobile" */
        formFactor: formFactorSchema,
        /** Lowest median score, 0–100, for each of the four categories on every measured page. @example 100 */
        minScore: z.number().min(0).max(100),
      })
      .strict(),
    /** Ratios to Starlight building the same answers on the same machine in the same run, not absolute figures a busy machine would miss. */
    yardstick: z
      .object({
        /** Which build the ratios apply to. @example "100x20" */
        name: z.string(),
        /** Crossguide's median wall-clock build time ÷ Starlight's. @example 0.5 */
        maxTimeRatio: z.number().positive(),
        /** Crossguide's median peak resident memory of the build's process tree ÷ Starlight's. @example 0.5 */
        maxPeakRatio: z.number().positive(),
      })
      .strict(),
    shippedBuild: z
      .object({
        /** The shipped guide's median wall-clock build time ÷ Starlight's. @example 0.6 */
        maxTimeRatio: z.number().positive(),
      })
      .strict(),
    growth: z
      .object({
        /** Marginal build time per answer between the two largest sizes ÷ that between the two smallest. @example 1.5 */
        maxRatio: z.number().positive(),
      })
      .strict(),
    comparison: z
      .object({
        /** Lowest share of the study corpus's verdicts read right. @example 0.9 */
        minVerdictAccuracy: z.number().min(0).max(1),
        /** Lowest concept F1 on the study corpus. @example 0.9 */
        minConceptF1: z.number().min(0).max(1),
      })
      .strict(),
  })
  .strict();
export type Budgets = z.infer<typeof budgetsSchema>;

export interface BudgetCheck {
  budget: string;
  /** What was measured, or why nothing was. */
  actual: string;
  met: boolean;
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const MiB = 1024 * 1024;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (bytes: number) => `${Math.round(bytes / MiB)} MiB`;

/** Checks every budget; a budget that could not be measured is not met. */
export function checkBudgets(results: BenchResults, budgets: Budgets): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const check = (budget: string, actual: string, met: boolean) => checks.push({ budget, actual, met });

  const { maxTotalGzipBytes, maxJsBeforeInteractionGzipBytes } = budgets.questionPage;
  // The shipped guide's pages, and a class-sized guide's, where twenty answers share each page.
  const pages = [
    { of: '', page: results.questionPage },
    { of: `${budgets.yardstick.name} `, page: results.classQuestionPage },
  ];
  for (const { of, page } of pages) {
    const weightBudget = `first view of a ${of}question page ≤ ${kb(maxTotalGzipBytes)} gzip`;
    const jsBudget = `JavaScript before interaction on a ${of}question page ≤ ${kb(maxJsBeforeInteractionGzipBytes)} gzip`;
    if (!page) {
      check(weightBudget, 'not measured', false);
      check(jsBudget, 'not measured', false);
    } else {
      check(weightBudget, `${kb(page.total.gzip)} on ${page.path}`, page.total.gzip <= maxTotalGzipBytes);
      const js = page.jsBeforeInteraction.total.gzip;
      check(jsBudget, `${kb(js)} on ${page.path}`, js <= maxJsBeforeInteractionGzipBytes);
    }
  }

  const { formFactor, minScore } = budgets.lighthouse;
  const lighthouseBudget = `Lighthouse ${formFactor} ${minScore} in all four categories`;
  const runs = results.lighthouse.measured ? results.lighthouse.pages.filter((run) => run.formFactor === formFactor) : [];
  if (!results.lighthouse.measured) check(lighthouseBudget, `not measured: ${results.lighthouse.reason}`, false);
  else if (runs.length === 0) check(lighthouseBudget, `no ${formFactor} runs`, false);
  for (const run of runs) {
    const low = categorySchema.options.filter((category) => run.scores[category] < minScore);
    const actual = categorySchema.options.map((category) => `${category} ${run.scores[category]}`).join(', ');
    check(`${lighthouseBudget} on ${run.path}`, actual, low.length === 0);
  }

  const ratioCheck = (name: string, what: 'time' | 'peak', max: number) => {
    const budget = `${name} build ${what === 'time' ? 'time' : 'peak memory'} ≤ ${max}× Starlight's`;
    const build = results.builds.find((b) => b.name === name);
    if (!build) return check(budget, 'not measured', false);
    if (!build.yardstick || !build.ratios) {
      return check(budget, results.yardstick.measured ? 'not measured: no Starlight build' : `not measured: ${results.yardstick.reason}`, false);
    }
    const ratio = build.ratios[what];
    const [ours, theirs] = what === 'time' ? [seconds(build.totalMs.median), seconds(build.yardstick.totalMs.median)] : [mib(build.peakRssBytes.median), mib(build.yardstick.peakRssBytes.median)];
    // The floor says whether the budget can be met here at all.
    const floor = build.floor?.ratios?.[what];
    // A third decimal where two would print the budget itself, so "above" never reads as equal.
    const shown = (n: number) => n.toFixed(n !== max && n.toFixed(2) === max.toFixed(2) ? 3 : 2);
    const belowFloor = floor === undefined ? '' : floor > max ? `; below this machine's floor of ${shown(floor)}×` : `; floor ${shown(floor)}×`;
    check(budget, `${ratio.toFixed(2)}× (${ours} vs ${theirs}${belowFloor})`, ratio <= max);
  };
  ratioCheck(budgets.yardstick.name, 'time', budgets.yardstick.maxTimeRatio);
  ratioCheck(budgets.yardstick.name, 'peak', budgets.yardstick.maxPeakRatio);
  ratioCheck('shipped', 'time', budgets.shippedBuild.maxTimeRatio);

  const growthBudget = `build time per answer, largest sizes ≤ ${budgets.growth.maxRatio}× smallest sizes`;
  const growth = results.growth?.wall;
  if (!growth) check(growthBudget, 'not measured: needs three synthetic sizes', false);
  else if (growth.smallMsPerAnswer <= 0) {
    check(growthBudget, `not measurable: the second size built no slower than the first (${growth.smallMsPerAnswer.toFixed(2)} ms per answer)`, false);
  } else {
    const actual = `${growth.ratio.toFixed(2)}× (${growth.smallMsPerAnswer.toFixed(2)} → ${growth.largeMsPerAnswer.toFixed(2)} ms per answer)`;
    check(growthBudget, actual, growth.ratio <= budgets.growth.maxRatio);
  }

  const { minVerdictAccuracy, minConceptF1 } = budgets.comparison;
  const scores = results.comparison;
  const verdictBudget = `study-corpus verdict accuracy ≥ ${minVerdictAccuracy}`;
  const conceptBudget = `study-corpus concept F1 ≥ ${minConceptF1}`;
  if (!scores) {
    check(verdictBudget, 'not measured', false);
    check(conceptBudget, 'not measured', false);
  } else {
    check(verdictBudget, `${scores.verdicts.accuracy.toFixed(3)} (${scores.verdicts.right} of ${scores.verdicts.total})`, scores.verdicts.accuracy >= minVerdictAccuracy);
    check(conceptBudget, scores.concepts.f1.toFixed(3), scores.concepts.f1 >= minConceptF1);
  }
  return checks;
}
