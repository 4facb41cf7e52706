/** Stages 1–5 in one call: load and parse the content, align it, emit MDX. */
import { formatDiagnostic, sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import { emitGuide } from './emit/pages.ts';
import { writeGenerated } from './emit/write.ts';
import { loadGuide } from './load.ts';
import type { Guide } from './model.ts';

export interface PipelineOptions {
  /** Folder with `sources/`, `sources.yaml` and `questions.yaml`. */
  contentDir: string;
  /** Folder the MDX pages are written to; nothing is written when omitted. */
  outDir?: string;
  /** Project folder that diagnostic paths are relative to. */
  root: string;
}

export interface PipelineResult {
  guide: Guide | undefined;
  diagnostics: Diagnostic[];
  fatal: boolean;
  /** Number of files written (changed) in `outDir`. */
  written: number;
}

export function runPipeline({ contentDir, outDir, root }: PipelineOptions): PipelineResult {
  const { guide, diagnostics } = loadGuide(contentDir, root);
  const fatal = diagnostics.some((d) => d.fatal);
  let written = 0;
  if (guide && !fatal && outDir) written = writeGenerated(outDir, emitGuide(guide)).written;
  return { guide, diagnostics: sortDiagnostics(diagnostics), fatal, written };
}

/** One line per diagnostic. */
export function report(result: Pick<PipelineResult, 'diagnostics'>): string {
  return result.diagnostics.map(formatDiagnostic).join('\n');
}

/** `3 sources, 11 questions, 33 answers`. */
export function summary(guide: Guide): string {
  const answers = guide.sources.reduce((sum, source) => sum + source.answerSet.answers.length, 0);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(guide.sources.length, 'source')}, ${plural(guide.questions.length, 'question')}, ${plural(answers, 'answer')}`;
}
