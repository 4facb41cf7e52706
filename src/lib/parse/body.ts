import type { Root } from 'mdast';
import { parseMarkdown } from '../read/markdown.ts';
import { commonIndent, dedent, type Line } from './numbered-lines.ts';

/** Parses indented answer lines as Markdown, keeping positions in the source file. */
export function parseLines(lines: readonly Line[]): Root {
  if (lines.length === 0) return { type: 'root', children: [] };
  const indent = commonIndent(lines);
  return parseMarkdown(dedent(lines, indent), lines[0]!.line, indent);
}
