/**
 * Markdown with one heading (or bold or `Q3:` label) per question:
 * `## 1.`, `### Exercise 3`, `## Question 3: …`, `**Q3.** …`, `Q3:`/`A3:`.
 */
import type { LayoutInput } from './layouts.ts';
import { rootOf, splitAtMarkers } from './split-markers.ts';
import type { ParseResult } from './types.ts';

/** Splits the tree detection already parsed. */
export function parseHeadingMarkdown({ tree }: LayoutInput): ParseResult {
  const { answers, preamble, appendix } = splitAtMarkers(tree().children);
  return { answerSet: { answers, preamble: rootOf(preamble), appendix: rootOf(appendix) }, diagnostics: [] };
}
