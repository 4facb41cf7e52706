import type { Diagnostic } from '../model/diagnostics.ts';
import type { AnswerSet, ReadSettings } from '../model/model.ts';
import type { SourceFile } from '../read/source-file.ts';
import type { PromptIndex } from './prompt-index.ts';

declare module 'mdast' {
  interface CodeData {
    /** Set on code kept from a notebook: an input cell or its printed output. */
    cell?: { kind: 'input' | 'output'; label: string };
  }
}

/** What a parser returns: the answers it found and any problems. */
export interface ParseResult {
  answerSet: Omit<AnswerSet, 'format' | 'reason'>;
  diagnostics: Diagnostic[];
}

/** What the rest of the guide tells a parser: the questions it already knows, by their wording. */
export interface ParseContext {
  prompts?: PromptIndex;
  /** How `sources.yaml` says to read this source. */
  settings?: ReadSettings;
}

/** A parser for one input format. */
export type Parser = (file: SourceFile, lines: readonly string[], context: ParseContext) => ParseResult;
