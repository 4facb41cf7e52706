/**
 * Lexical similarity of short texts (question wordings, answers): cosine over
 * TF-IDF weighted bags of stemmed content words, tokenised and stemmed by
 * wink-nlp's English model.
 */
import winkNLP, { type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { plainText } from './markdown.ts';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

/** The model loads once, on first use: a guide with one source never needs it. */
function engine(): Nlp {
  nlp ??= winkNLP(model);
  return nlp;
}

/** A bag of words: stem → count. */
export type Bag = Map<string, number>;

/** The stemmed content words of inline Markdown or plain text, stop words and punctuation left out. */
export function stems(text: string): Bag {
  const bag: Bag = new Map();
  for (const stem of stemSequence(text)) bag.set(stem, (bag.get(stem) ?? 0) + 1);
  return bag;
}

/** The stemmed content words in reading order, for measures that care about word order. */
export function stemSequence(text: string): string[] {
  const { its } = engine();
  const sequence: string[] = [];
  engine()
    .readDoc(plainText(text).toLowerCase())
    .tokens()
    .each((token: ItemToken) => {
      const type = token.out(its.type);
      if ((type !== 'word' && type !== 'number') || token.out(its.stopWordFlag)) return;
      // The typings give `its.stem` the add-on signature; at run time it reads a token like `its.value`.
      sequence.push(token.out(its.stem as unknown as typeof its.value));
    });
  return sequence;
}

/** Inverse document frequencies over a set of bags: words every text shares weigh little. */
export function idfOf(bags: readonly Bag[]): (stem: string) => number {
  const seen = new Map<string, number>();
  for (const bag of bags) for (const stem of bag.keys()) seen.set(stem, (seen.get(stem) ?? 0) + 1);
  return (stem) => Math.log((1 + bags.length) / (1 + (seen.get(stem) ?? 0))) + 1;
}

/** Cosine similarity of two bags, each word weighted by `weight` (1 when omitted); 0 when either is empty. */
export function cosine(a: Bag, b: Bag, weight: (stem: string) => number = () => 1): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [stem, count] of a) {
    const w = count * weight(stem);
    normA += w * w;
    const other = b.get(stem);
    if (other) dot += w * other * weight(stem);
  }
  for (const [stem, count] of b) normB += (count * weight(stem)) ** 2;
  return normA && normB ? dot / Math.sqrt(normA * normB) : 0;
}

/**
 * The index of the medoid: the text most similar to all the others. Ties go
 * to the earlier text, so source order decides between equals.
 */
export function medoid(texts: readonly string[]): number {
  if (texts.length <= 2) return 0;
  const bags = texts.map(stems);
  let best = 0;
  let bestScore = -1;
  for (const [i, bag] of bags.entries()) {
    const score = bags.reduce((sum, other, j) => (i === j ? sum : sum + cosine(bag, other)), 0);
    if (score > bestScore + 1e-9) [best, bestScore] = [i, score];
  }
  return best;
}

/**
 * The sentences of plain text, split by wink-nlp. Dotted code (`tf.range(10)`,
 * `np.arange`) would read as sentence ends, so it is masked while splitting
 * and put back after.
 */
export function sentences(text: string): string[] {
  const codes: string[] = [];
  const masked = text.replace(/[\p{L}_][\p{L}\p{N}_]*(?:\.[\p{L}_][\p{L}\p{N}_]*)+(?:\([^()\s]*(?:\([^()\s]*\))?[^()\s]*\))?/gu, (code) => {
    codes.push(code);
    return `codeplaceholder${codes.length - 1}x`;
  });
  return engine()
    .readDoc(masked)
    .sentences()
    .out()
    .map((sentence: string) => sentence.replace(/codeplaceholder(\d+)x/g, (_, i: string) => codes[Number(i)]!).trim())
    .filter(Boolean);
}
