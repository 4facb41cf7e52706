/**
 * One normal form for the many ways answers write a concept:
 * `SparseTensor`, `tf.SparseTensor`, `sparse tensors` and `Sparse Tensors`
 * all become `sparsetensor`.
 */
import lemmatizer from 'wink-lemmatizer';

/** A word of running text, with dots, underscores and hyphens kept inside identifiers. */
const TOKEN = /[\p{L}\p{N}_][\p{L}\p{N}_]*(?:[.\-][\p{L}\p{N}_]+)*(?:\(\))?/gu;
/** Module prefixes that do not change what a class names, dropped one at a time. */
const PREFIX = /^(?:tf|keras)\./;
/** Words whose final s is not a plural, and `data`, a mass noun in the texts read here. */
const NOT_PLURAL = new Set([
  'keras',
  'numpy',
  'pandas',
  'series',
  'species',
  'data',
  'this',
  'has',
  'was',
  'is',
  'its',
  'us',
  'as',
  'axis',
  'bias',
  'always',
  'less',
  'class',
  'loss',
  'process',
  'access',
]);

export interface Token {
  text: string;
  start: number;
  end: number;
  /** True when only spaces, a hyphen or `&` separate this token from the previous one. */
  joined: boolean;
}

/** Splits text into tokens, remembering which ones form a phrase with their neighbour. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const previous = tokens.at(-1);
    const gap = previous ? text.slice(previous.end, start) : '';
    tokens.push({ text: match[0], start, end: start + match[0].length, joined: Boolean(previous) && /^[ \t\-&]+$/.test(gap) });
  }
  return tokens;
}

/**
 * Singular of one lowercase word: WordNet's noun lemma (wink-lemmatizer: `indices` → `index`,
 * `biases` → `bias`, `series` stays), else, for a word it does not know (`hyperparameters`), the
 * regular English plural undone.
 */
export function singular(word: string): string {
  if (word.length <= 3 || NOT_PLURAL.has(word)) return word;
  const lemma = lemmatizer.noun(word);
  if (lemma !== word) return lemma;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is|os)$/.test(word)) return word;
  if (/(?:ches|shes|xes|sses)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** Splits `QueueRunners` into `Queue Runners` and `int32` stays whole. */
function camelWords(part: string): string[] {
  return part
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2')
    .split(/[\s\-]+/)
    .filter(Boolean);
}

/**
 * Normal form of one token. A module prefix is dropped only when what
 * remains is still distinctive (a CamelCase class or a dotted path), so
 * `tf.SparseTensor` = `SparseTensor` but `tf.function` stays apart from "function".
 */
export function normaliseToken(token: string): string {
  let normal = normals.get(token);
  if (normal === undefined) normals.set(token, (normal = normalise(token)));
  return normal;
}

/** Normal forms by token: every answer of a class uses the same few thousand words. */
const normals = new Map<string, string>();

function normalise(token: string): string {
  let text = token.replace(/\(\)$/, '').replace(/=.*$/, '');
  for (let stripped = text.replace(PREFIX, ''); stripped !== text; stripped = text.replace(PREFIX, '')) {
    if (!stripped.includes('.') && camelWords(stripped).length < 2) break;
    text = stripped;
  }
  return text
    .split('.')
    .map((part) =>
      camelWords(part)
        .map((word) => singular(word.toLowerCase()))
        .join(''),
    )
    .join('.');
}

/** Normal form of a phrase: its tokens' normal forms run together. */
export function normalisePhrase(phrase: string): string {
  return tokenize(phrase.replace(/`/g, ''))
    .map((token) => normaliseToken(token.text))
    .join('');
}

/** True when a token reads as an identifier rather than an English word. */
export function isIdentifier(text: string): boolean {
  return /[._()=]/.test(text) || /\p{Ll}\p{Lu}/u.test(text) || /^\p{Lu}{2,}/u.test(text) || /\d/.test(text);
}
