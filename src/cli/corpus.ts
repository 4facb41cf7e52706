/**
 * `npm run corpus` scores the study-group corpus: per set and per part (open,
 * sealed), the answers placed under their own question, misplaced under
 * another, unplaced, and the sets not split at all. `--check` exits 1 when a
 * goal is missed (placed ≥ 97 % open and ≥ 90 % sealed, misplaced ≤ 1 %, no
 * guide stopped); `--json` prints the scores as JSON. The sealed part's sets
 * are listed one by one only with `--show-sealed`.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { conceptMeasures, scoreConceptCorpus } from '../lib/corpus/concept-corpus.ts';
import { scoreCorpus, totals, wordedQuestions, type SetScore } from '../lib/corpus/score.ts';

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    // The sealed part is scored in total only unless asked: no rule is written while reading its sets.
    'show-sealed': { type: 'boolean', default: false },
    root: { type: 'string', default: join(import.meta.dirname, '..', 'lib', 'parse', '__fixtures__', 'corpus') },
  },
});

const scores = await scoreCorpus(values.root);
if (values.json) {
  process.stdout.write(`${JSON.stringify(scores, null, 2)}\n`);
  process.exit(0);
}

const pct = (n: number) => `${n.toFixed(1)} %`;
const rows = scores
  .filter((s) => s.part !== 'sealed' || values['show-sealed'])
  .map(
    (s) =>
      `| ${s.part} | ${s.group} | ${s.set} | ${s.placed}/${s.keys} | ${s.misplaced} | ${s.unplaced} | ${[s.stopped ? 'stopped' : s.unsplit ? 'unsplit' : '', s.lost ? `${s.lost} lines lost` : ''].filter(Boolean).join(', ')} | ${s.misses.slice(0, 6).join('; ')}${s.misses.length > 6 ? ' …' : ''} |`,
  );
const lines = [
  '| part | group | set | placed | misplaced | unplaced | state | misses |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows,
  '',
];
const summary = (label: string, part: readonly SetScore[]) => {
  const t = totals(part);
  return `${label}: ${t.sets} sets, ${t.keys} answers: placed ${t.placed} (${pct(t.share(t.placed))}), misplaced ${t.misplaced} (${pct(t.share(t.misplaced))}), unplaced ${t.unplaced} (${pct(t.share(t.unplaced))}); ${t.unsplit} sets unsplit, ${t.stopped} stopped, ${t.lost} lines lost`;
};
for (const part of [...new Set(scores.map((s) => s.part))])
  lines.push(
    summary(
      part,
      scores.filter((s) => s.part === part),
    ),
  );
lines.push(summary('all', scores));
// Each group is one guide; its questions are counted once, whatever part its sets are in.
const guides = [...new Map(scores.map((s) => [s.group, s.guide])).values()];
const questions = guides.reduce((sum, g) => sum + g.questions, 0);
const prompted = guides.reduce((sum, g) => sum + g.prompted, 0);
const untitled = guides.reduce((sum, g) => sum + g.untitled, 0);
const worded = (part: readonly SetScore[]) =>
  `${pct(
    (100 * part.reduce((sum, s) => sum + s.prompted, 0)) /
      Math.max(
        1,
        part.reduce((sum, s) => sum + s.answers, 0),
      ),
  )} of their answers word the question`;
// A question the sets of a part word, once per guide: does its page show a prompt, and a title from it?
const wordedBy = (part: readonly SetScore[]) => {
  const { worded, prompted, titled } = wordedQuestions(part);
  const share = (count: number) => pct((100 * count) / Math.max(1, worded));
  return `${worded} questions worded, ${share(prompted)} show a prompt, ${share(titled)} a title from it`;
};
for (const part of [...new Set(scores.map((s) => s.part))])
  lines.push(`prompts, ${part}: ${wordedBy(scores.filter((s) => s.part === part))}`);
lines.push(
  `prompts: ${guides.length} guides, ${questions} questions: ${prompted} (${pct((100 * prompted) / Math.max(1, questions))}) show a prompt, ${untitled} (${pct((100 * untitled) / Math.max(1, questions))}) are titled only “Question N”; open sets: ${worded(scores.filter((s) => s.part === 'open'))}, sealed: ${worded(scores.filter((s) => s.part === 'sealed'))}`,
);
// Comparison with no glossary, on the chapters the concept corpus keys (compare/concept-corpus.ts).
const concepts = scoreConceptCorpus();
for (const part of ['open', 'sealed'] as const) {
  const m = conceptMeasures(concepts[part]);
  const f = (n: number) => n.toFixed(2);
  lines.push(
    `concepts without a glossary, ${part}: precision ${f(m.precision)}, recall ${f(m.recall)}, F1 ${f(m.f1)}; choices and verdicts ${f(m.stances)} right; disputed questions marked ${m.disputes}`,
  );
}
process.stdout.write(`${lines.join('\n')}\n`);

if (values.check) {
  const missed: string[] = [];
  const open = totals(scores.filter((s) => s.part === 'open'));
  const sealed = totals(scores.filter((s) => s.part === 'sealed'));
  const all = totals(scores);
  if (open.share(open.placed) < 97) missed.push(`open part placed ${pct(open.share(open.placed))} < 97 %`);
  if (sealed.share(sealed.placed) < 90) missed.push(`sealed part placed ${pct(sealed.share(sealed.placed))} < 90 %`);
  if (all.share(all.misplaced) > 1) missed.push(`misplaced ${pct(all.share(all.misplaced))} > 1 %`);
  if (all.stopped) missed.push(`${all.stopped} sets stopped their guide`);
  if (all.lost) missed.push(`${all.lost} source lines are not visible on the pages`);
  if (missed.length) {
    process.stderr.write(`${missed.join('\n')}\n`);
    process.exit(1);
  }
}
