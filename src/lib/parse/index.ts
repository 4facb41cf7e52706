/** One entry point for every format: `parseAnswerSet(file)`. */
import type { Diagnostic } from '../diagnostics.ts';
import type { AnswerSet, Format } from '../model.ts';
import { isBlank, splitLines, type SourceFile } from '../source-file.ts';
import { parseBoldMarkdown } from './bold-markdown.ts';
import { detectFormat } from './detect.ts';
import { parseNotebookText } from './notebook-text.ts';
import { parseNumberedText } from './numbered-text.ts';
import type { Parser } from './types.ts';

const parsers: Record<Format, Parser> = {
  'numbered-text': parseNumberedText,
  'bold-markdown': parseBoldMarkdown,
  'notebook-text': parseNotebookText,
};

export interface ParsedFile {
  /** Undefined when the file could not be parsed at all. */
  answerSet?: AnswerSet;
  diagnostics: Diagnostic[];
}

/** Detects the format of a source file and splits it into answers. */
export function parseAnswerSet(file: SourceFile): ParsedFile {
  const lines = splitLines(file.text);
  const at = (line: number, ruleId: string, message: string, fatal = true): Diagnostic => ({
    file: file.file,
    line,
    column: 1,
    ruleId,
    message,
    fatal,
  });

  if (lines.every(isBlank)) {
    return {
      diagnostics: [at(1, 'empty-source', 'Source file is empty; write its answers as `1. …`, `2. …` or remove the file')],
    };
  }
  const detection = detectFormat(lines);
  if (!detection) {
    const first = lines.findIndex((line) => !isBlank(line)) + 1;
    return {
      diagnostics: [
        at(
          first,
          'no-numbering',
          'No numbered questions found; start each answer with its question number at the beginning of a line, as in `1. …` or `1. **Title**:`',
        ),
      ],
    };
  }

  const { answerSet, diagnostics } = parsers[detection.format](file, lines);
  const seen = new Map<number, number>();
  for (const answer of answerSet.answers) {
    const line = answer.position.start.line;
    const first = seen.get(answer.number);
    if (first !== undefined) {
      diagnostics.push(
        at(line, 'duplicate-question', `Question ${answer.number} appears twice (first on line ${first}); renumber this answer or merge it into the first`),
      );
    } else seen.set(answer.number, line);
  }
  return { answerSet: { format: detection.format, reason: detection.reason, ...answerSet }, diagnostics };
}
