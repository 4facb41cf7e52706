/** Small view helpers shared by the comparison components. */
import type { PhrasingContent } from 'mdast';
import type { AnswerRef, ConceptRow, SourceVerdict } from '../model/model.ts';

/** Source id → label, in the guide's source order. */
export function sourceLabels(answers: readonly AnswerRef[]): Map<string, string> {
  return new Map(answers.map((answer) => [answer.source, answer.label]));
}

/** How many concepts each source names in a table. */
export function conceptCounts(rows: readonly ConceptRow[], answers: readonly AnswerRef[]): Map<string, number> {
  return new Map(answers.map((answer) => [answer.source, rows.filter((row) => row.sources[answer.source]).length]));
}

/**
 * A comparison's rows split by how many sources name the concept: the table compares the ones two
 * or more share, and the ones the comparison found only one source naming (`single`, by source)
 * are listed under that source, in `sourceOrder`. At twenty sources such a concept is a row of
 * nineteen dashes; listed under its source, it says the same in a word.
 */
export function splitByShare(
  rows: readonly ConceptRow[],
  single: Readonly<Record<string, readonly string[]>>,
  sourceOrder: readonly string[],
): { shared: ConceptRow[]; bySource: { source: string; rows: ConceptRow[] }[] } {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const alone = new Set(Object.values(single).flat());
  const bySource = sourceOrder.flatMap((source) => {
    const named = (single[source] ?? []).flatMap((id) => byId.get(id) ?? []);
    return named.length ? [{ source, rows: named }] : [];
  });
  return { shared: rows.filter((row) => !alone.has(row.id)), bySource };
}

/** Reader-facing word for a verdict. */
export function verdictLabel(verdict: SourceVerdict['verdict']): string {
  return { yes: 'Yes', no: 'No', nuanced: 'It depends', unclear: 'No clear verdict' }[verdict];
}

/** "All 3", "2 of 3": how widely a concept is named. */
export function shareLabel(count: number, total: number): string {
  return count === total ? `All ${total}` : `${count} of ${total}`;
}

export { plural } from '../model/plural.ts';

/** A page's `<title>`: "Page · Guide" when that reads whole in a tab (70 characters), else the page's own title. */
export function documentTitle(title: string, siteTitle: string): string {
  const combined = title === siteTitle ? title : `${title} · ${siteTitle}`;
  if (combined.length <= 70) return combined;
  return title.length <= 70 ? title : `${title.slice(0, 69)}…`;
}

/** How many pairs a question page lists under "how alike": a class of twenty has 190, and only the closest say anything. */
export const PAIRS_SHOWN = 10;

/** The most alike pairs first, at most `limit` of them. */
export function closestPairs<T extends { score: number }>(pairs: readonly T[], limit = PAIRS_SHOWN): T[] {
  return [...pairs].sort((x, y) => y.score - x.score).slice(0, limit);
}

/** A question's lead and its parts, `(a) …`, `(b) …`, each with its own label; no parts when it has fewer than two. */
export interface PromptParts {
  lead: PhrasingContent[];
  parts: PhrasingContent[][];
}

/** `(a)`, `(b)`, … in a prompt's text, after a space and before a capital: where a part begins, not `parts (a) through (d)`. */
const PART = /(?:^|\s)\(([a-z])\)\s+(?=\p{Lu})/gu;
/** `1.`, `2.`, … in a prompt's text after a space: the items of a numbered list the question holds. */
const NUMBERED_PART = /(?:^|\s)(\d{1,2})\.\s+(?=\S)/gu;

/**
 * Splits a prompt at its parts, `(a)` then `(b)` and so on in order, or `1.` then `2.`, so a page can list them under the
 * question; a prompt whose labels are not such a run (`(a)` alone, or `(c)` before `(b)`) stays whole.
 */
export function promptParts(nodes: readonly PhrasingContent[]): PromptParts {
  const lettered = splitParts(nodes, PART, 'a', (label) => String.fromCharCode(label.charCodeAt(0) + 1));
  return lettered.parts.length ? lettered : splitParts(nodes, NUMBERED_PART, '1', (label) => String(Number(label) + 1));
}

function splitParts(nodes: readonly PhrasingContent[], pattern: RegExp, first: string, after: (label: string) => string): PromptParts {
  const pieces: PhrasingContent[][] = [[]];
  let next = first;
  for (const node of nodes) {
    if (node.type !== 'text') {
      pieces.at(-1)!.push(node);
      continue;
    }
    let from = 0;
    for (const match of node.value.matchAll(pattern)) {
      if (match[1] !== next) continue;
      const at = match.index + match[0].length - match[0].trimStart().length;
      const before = node.value.slice(from, at).trimEnd();
      if (before) pieces.at(-1)!.push({ type: 'text', value: before });
      pieces.push([]);
      from = at;
      next = after(next);
    }
    const rest = node.value.slice(from);
    if (rest) pieces.at(-1)!.push({ type: 'text', value: rest });
  }
  const [lead, ...parts] = pieces;
  return parts.length >= 2 ? { lead: lead!, parts } : { lead: [...nodes], parts: [] };
}

/** How a book's pages name a chapter: `Chapter 7: Ensembles`; a chapter titled only by its number, `Chapter 7`. */
export function chapterName({ number, title }: { number: number; title: string }): string {
  return title === `Chapter ${number}` ? title : `Chapter ${number}: ${title}`;
}
