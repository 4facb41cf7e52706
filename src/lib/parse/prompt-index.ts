/**
 * The guide's known wordings of its questions, indexed to match a text
 * against: what reading by wording, and a prompt's recognition, ask of them.
 */
import { words } from '../read/markdown.ts';
import { cosine, normOf, stems } from '../read/similarity.ts';

/** How similar a wording must be to a known prompt to be read as that question. */
export const SAME_QUESTION = 0.5;
/** A question is at most this long; longer paragraphs are answers. */
export const MAX_QUESTION_WORDS = 80;

export interface PromptMatch {
  number: number;
  score: number;
}

/** The guide's known prompts, by question number, ready to match wordings against. */
export interface PromptIndex {
  numbers: readonly number[];
  /** The most words any known wording of question `number` has. */
  longest(number: number): number;
  /** Every question's similarity to `text`, best first; shared, so never changed. */
  match(text: string): PromptMatch[];
}

/** Known wordings of questions, by question number, as one contributor (a source, or `questions.yaml`) gives them. */
export type Wordings = ReadonlyMap<number, readonly string[]>;

/**
 * Every contributor's wordings, counted once, so that each contributor's
 * index of the others' wordings costs only its own: `without(i)` indexes all
 * wordings but contributor i's, its document frequencies the pool's less i's,
 * and no wording is stemmed again (`without(-1)` indexes them all).
 */
export function promptPool(contributions: readonly Wordings[]): { without(contributor: number): PromptIndex } {
  // Per number, how many contributors give each wording: copies of one wording score alike, so each is scored once.
  const given = new Map<number, Map<string, number>>();
  const seen = new Map<string, number>();
  let total = 0;
  for (const wordings of contributions) {
    for (const [number, texts] of wordings) {
      const counts = given.get(number) ?? new Map<string, number>();
      given.set(number, counts);
      for (const text of texts) {
        counts.set(text, (counts.get(text) ?? 0) + 1);
        for (const stem of stems(text).keys()) seen.set(stem, (seen.get(stem) ?? 0) + 1);
        total++;
      }
    }
  }
  return {
    without(contributor) {
      const own = contributions[contributor] ?? new Map<number, readonly string[]>();
      const ownSeen = new Map<string, number>();
      let ownTotal = 0;
      for (const texts of own.values()) {
        for (const text of texts) for (const stem of stems(text).keys()) ownSeen.set(stem, (ownSeen.get(stem) ?? 0) + 1);
        ownTotal += texts.length;
      }
      const entries: Array<{ number: number; bags: ReadonlyMap<string, number>[] }> = [];
      const lengths = new Map<number, number>();
      for (const [number, counts] of given) {
        const ownCounts = new Map<string, number>();
        for (const text of own.get(number) ?? []) ownCounts.set(text, (ownCounts.get(text) ?? 0) + 1);
        const texts = [...counts].filter(([text, count]) => count > (ownCounts.get(text) ?? 0)).map(([text]) => text);
        if (texts.length === 0) continue;
        entries.push({ number, bags: texts.map(stems) });
        lengths.set(number, Math.max(0, ...texts.map((text) => words(text).length)));
      }
      // Inverse document frequencies over the others' wordings (words they all share weigh little), each worked out once.
      const weights = new Map<string, number>();
      const idf = (stem: string) => {
        let weight = weights.get(stem);
        if (weight === undefined) {
          weight = Math.log((1 + total - ownTotal) / (1 + (seen.get(stem) ?? 0) - (ownSeen.get(stem) ?? 0))) + 1;
          weights.set(stem, weight);
        }
        return weight;
      };
      // Every wording is scored against many texts: its norm is summed once.
      const norms = new Map<ReadonlyMap<string, number>, number>();
      const norm = (bag: ReadonlyMap<string, number>) => {
        let value = norms.get(bag);
        if (value === undefined) norms.set(bag, (value = normOf(bag, idf)));
        return value;
      };
      // The detection and the parse of a layout match the same paragraphs.
      const matches = new Map<string, PromptMatch[]>();
      return {
        numbers: entries.map((entry) => entry.number),
        longest: (number) => lengths.get(number) ?? 0,
        match(text) {
          let ranked = matches.get(text);
          if (!ranked) {
            const bag = stems(text);
            ranked = entries
              .map(({ number, bags }) => ({ number, score: Math.max(...bags.map((other) => cosine(bag, other, idf, norm(other)))) }))
              .sort((a, b) => b.score - a.score || a.number - b.number);
            matches.set(text, ranked);
          }
          return ranked;
        },
      };
    },
  };
}

/** The best match of `text` when it is close enough to be that question. */
export function sameQuestion(index: PromptIndex, text: string): PromptMatch | undefined {
  if (words(text).length > MAX_QUESTION_WORDS) return undefined;
  const [best] = index.match(text);
  return best && best.score >= SAME_QUESTION ? best : undefined;
}
