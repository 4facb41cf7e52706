/**
 * Exercise ids that open the lines of one paragraph: answers written one
 * after another without blank lines between them,
 *
 *     3.1 Picture a robot arm …
 *     3.2 A counterexample could be …
 *     3.5. Only the outer set changes …
 *
 * Markdown reads them as one paragraph; each line that opens with an id of
 * one chapter becomes a paragraph of its own, so it can mark its answer.
 */
import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { matchMarker } from './markers.ts';

/** Whether a line opens with an exercise id printed with its chapter (`3.1 `, `3.5.`) or a lettered id (`R12.`), and which scheme. */
function idChapter(line: string): string | undefined {
  const marker = matchMarker(line, { heading: true });
  return marker?.chapter !== undefined ? `chapter ${marker.chapter}` : marker?.lettered ? 'lettered' : undefined;
}

/** Splits each paragraph in which two or more lines open with ids of one chapter at those lines. */
export function splitIdLines(nodes: readonly RootContent[]): RootContent[] {
  return nodes.flatMap((node): RootContent[] => (node.type === 'paragraph' ? splitParagraph(node) : [node]));
}

function splitParagraph(paragraph: Paragraph): Paragraph[] {
  const texts = paragraph.children.flatMap((child) => (child.type === 'text' ? child.value.split('\n') : []));
  const chapters = texts.map(idChapter).filter((chapter) => chapter !== undefined);
  if (chapters.length < 2 || new Set(chapters).size !== 1 || !paragraph.position) return [paragraph];

  const parts: Paragraph[] = [];
  let current: PhrasingContent[] = [];
  let start = { ...paragraph.position.start };
  let line = start.line;
  const close = (end: { line: number; column: number }) => {
    if (current.length) parts.push({ type: 'paragraph', children: current, position: { start, end } });
    current = [];
  };
  for (const child of paragraph.children) {
    if (child.type !== 'text' || !child.value.includes('\n')) {
      // An id inside emphasis or a link does not open a line; its line breaks are still counted.
      current.push(child);
      line += toString(child).split('\n').length - 1;
      continue;
    }
    const [first, ...rest] = child.value.split('\n');
    let buffer = first!;
    let previous = first!;
    for (const piece of rest) {
      line++;
      if (idChapter(piece) === chapters[0]) {
        if (buffer) current.push({ type: 'text', value: buffer });
        close({ line: line - 1, column: previous.length + 1 });
        start = { line, column: 1 };
        buffer = piece;
      } else buffer += `\n${piece}`;
      previous = piece;
    }
    if (buffer) current.push({ type: 'text', value: buffer });
  }
  close({ ...paragraph.position.end });
  return parts;
}
