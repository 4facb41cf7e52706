/**
 * `npm run ingest` regenerates the page entries and rendered answers from `content/`;
 * `npm run ingest -- --check` only parses, checks that nothing is lost, and reports. Exit code 1 on a fatal problem.
 * `--strict` makes every warning fatal. `--verbose` also prints, per source, the format it was read as and why.
 * `--suggest-glossary` prints the concepts the comparison found as a `glossary.yaml` to edit and keep.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { strictly, strictRequested } from '../lib/model/diagnostics.ts';
import { report, runPipeline, summary } from '../lib/build/pipeline.ts';
import { numberRanges } from '../lib/model/question-id.ts';

/** Warnings that doubt a reading's numbers. */
const DOUBTS = new Set(['numbering-gap', 'out-of-order', 'duplicate-question', 'renumbered', 'mismatched-question']);
import { siteHighlight } from '../integrations/highlight.ts';
import { plural } from '../lib/model/plural.ts';

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    'suggest-glossary': { type: 'boolean', default: false },
    content: { type: 'string', default: process.env.CROSSGUIDE_CONTENT ?? 'content' },
  },
});

const root = process.cwd();
// Written pages carry highlighted code, as the site shows it; a check needs only the text.
const highlight = values.check ? undefined : siteHighlight();
const ran = await runPipeline({
  contentDir: resolve(root, values.content),
  ...(values.check ? {} : { outDir: resolve(root, '.generated') }),
  root,
  highlight,
});
// `--strict` (or `CROSSGUIDE_STRICT=1`): every source warning is fatal.
const strict = values.strict || strictRequested([], process.env);
const result = strict && ran.diagnostics.length ? { ...ran, diagnostics: strictly(ran.diagnostics), fatal: true } : ran;
if (result.diagnostics.length) process.stderr.write(`${report(result)}\n`);
if (result.fatal || !result.guide) process.exit(1);
if (values.verbose) {
  for (const source of result.guide.sources) {
    const numbers = source.answerSet.answers.map((answer) => answer.number);
    // The reading's fit: how many answers it placed, under which questions, and how many warnings doubt its numbers.
    const doubts = result.diagnostics.filter((d) => source.files.includes(d.file) && DOUBTS.has(d.ruleId)).length;
    const placed = source.unsplit
      ? 'not split'
      : `${plural(numbers.length, 'answer')} (${numberRanges(numbers) || 'none'}), ${plural(doubts, 'numbering warning')}`;
    process.stdout.write(`${source.file}: ${source.answerSet.format} (${source.answerSet.reason}); ${placed}; written in ${source.lang}\n`);
  }
  for (const path of result.skipped) process.stdout.write(`skipped: ${path}\n`);
}
if (values['suggest-glossary']) {
  const { suggestGlossary } = await import('../lib/compare/suggest-glossary.ts');
  process.stdout.write(suggestGlossary(result.guide));
  process.exit(0);
}
const written = values.check ? '' : `; ${plural(result.written, 'file')} written`;
process.stdout.write(`${summary(result.guide)}${written}\n`);
