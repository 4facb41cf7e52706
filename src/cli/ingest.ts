/**
 * `npm run ingest` regenerates the page entries and rendered answers from `content/`;
 * `npm run ingest -- --check` only parses, checks that nothing is lost, and reports. Exit code 1 on a fatal problem.
 * `--strict` makes every warning fatal. `--verbose` also prints, per source, the format it was read as and why.
 * `--suggest-glossary` prints the concepts the comparison found as a `glossary.yaml` to edit and keep.
 * `--eject <id>` writes question `<id>`'s generated MDX page to `content/questions/<NN>.mdx`, the maintainer's to edit
 * (in a book, `--eject <chapter>/<id>` to `content/chapters/<chapter>/questions/<NN>.mdx`).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { strictly, strictRequested } from '../lib/model/diagnostics.ts';
import { bookSummary, report, runPipeline, summary } from '../lib/build/pipeline.ts';
import { numberRanges } from '../lib/model/question-id.ts';

/** Warnings that doubt a reading's numbers. */
const DOUBTS = new Set(['numbering-gap', 'out-of-order', 'duplicate-question', 'renumbered', 'mismatched-question']);
import { siteHighlight } from '../integrations/highlight.ts';
import { plural } from '../lib/model/plural.ts';
import { fileReadings } from '../lib/parse/index.ts';
import { readSourceText } from '../lib/build/read.ts';

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    'suggest-glossary': { type: 'boolean', default: false },
    content: { type: 'string', default: process.env.CROSSGUIDE_CONTENT ?? 'content' },
    eject: { type: 'string' },
  },
});

const root = process.cwd();
// Written pages carry highlighted code, as the site shows it; a check (or an eject) needs only the text.
const write = !values.check && values.eject === undefined;
const highlight = write ? siteHighlight() : undefined;
const ran = await runPipeline({
  contentDir: resolve(root, values.content),
  ...(write ? { outDir: resolve(root, '.generated') } : {}),
  root,
  highlight,
});
// `--strict` (or `CROSSGUIDE_STRICT=1`): every source warning is fatal.
const strict = values.strict || strictRequested([], process.env);
const result = strict && ran.diagnostics.length ? { ...ran, diagnostics: strictly(ran.diagnostics), fatal: true } : ran;
if (result.diagnostics.length) process.stderr.write(`${report(result)}\n`);
if (result.fatal || !result.guide) process.exit(1);
// A book's chapters are guides of their own.
const guides = result.book?.map(({ guide }) => guide) ?? [result.guide];
if (values.verbose)
  for (const guide of guides) {
    const questions = new Set(guide.questions.map((question) => question.number));
    for (const source of guide.sources) {
      const numbers = source.answerSet.answers.map((answer) => answer.number);
      // The reading's fit: how many answers it placed, under which questions, and how many warnings doubt its numbers.
      const doubts = result.diagnostics.filter((d) => source.files.includes(d.file) && DOUBTS.has(d.ruleId)).length;
      const placed = source.unsplit
        ? 'not split'
        : `${plural(numbers.length, 'answer')} (${numberRanges(numbers) || 'none'}), ${plural(doubts, 'numbering warning')}`;
      process.stdout.write(
        `${source.file}: ${source.answerSet.format} (${source.answerSet.reason}); ${placed}; written in ${source.lang}\n`,
      );
      // The other layouts that recognise a single file, and how many of their answers land on the guide's questions.
      if (source.files.length === 1 && source.files[0] === source.file) {
        const readings = fileReadings({ id: source.id, file: source.file, text: readSourceText(resolve(root, source.file), source.file) });
        const fit = (numbers: readonly number[]) => new Set(numbers.filter((number) => questions.has(number))).size;
        const lines = readings.map(
          (reading) =>
            `  ${reading.format === source.answerSet.format ? 'chosen' : 'rival'}: ${reading.format}, ${plural(reading.numbers.length, 'answer')}, ${fit(reading.numbers)} on the guide's questions`,
        );
        if (lines.length > 1) process.stdout.write(`${lines.join('\n')}\n`);
      }
    }
  }
if (values.verbose) for (const path of result.skipped) process.stdout.write(`skipped: ${path}\n`);
if (values.eject !== undefined) {
  const { ejectQuestion } = await import('../lib/emit/eject.ts');
  // In a book, `--eject 07-ensembles/3`: the chapter, then the question.
  const [slug, id] = result.book ? [values.eject.split('/')[0], values.eject.split('/').slice(1).join('/')] : [undefined, values.eject];
  const chapter = result.book?.find((b) => b.chapter.slug === slug);
  if (result.book && !chapter) {
    const slugs = result.book.map((b) => b.chapter.slug).join(', ');
    process.stderr.write(
      `In a book, --eject takes <chapter>/<question>, e.g. ${result.book[0]?.chapter.slug ?? '01-intro'}/3; the chapters are ${slugs}\n`,
    );
    process.exit(1);
  }
  const ejected = ejectQuestion(chapter?.guide ?? result.guide, id!);
  if ('error' in ejected) {
    process.stderr.write(`${ejected.error}\n`);
    process.exit(1);
  }
  const target = join(resolve(root, values.content), ...(chapter ? ['chapters', chapter.chapter.slug] : []), ejected.file);
  const shown = relative(root, target);
  if (existsSync(target)) {
    process.stderr.write(`${shown} already exists; edit it, or delete it to eject the generated page again\n`);
    process.exit(1);
  }
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, ejected.contents);
  process.stdout.write(
    `Wrote ${shown}: it replaces the generated page of question ${values.eject} from the next build on; edit it freely\n`,
  );
  process.exit(0);
}
if (values['suggest-glossary']) {
  const { suggestGlossary } = await import('../lib/compare/suggest-glossary.ts');
  // A book's: each chapter's, to save as that chapter's glossary.yaml.
  const suggested = result.book?.map(({ chapter, guide }) => `# content/chapters/${chapter.slug}/glossary.yaml\n${suggestGlossary(guide)}`);
  process.stdout.write(suggested ? suggested.join('\n') : suggestGlossary(result.guide));
  process.exit(0);
}
const written = values.check ? '' : `; ${plural(result.written, 'file')} written`;
process.stdout.write(`${result.book ? bookSummary(result.book) : summary(result.guide)}${written}\n`);
