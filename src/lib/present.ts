/** Small view helpers shared by the comparison components. */
import type { AnswerRef, ConceptRow, SourceVerdict } from './model.ts';

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

/** "1 concept", "2 concepts". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

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
