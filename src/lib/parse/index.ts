/** One entry point for every format: `parseAnswerSet(file)`. */
import { diagnostic, type Diagnostic } from '../model/diagnostics.ts';
import type { Root } from 'mdast';
import type { AnswerSet } from '../model/model.ts';
import { isBlank, splitLines, type SourceFile } from '../read/source-file.ts';
import { checkAnswers } from './checks.ts';
import { detectLayout } from './layouts.ts';
import { closeBoldLabels, headingsOfUnderlinedNumbers, spaceAfterHashes, spaceAfterNumbers } from '../read/numbered-paragraphs.ts';
import { breakSubparts } from './subparts.ts';
import { continueRunsUnderHeadings, numberSeriesByHeadings } from './series-headings.ts';
import { numberSectionsByHeadings } from './section-headings.ts';
import type { ParseContext } from './types.ts';
import { wordingExplainsBetter } from './best-reading.ts';
import { splitByPrompts, wordedTree } from './by-text.ts';
import type { Format, ReadSettings } from '../model/model.ts';
import { forcedLayout, readingsOf, type Reading } from './layouts.ts';
import { startOf, withIntroduction } from './start.ts';

/** The layouts that read a file as Markdown by its numbers, which its wording may explain better. */
const WORDING_RIVALS = new Set<Format>([
  'heading-markdown',
  'question-headings',
  'bold-questions',
  'bold-markdown',
  'questions-then-answers',
  'answers-only',
  'numbered-text',
]);

export interface ParsedFile {
  /** Undefined when the file could not be parsed at all. */
  answerSet?: AnswerSet;
  diagnostics: Diagnostic[];
  /**
   * The file's text parsed whole as Markdown, as it was before the layout read it, when detection
   * parsed exactly the file's text: what the nothing-lost check reads, so it need not parse the file again.
   */
  document?: Root;
}

/** Detects the format of a source file and splits it into answers. */
export function parseAnswerSet(file: SourceFile, context: ParseContext = {}): ParsedFile {
  const written = file.text;
  file = prepare(file);
  const settings = context.settings ?? {};
  const whole = splitLines(file.text);
  if (whole.every(isBlank)) {
    return {
      diagnostics: [
        diagnostic(file.file, 1, 1, 'empty-source', 'Source file is empty; write its answers as `1. …`, `2. …` or remove the file'),
      ],
    };
  }
  // `start:` in sources.yaml: what comes before it is the source's introduction, read as Markdown and not searched for answers.
  const start = startOf(file, whole, settings);
  const lines = start.lines;
  const detection = settings.layout ? forcedLayout(file, lines, context, settings.layout) : detectLayout(file, lines, context);
  const noNumbering = (): ParsedFile => ({
    diagnostics: [
      ...start.diagnostics,
      diagnostic(
        file.file,
        whole.findIndex((line) => !isBlank(line)) + 1,
        1,
        'no-numbering',
        `No numbered questions found${context.prompts ? ', and no paragraph words one of the guide’s questions' : ''}; start each answer with its question number at the beginning of a line, as in \`1. …\`, \`1. **Title**:\` or \`## 1.\`, or, to leave the numbers out, write each question above its answer in the words another source or content/questions.yaml uses; without editing the file, name its layout or where its answers start in content/sources.yaml (\`layout:\`, \`start:\`)`,
      ),
    ],
  });
  if (!detection) return noNumbering();

  const { layout, input } = detection;
  const parsed = layout.parse(input);
  if (!parsed.answerSet && parsed.diagnostics.length === 0) return noNumbering();
  if (!parsed.answerSet) return { diagnostics: [...start.diagnostics, ...parsed.diagnostics] };
  const { format } = layout;
  let finished = finishAnswerSet(
    withIntroduction({ format, reason: parsed.reason ?? detection.reason, ...parsed.answerSet }, start),
    [...start.diagnostics, ...parsed.diagnostics],
    file.file,
    () => (format === 'jupyter' ? undefined : lines),
    settings,
  );
  // With the guide's questions known, a Markdown file's wording may explain it better than its numbers.
  if (context.prompts && WORDING_RIVALS.has(format) && finished.answerSet) {
    const { prompts } = context;
    const split = splitByPrompts(wordedTree(lines, prompts).children, prompts);
    if (wordingExplainsBetter(split.count, finished.answerSet.answers, context.prompts)) {
      const reason = `no numbered questions that fit the guide; ${split.count} paragraphs, headings or list items word one of its questions (read as ${format}, ${finished.answerSet.answers.length} answers fit less well)`;
      const answerSet = {
        format: 'question-text' as const,
        reason,
        answers: split.answers,
        ...(split.preamble.length ? { preamble: { type: 'root' as const, children: split.preamble } } : {}),
      };
      finished = finishAnswerSet(withIntroduction(answerSet, start), [...start.diagnostics], file.file, () => lines, settings);
    }
  }
  const document = file.text === written && !start.before ? detection.parsedTree : undefined;
  return document ? { ...finished, document } : finished;
}

/** Shared last steps: sub-part line breaks, then the numbering and content checks. */
export function finishAnswerSet(
  answerSet: AnswerSet,
  diagnostics: Diagnostic[],
  file: string,
  linesOf: Parameters<typeof checkAnswers>[0]['linesOf'],
  settings: ReadSettings = {},
): ParsedFile {
  for (const answer of answerSet.answers) breakSubparts(answer.body);
  if (!settings.restart && !numberSeriesByHeadings(answerSet) && !numberSectionsByHeadings(answerSet)) continueRunsUnderHeadings(answerSet);
  diagnostics.push(...checkAnswers({ file, answers: answerSet.answers, linesOf, settings }));
  return { answerSet, diagnostics };
}

/** Every layout's reading of a file, prepared as `parseAnswerSet` prepares it: the chosen one and its rivals. */
export function fileReadings(file: SourceFile, context: ParseContext = {}): Reading[] {
  const prepared = prepare(file);
  return readingsOf(prepared, startOf(prepared, splitLines(prepared.text), context.settings ?? {}).lines, context);
}

/** Files read as Markdown, where a line's `#` opens a heading rather than a comment. */
const MARKDOWN_FILE = /\.(?:md|markdown|rmd|qmd|txt)$/i;

/** The text every layout reads: `3.Answer` spaced as `3. Answer`, bold labels closed, `##FizzBuzz` spaced (`read/numbered-paragraphs.ts`). */
function prepare(file: SourceFile): SourceFile {
  const text = closeBoldLabels(spaceAfterNumbers(file.text));
  return { ...file, text: MARKDOWN_FILE.test(file.file) ? headingsOfUnderlinedNumbers(spaceAfterHashes(text)) : text };
}
