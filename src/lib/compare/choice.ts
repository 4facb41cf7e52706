/**
 * Either-or questions: "Should you increase or decrease the learning rate?",
 * "Is it better to use hard or soft voting?". The question names two options;
 * an answer's choice is the option its first deciding sentence takes: the one
 * it names alone, or the other when it rejects the one it names ("do not
 * increase it"). Sources that choose differently dispute the question.
 */
import type { Root } from 'mdast';
import { plainText } from '../read/markdown.ts';
import { sentences, stemWord } from '../read/similarity.ts';
import { tokenize } from './normalise.ts';
import { proseSentences } from './verdict.ts';

export interface ReadChoice {
  /** One of the question's options, or `unclear` when no sentence decides. */
  choice: string;
  /** The sentence the choice was read from. */
  evidence: string;
}

/** Words that do not name an option: `X or not`, `more or less`, `one or more`. */
const NOT_OPTIONS = new Set([
  'not',
  'no',
  'none',
  'both',
  'either',
  'neither',
  'so',
  'less',
  'more',
  'other',
  'another',
  'one',
  'two',
  'three',
  'any',
  'all',
  'the',
  'a',
  'an',
  'it',
  'them',
  'this',
  'that',
  'and',
  'what',
  'why',
  'how',
  'which',
  'when',
  'is',
  'are',
]);
/** Words that reject the option they come a few words before: "do not increase it", "rather than hard voting". */
const REJECT = new Set([
  'not',
  'no',
  'never',
  'dont',
  'doesnt',
  'shouldnt',
  'wouldnt',
  'cannot',
  'cant',
  'instead',
  'rather',
  'avoid',
  'without',
  'than',
]);
/** Words that choose an option without naming it: "Lower it", "training is much quicker". */
const SAME_AS: Record<string, string[]> = {
  increase: ['raise', 'higher', 'larger', 'bigger', 'grow', 'up'],
  decrease: ['lower', 'reduce', 'smaller', 'shrink', 'down', 'less'],
  faster: ['quicker', 'quick', 'fast', 'speed'],
  slower: ['slow', 'longer'],
  higher: ['increase', 'larger', 'greater', 'bigger', 'above'],
  lower: ['decrease', 'smaller', 'less', 'fewer', 'below', 'under'],
  greater: ['higher', 'larger', 'bigger', 'above'],
  better: ['improve', 'improves', 'outperform'],
  worse: ['degrade', 'hurt'],
};
/** The same options in Chinese and Japanese answers, found as written (their words are not spaced): 降低学习率 chooses decrease. */
const SAME_AS_CJK: Record<string, string[]> = {
  increase: ['提高', '增加', '增大', '调高', '加大', '上げる', '増や'],
  decrease: ['降低', '减少', '减小', '调低', '下げる', '減ら'],
  faster: ['更快', '速い'],
  slower: ['更慢', '遅い'],
  higher: ['更高', '高い'],
  lower: ['更低', '低い'],
  better: ['更好'],
  worse: ['更差'],
};
/** A Chinese or Japanese word that rejects what follows it: 不要提高 does not choose increase. */
const REJECT_CJK = /(?:不要|不能|不应|别|勿|不)$/;
/** How far before an option a rejecting word still applies to it. */
const REJECT_REACH = 3;

/** `increase or decrease`, `hard or soft`: two one-word options joined by `or`. */
const EITHER_OR = /\b([\p{L}][\p{L}-]{1,30}) or ([\p{L}][\p{L}-]{1,30})\b/gu;

/** The two options an either-or question names, in a sentence of its prompt that asks; undefined when it names none. */
export function choiceOptions(prompt: string): [string, string] | undefined {
  for (const sentence of sentences(plainText(prompt))) {
    if (!/[?？]\s*$/.test(sentence)) continue;
    for (const [, a, b] of sentence.matchAll(EITHER_OR)) {
      const options: [string, string] = [a!.toLowerCase(), b!.toLowerCase()];
      if (options.some((option) => NOT_OPTIONS.has(option)) || stemWord(options[0]) === stemWord(options[1])) continue;
      return options;
    }
  }
  return undefined;
}

/** Which option an answer takes, from its first sentence that names exactly one of them. */
export function readChoice(body: Root, options: readonly [string, string]): ReadChoice {
  const stems = options.map((option) => new Set([option, ...(SAME_AS[option] ?? [])].map(stemWord)));
  // A word both options share a synonym with ("less" for fewer and lower) decides nothing.
  const shared = new Set([...stems[0]!].filter((stem) => stems[1]!.has(stem)));
  for (const sentence of proseSentences(body)) {
    const words = tokenize(sentence).map((token) => token.text.toLowerCase().replace(/['’]/g, ''));
    const at = stems.map((own) => words.findIndex((word) => own.has(stemWord(word)) && !shared.has(stemWord(word))));
    const rejected = at.map(
      (index) => index !== -1 && words.slice(Math.max(0, index - REJECT_REACH), index).some((word) => REJECT.has(word)),
    );
    // Both named: the one not rejected ("decrease it rather than increase it"); else the sentence does not decide.
    if (at[0] !== -1 && at[1] !== -1) {
      if (rejected[0] === rejected[1]) continue;
      return { choice: options[rejected[0] ? 1 : 0]!, evidence: sentence };
    }
    if (at[0] === -1 && at[1] === -1) {
      const cjk = chosenInCjk(sentence, options);
      if (cjk) return { choice: cjk, evidence: sentence };
      continue;
    }
    const named = at[0] !== -1 ? 0 : 1;
    return { choice: options[rejected[named] ? 1 - named : named]!, evidence: sentence };
  }
  return { choice: 'unclear', evidence: '' };
}

/** The option a Chinese or Japanese sentence names alone, or the other when it rejects the one it names. */
function chosenInCjk(sentence: string, options: readonly [string, string]): string | undefined {
  const at = options.map((option) =>
    Math.min(...(SAME_AS_CJK[option] ?? []).map((word) => sentence.indexOf(word)).filter((index) => index !== -1)),
  );
  const named = at.map((index) => Number.isFinite(index));
  if (named[0] === named[1]) return undefined;
  const which = named[0] ? 0 : 1;
  return options[REJECT_CJK.test(sentence.slice(0, at[which])) ? 1 - which : which];
}
