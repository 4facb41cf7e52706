/**
 * The nothing-lost check over a plain job (the guide's line map and each
 * page's text), run by the pipeline before it writes the pages.
 */
import { join } from 'node:path';
import type { Diagnostic } from '../model/diagnostics.ts';
import { readSourceText } from '../read/decode.ts';
import type { ShownLine } from './shown-lines.ts';
import { countVisibleLines, findMissingLines, pageKey, type VisibleGuide } from './visible.ts';

export interface Job {
  guide: VisibleGuide;
  /** Page texts keyed by `pageKey` (`page-text.ts`). */
  pages: Map<string, string>;
  root: string;
  /** What each line shows, for the files whose parse worked it out; the check works out the others. */
  shown?: Map<string, ShownLine[]>;
}

export interface Verdict {
  missing: Diagnostic[];
  visibleLines: number;
}

/** Checks every source line in this thread; what the worker runs, and what `runPipeline` runs without one. */
export function checkVisible({ guide, pages, root, shown }: Job): Verdict {
  const texts = new Map<string, string>();
  const readSource = (file: string) => {
    if (!texts.has(file)) texts.set(file, readSourceText(join(root, file), file));
    return texts.get(file)!;
  };
  const missing = findMissingLines({
    guide,
    readSource,
    pageText: (page) => pages.get(pageKey(page)),
    ...(shown ? { shown: (file) => shown.get(file) } : {}),
  });
  return { missing, visibleLines: countVisibleLines(guide, readSource) };
}
