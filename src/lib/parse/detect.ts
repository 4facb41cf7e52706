/** Chooses a parser from a file's content and says why. */
import { parseMarkdown } from '../markdown.ts';
import type { Format } from '../model.ts';
import { CELL_MARKER } from './notebook-text.ts';
import { QUESTION_LINE } from './numbered-lines.ts';

export interface Detection {
  format: Format;
  reason: string;
}

/** Returns the format of a file, or undefined when no numbering is recognisable. */
export function detectFormat(lines: readonly string[]): Detection | undefined {
  const cell = lines.findIndex((line) => CELL_MARKER.test(line));
  const numbered = lines.findIndex((line) => QUESTION_LINE.test(line));
  if (cell !== -1 && numbered !== -1) {
    return { format: 'notebook-text', reason: `notebook cell marker \`${lines[cell]!.trim()}\` on line ${cell + 1}` };
  }

  const tree = parseMarkdown(lines.join('\n'));
  const items = tree.children.flatMap((node) => (node.type === 'list' && node.ordered ? node.children : []));
  const titled = items.filter((item) => {
    const lead = item.children[0];
    return lead?.type === 'paragraph' && lead.children[0]?.type === 'strong';
  });
  if (items.length > 0 && titled.length * 2 > items.length) {
    return {
      format: 'bold-markdown',
      reason: `${titled.length} of ${items.length} top-level numbered items open with a bold title, first on line ${titled[0]!.position!.start.line}`,
    };
  }

  if (numbered !== -1) {
    return { format: 'numbered-text', reason: `numbered question at column 0 on line ${numbered + 1}` };
  }
  return undefined;
}
