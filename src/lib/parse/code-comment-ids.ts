/**
 * Exercise ids in the comments of a block of code: answers kept in one chunk,
 *
 *     ```{r}
 *     # 3E1
 *     mean(samples < 0.2)
 *
 *     # 3E2
 *     mean(samples > 0.8)
 *     ```
 *
 * A block in which two or more comment lines at the margin open with different ids printed with a letter
 * (`3E1`, `R12`), a hyphen (`1-3`) or after a word (`Exercise 3.4`) is split before each such line, so each part
 * opens with the comment that names its exercise and can mark its answer (`split-markers.ts`).
 */
import type { Code, RootContent } from 'mdast';
import { cellMarker, matchMarker, type Marker } from './markers.ts';

/** A comment at the margin in the languages people answer in: `# …`, `// …`, `-- …`, `; …`. */
const COMMENT = /^(?:#+|\/\/+|--+|;+)[ \t]*(.*)$/;

/** The id a line of code names in a comment at its margin, if it is one a book prints. */
export function commentId(line: string): Marker | undefined {
  const comment = COMMENT.exec(line);
  const marker = comment ? cellMarker(comment[1]!) : undefined;
  // A bare dotted id (`## 2.1.`) numbers a step or a section as often as an exercise; a word, a letter or a hyphen says exercise.
  const printed = marker && (marker.prefixed || marker.lettered || marker.sectioned || (marker.chapter !== undefined && !marker.dotted));
  return printed ? marker : undefined;
}

/** Splits each block of code in which two or more comment lines name exercises at those lines. */
export function splitCodeAtIds(nodes: readonly RootContent[]): RootContent[] {
  return nodes.flatMap((node): RootContent[] => (node.type === 'code' ? splitCode(node) : [node]));
}

/**
 * A line of a block with no language that opens, after any indentation, with an id printed with its chapter: a text
 * file's answers whose indentation drifted until Markdown read them as code (`        2.5 /* (Calculate Tips)`).
 */
export function indentedId(line: string): Marker | undefined {
  const marker = matchMarker(line.trim(), { heading: true });
  return marker?.chapter !== undefined && !marker.sectioned && !marker.lettered && !marker.subpart ? marker : undefined;
}

/** In a block with no language, the longest run of three or more lines that open with ids of one chapter numbered one after another. */
function indentedIds(code: Code, lines: readonly string[]): Array<{ i: number; key: string }> {
  if (code.lang) return [];
  const found = lines.flatMap((line, i) => {
    const id = indentedId(line);
    return id ? [{ i, id }] : [];
  });
  // A line of output (`55.5 lbs is …`) between them prints another chapter's number, and does not break the run.
  let best: typeof found = [];
  for (const chapter of new Set(found.map(({ id }) => id.chapter))) {
    const ids = found.filter(({ id }) => id.chapter === chapter);
    for (let start = 0, end = 1; end <= ids.length; end++) {
      if (end < ids.length && ids[end]!.id.number === ids[end - 1]!.id.number + 1) continue;
      if (end - start > best.length) best = ids.slice(start, end);
      start = end;
    }
  }
  return best.length >= 3 ? best.map(({ i, id }) => ({ i, key: `${id.chapter}:${id.number}` })) : [];
}

function splitCode(code: Code): Code[] {
  const lines = code.value.split('\n');
  const commented = lines.flatMap((line, i) => {
    const id = commentId(line);
    return id ? [{ i, key: `${id.chapter ?? ''}:${id.number}` }] : [];
  });
  const named = commented.length >= 2 ? commented : indentedIds(code, lines);
  const at = named.map(({ i }) => i);
  // Ids that repeat (`# Exercise 3, part a`, `# Exercise 3, part b`) are notes inside one answer's code.
  const ids = new Set(named.map(({ key }) => key));
  if (at.length < 2 || ids.size < at.length || !code.position) return [code];
  // The block's first line of code follows its opening fence.
  const first = code.position.start.line + 1;
  const cuts = at[0] === 0 ? at : [0, ...at];
  return cuts.map((start, i) => {
    const end = cuts[i + 1] ?? lines.length;
    const part = lines.slice(start, end);
    while (part.length > 1 && !part.at(-1)!.trim()) part.pop();
    return {
      ...code,
      value: part.join('\n'),
      position: {
        start: { line: i === 0 ? code.position!.start.line : first + start, column: 1 },
        end: i === cuts.length - 1 ? { ...code.position!.end } : { line: first + start + part.length - 1, column: 1 },
      },
    };
  });
}
