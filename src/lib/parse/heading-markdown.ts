/**
 * Markdown with one heading (or bold or `Q3:` label) per question:
 * `## 1.`, `### Exercise 3`, `## Question 3: …`, `**Q3.** …`, `Q3:`/`A3:`.
 */
import { parseMarkdown } from '../markdown.ts';
import { rootOf, splitAtMarkers } from './split-markers.ts';
import type { Parser } from './types.ts';

export const parseHeadingMarkdown: Parser = (_file, lines) => {
  const { answers, preamble, appendix } = splitAtMarkers(parseMarkdown(lines.join('\n')).children);
  return { answerSet: { answers, preamble: rootOf(preamble), appendix: rootOf(appendix) }, diagnostics: [] };
};
