/**
 * Lexical similarity of short texts (question wordings, answers): cosine over
 * TF-IDF weighted bags of stemmed content words, tokenised and stemmed by
 * wink-nlp's English model.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { plainText } from './markdown.ts';
import { UNSPACED_LETTER, UNSPACED_LETTERS } from './scripts.ts';

type Nlp = ReturnType<typeof winkNLP>;
let tokeniser: Nlp | undefined;
let splitter: Nlp | undefined;

/**
 * The model loads on first use (a guide with one source never needs it), and
 * twice at most: stems need only wink-nlp's tokeniser, which runs several times
 * faster without the tagging and entity passes; sentences need its sentence
 * boundaries. Neither pass changes the tokens.
 */
function engine(): Nlp {
  tokeniser ??= winkNLP(model, []);
  return tokeniser;
}

function sentenceEngine(): Nlp {
  splitter ??= winkNLP(model, ['sbd']);
  return splitter;
}

/**
 * wink-nlp splits a possessive (`algorithm's` → `algorithm` `'s`) except before punctuation, and once it has read
 * `algorithm's.` it keeps `algorithm's` whole in every later text: a text would read differently after others.
 * Spacing the `'s` off first reads it the same in any order.
 */
const POSSESSIVE = /(?<=\p{L})(?=['’]s(?!\p{L}))/gu;
const readable = (text: string) => text.replace(POSSESSIVE, ' ');
/** A sentence as written: the space `readable` put before a possessive taken out again. */
const asWritten = (text: string) => text.replace(/(?<=\p{L}) (?=['’]s(?!\p{L}))/gu, '');

/** The model's Porter stemmer, the one `its.stem` calls on a token's value. */
const porter = model.addons.stem as (word: string) => string;
/** A stem per word: a class's answers use the same few thousand words over and over. */
const stemOf = new Map<string, string>();
/** Prompts are stemmed once however many indexes and checks read them. */
const bags = new Map<string, ReadonlyMap<string, number>>();

/** A bag of words: stem → count. */
export type Bag = Map<string, number>;

/** The stemmed content words of inline Markdown or plain text, stop words and punctuation left out; shared, so never changed. */
export function stems(text: string): ReadonlyMap<string, number> {
  let bag = bags.get(text);
  if (!bag) {
    const counts: Bag = new Map();
    for (const stem of stemSequence(text)) counts.set(stem, (counts.get(stem) ?? 0) + 1);
    bags.set(text, (bag = counts));
  }
  return bag;
}

/** One lowercase word's Porter stem, as `stems` takes it: `decreasing` → `decreas`. */
export function stemWord(word: string): string {
  let stem = stemOf.get(word);
  if (stem === undefined) stemOf.set(word, (stem = porter(word)));
  return stem;
}

/** Sequences by text: an answer's words are read when placing it by content and again when comparing it. */
const sequences = new Map<string, readonly string[]>();

/** The stemmed content words in reading order, for measures that care about word order; shared, so never changed. */
export function stemSequence(text: string): readonly string[] {
  let sequence = sequences.get(text);
  if (!sequence) sequences.set(text, (sequence = readStems(text)));
  return sequence;
}

/** A run of Chinese or Japanese, the words it holds not spaced apart: one token is a whole phrase. */
const UNSPACED_RUN = new RegExp(`([${UNSPACED_LETTERS}]+)`, 'u');

/**
 * A run of Chinese or Japanese as the overlapping pairs of its characters (`对称矩阵` → 对称, 称矩, 矩阵), as search
 * engines read these scripts: two wordings of one question share most of their pairs, where whole runs rarely match.
 * Letters and digits inside the run (`A`, `2`) are words of their own.
 */
function characterPairs(run: string): string[] {
  const pairs: string[] = [];
  for (const part of run.split(UNSPACED_RUN)) {
    if (!part) continue;
    if (!UNSPACED_LETTER.test(part)) {
      pairs.push(...(part.match(/[\p{L}\p{N}]+/gu) ?? []).map(stemWord));
      continue;
    }
    const chars = [...part];
    if (chars.length === 1) pairs.push(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i]! + chars[i + 1]!);
  }
  return pairs;
}

function readStems(text: string): string[] {
  const { its } = engine();
  const tokens = engine()
    .readDoc(readable(plainText(text).toLowerCase()))
    .tokens();
  const types = tokens.out(its.type);
  const stops = tokens.out(its.stopWordFlag);
  const values = tokens.out(its.value);
  const sequence: string[] = [];
  for (const [i, value] of values.entries()) {
    // The tokenizer knows no Chinese or Japanese word (`unk`): their runs are read as pairs of characters.
    if (UNSPACED_LETTER.test(value)) {
      sequence.push(...characterPairs(value));
      continue;
    }
    if ((types[i] !== 'word' && types[i] !== 'number') || stops[i]) continue;
    let stem = stemOf.get(value);
    if (stem === undefined) stemOf.set(value, (stem = porter(value)));
    sequence.push(stem);
  }
  return sequence;
}

const unweighted = () => 1;

/** The squared length of a bag as a vector, each word weighted by `weight`, as `cosine` sums it. */
export function normOf(bag: ReadonlyMap<string, number>, weight: (stem: string) => number = unweighted): number {
  let norm = 0;
  for (const [stem, count] of bag) norm += (count * weight(stem)) ** 2;
  return norm;
}

/**
 * Cosine similarity of two bags, each word weighted by `weight` (1 when omitted); 0 when either is empty.
 * `normB`, b's `normOf`, can be given when b is compared with many bags.
 */
export function cosine(
  a: ReadonlyMap<string, number>,
  b: ReadonlyMap<string, number>,
  weight: (stem: string) => number = unweighted,
  normB = normOf(b, weight),
): number {
  let dot = 0;
  let normA = 0;
  for (const [stem, count] of a) {
    const w = count * weight(stem);
    normA += w * w;
    const other = b.get(stem);
    if (other) dot += w * other * weight(stem);
  }
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
  return sentenceEngine()
    .readDoc(readable(masked))
    .sentences()
    .out()
    .map((sentence: string) => asWritten(sentence.replace(/codeplaceholder(\d+)x/g, (_, i: string) => codes[Number(i)]!)).trim())
    .filter(Boolean);
}

let tagger: Nlp | undefined;
/** Part-of-speech tags cost a pass of their own, so only the concept finder pays for them. */
function taggerEngine(): Nlp {
  tagger ??= winkNLP(model, ['sbd', 'pos']);
  return tagger;
}

/** A noun phrase of running text: its words as written, and their stems (the key that merges wordings). */
export interface NounPhrase {
  text: string;
  stems: string[];
}

/** The most words a concept's name has. */
const MAX_PHRASE_WORDS = 4;
const PHRASE_TAGS = new Set(['NOUN', 'PROPN', 'ADJ']);
const HEAD_TAGS = new Set(['NOUN', 'PROPN']);
/** Gerunds of everyday verbs: what an answer does, not a technique it names. */
const COMMON_GERUNDS = new Set([
  'using',
  'making',
  'having',
  'getting',
  'doing',
  'being',
  'taking',
  'giving',
  'going',
  'trying',
  'looking',
  'seeing',
  'saying',
  'putting',
  'setting',
  'running',
  'adding',
  'keeping',
  'leaving',
  'letting',
  'starting',
  'following',
  'including',
  'according',
  'allowing',
  'increasing',
  'decreasing',
  'reducing',
  'changing',
]);

/** What follows a verb rather than a noun: its object or a modifier. */
const OBJECT_TAGS = new Set(['DET', 'PRON', 'NUM', 'ADV', 'ADJ']);
/** Words that open a clause about the noun before them (`the nodes that split`), tagged as determiners. */
const RELATIVES = new Set(['that', 'which', 'whose', 'who', 'whom']);
/** The particle of a phrasal verb (`end up`, `branch out`), which follows a verb and never a noun. */
const PARTICLES = new Set(['up', 'out']);

/**
 * The noun phrases of plain text: runs of adjectives and nouns that end in a
 * noun (`out-of-bag evaluation`, `soft voting classifier`, `learning rate`),
 * stop words and numbers left out; a run longer than four words keeps its last four.
 */
export function nounPhrases(text: string): NounPhrase[] {
  const { its } = taggerEngine();
  const tokens = taggerEngine().readDoc(readable(text)).tokens();
  const values = tokens.out(its.value) as string[];
  const tags = tokens.out(its.pos) as string[];
  const types = tokens.out(its.type) as string[];
  const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  // `out-of-bag` is one word of a phrase, tagged as its last part, not three words and two dashes.
  for (let i = values.length - 2; i > 0; i--) {
    if (values[i] !== '-' || spaces[i] || spaces[i + 1] || types[i - 1] !== 'word' || types[i + 1] !== 'word') continue;
    values.splice(i - 1, 3, `${values[i - 1]}-${values[i + 1]}`);
    tags.splice(i - 1, 3, tags[i + 1]!);
    types.splice(i - 1, 3, 'word');
    stops.splice(i - 1, 3, false);
    spaces.splice(i - 1, 3, spaces[i - 1]!);
  }
  const found: NounPhrase[] = [];
  let run: number[] = [];
  const close = () => {
    while (run.length && !HEAD_TAGS.has(tags[run.at(-1)!]!)) run.pop();
    const words = run.slice(-MAX_PHRASE_WORDS);
    if (words.length)
      found.push({ text: words.map((i) => values[i]).join(' '), stems: words.map((i) => stemWord(values[i]!.toLowerCase())) });
    run = [];
  };
  for (let i = 0; i < values.length; i++) {
    const next = tags[i + 1] ?? 'PUNCT';
    // A technique named by its gerund (`boosting`, `early stopping`) is tagged as a verb; one that takes
    // an object or a modifier (`a node containing only one class`) is still a verb.
    if (tags[i] === 'VERB' && /ing$/i.test(values[i]!) && !COMMON_GERUNDS.has(values[i]!.toLowerCase()) && !OBJECT_TAGS.has(next))
      tags[i] = 'NOUN';
    // The tagger reads a verb after its subject as a plural noun (`soft voting averages each class`, `a dataset
    // suits it`), a participle as a noun (`each tree fitted on`) and a phrasal verb's verb as one (`the nodes end up`).
    else if (
      tags[i] === 'NOUN' &&
      ((/[^s]s$/.test(values[i]!) && (next === 'DET' || next === 'PRON') && !RELATIVES.has(values[i + 1]!.toLowerCase())) ||
        (/[^e]ed$/.test(values[i]!) && values[i]!.length > 5) ||
        PARTICLES.has(values[i + 1]?.toLowerCase() ?? ''))
    )
      tags[i] = 'VERB';
    // A part's letter (`b.`, `ii.`) opens a line rather than naming anything.
    const word =
      types[i] === 'word' &&
      !stops[i] &&
      values[i]!.length > 1 &&
      PHRASE_TAGS.has(tags[i]!) &&
      !/^(?:\p{L}|[ivx]{1,4})\.$/iu.test(values[i]!);
    if (word) run.push(i);
    else close();
  }
  close();
  return found;
}
