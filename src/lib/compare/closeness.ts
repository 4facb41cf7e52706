/**
 * How alike a question's answers are: cosine similarity of their stemmed
 * words and word pairs for every pair of answers (pairs, so that two answers
 * on one topic in their own words stay apart from a copy), near-copies grouped, and with a reference source how
 * much of each answer's wording the reference's answer has too.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Comparison } from '../model/model.ts';
import { cosine, normOf, stemSequence, type Bag } from '../read/similarity.ts';

/** Answers at least this alike read as one copied from the other. */
export const NEAR_COPY = 0.9;

export function closeness(bodies: ReadonlyArray<[string, Root]>, reference?: string): NonNullable<Comparison['closeness']> {
  const sequences = new Map(bodies.map(([id, body]) => [id, stemSequence(toString(body))]));
  const words = new Map([...sequences].map(([id, sequence]) => [id, bagOf(sequence)]));
  const bags = new Map(
    [...sequences].map(([id, sequence]) => [id, bagOf([...sequence, ...sequence.slice(1).map((stem, i) => `${sequence[i]} ${stem}`)])]),
  );
  const ids = [...bags.keys()];
  // Each answer is in a pair with every other: its norm is summed once.
  const norms = new Map([...bags].map(([id, bag]) => [id, normOf(bag)]));
  const pairs: NonNullable<Comparison['closeness']>['pairs'] = [];
  for (const [i, a] of ids.entries())
    for (const b of ids.slice(i + 1)) pairs.push({ a, b, score: round(cosine(bags.get(a)!, bags.get(b)!, undefined, norms.get(b))) });

  // Near-copies join into groups through any close pair, so A≈B and B≈C make one group.
  const group = new Map(ids.map((id) => [id, id]));
  const find = (id: string): string => (group.get(id) === id ? id : find(group.get(id)!));
  for (const pair of pairs) if (pair.score >= NEAR_COPY) group.set(find(pair.b), find(pair.a));
  const groups = new Map<string, string[]>();
  for (const id of ids) groups.set(find(id), [...(groups.get(find(id)) ?? []), id]);
  const copies = [...groups.values()].filter((members) => members.length > 1);

  const key = reference ? words.get(reference) : undefined;
  const follows = key
    ? Object.fromEntries(ids.filter((id) => id !== reference).map((id) => [id, overlap(words.get(id)!, key)]))
    : undefined;
  return { pairs, copies, ...(follows ? { follows } : {}) };
}

/** The answer's stemmed words, and how many of them (each as often as the key has it) the key has too. */
function overlap(bag: Bag, key: Bag): { words: number; shared: number } {
  let words = 0;
  let shared = 0;
  for (const [stem, count] of bag) {
    words += count;
    shared += Math.min(count, key.get(stem) ?? 0);
  }
  return { words, shared };
}

function bagOf(items: readonly string[]): Bag {
  const bag: Bag = new Map();
  for (const item of items) bag.set(item, (bag.get(item) ?? 0) + 1);
  return bag;
}

const round = (value: number) => Math.round(Math.min(1, value) * 100) / 100;
