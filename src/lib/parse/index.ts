/** One entry point for every format: `parseAnswerSet(file)`. */
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import type { AnswerSet, Format } from '../model.ts';
import { isBlank, splitLines, type SourceFile } from '../source-file.ts';
import { parseAnswersOnly } from './answers-only.ts';
import { parseBoldMarkdown } from './bold-markdown.ts';
import { parseBoldQuestions } from './bold-questions.ts';
import { checkAnswers } from './checks.ts';
import { detectFormat } from './detect.ts';
import { parseHeadingMarkdown } from './heading-markdown.ts';
import { parseNotebook } from './notebook.ts';
import { parseNotebookText } from './notebook-text.ts';
import { parseNumberedText } from './numbered-text.ts';
import { breakSubparts } from './subparts.ts';
import { parseScript } from './script.ts';
import { spaceAfterNumbers } from './numbered-paragraphs.ts';
import { splitByPrompts } from './by-text.ts';
import { parseMarkdown } from '../markdown.ts';
import { rootOf } from './split-markers.ts';
import type { Detection } from './detect.ts';
import type { ParseContext, ParseResult, Parser } from './types.ts';

/** Parsers of formats read line by line; notebooks and folders have their own entry points. */
const parsers: Record<Exclude<Format, 'jupyter' | 'python-script' | 'question-text' | 'folder'>, Parser> = {
  'numbered-text': parseNumberedText,
  'bold-markdown': parseBoldMarkdown,
  'bold-questions': parseBoldQuestions,
  'notebook-text': parseNotebookText,
  'heading-markdown': parseHeadingMarkdown,
  'answers-only': parseAnswersOnly,
};

export interface ParsedFile {
  /** Undefined when the file could not be parsed at all. */
  answerSet?: AnswerSet;
  diagnostics: Diagnostic[];
}

/** Detects the format of a source file and splits it into answers. */
export function parseAnswerSet(file: SourceFile, context: ParseContext = {}): ParsedFile {
  file = { ...file, text: spaceAfterNumbers(file.text) };
  const lines = splitLines(file.text);
  if (lines.every(isBlank)) {
    return {
      diagnostics: [diagnostic(file.file, 1, 1, 'empty-source', 'Source file is empty; write its answers as `1. …`, `2. …` or remove the file')],
    };
  }
  const detection = detectFormat(file, lines) ?? byWording(lines, context);
  const noNumbering = (): ParsedFile => ({
    diagnostics: [
      diagnostic(
        file.file,
        lines.findIndex((line) => !isBlank(line)) + 1,
        1,
        'no-numbering',
        `No numbered questions found${context.prompts ? ', and no paragraph words one of the guide’s questions' : ''}; start each answer with its question number at the beginning of a line, as in \`1. …\`, \`1. **Title**:\` or \`## 1.\`, or, to leave the numbers out, write each question above its answer in the words another source or content/questions.yaml uses`,
      ),
    ],
  });
  if (!detection) return noNumbering();

  const { format } = detection;
  const parsed =
    format === 'jupyter'
      ? parseNotebook(file, context)
      : format === 'python-script'
        ? parseScript(file, context)
        : format === 'question-text'
          ? splitMarkdownByPrompts(lines, context.prompts!)
          : format === 'folder'
            ? undefined
            : parsers[format](file, lines, context);
  if (parsed && !parsed.answerSet && parsed.diagnostics.length === 0) return noNumbering();
  if (!parsed?.answerSet) return { diagnostics: parsed?.diagnostics ?? [] };
  const reason = 'reason' in parsed && parsed.reason ? parsed.reason : detection.reason;
  return finishAnswerSet({ format, reason, ...parsed.answerSet }, parsed.diagnostics, file.file, () => (format === 'jupyter' ? undefined : lines));
}

/** Shared last steps: sub-part line breaks, then the numbering and content checks. */
export function finishAnswerSet(
  answerSet: AnswerSet,
  diagnostics: Diagnostic[],
  file: string,
  linesOf: Parameters<typeof checkAnswers>[0]['linesOf'],
): ParsedFile {
  for (const answer of answerSet.answers) breakSubparts(answer.body);
  diagnostics.push(...checkAnswers({ file, answers: answerSet.answers, linesOf }));
  return { answerSet, diagnostics };
}

/** A file with no numbers at all is read by its questions' wording, when the guide knows them. */
function byWording(lines: readonly string[], context: ParseContext): Detection | undefined {
  if (!context.prompts) return undefined;
  const split = splitByPrompts(parseMarkdown(lines.join('\n')).children, context.prompts);
  return split.count ? { format: 'question-text', reason: `no numbers; ${split.count} paragraphs or headings word one of the guide’s questions` } : undefined;
}

function splitMarkdownByPrompts(lines: readonly string[], prompts: NonNullable<ParseContext['prompts']>): ParseResult {
  const split = splitByPrompts(parseMarkdown(lines.join('\n')).children, prompts);
  return { answerSet: { answers: split.answers, preamble: rootOf(split.preamble) }, diagnostics: [] };
}
