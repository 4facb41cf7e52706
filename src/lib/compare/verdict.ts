/**
 * Reads a yes/no verdict from everything an answer's prose says about the
 * question's own claim, not just its opening: the first sentence that takes a
 * stance (an explicit "Yes"/"No", a restatement, a negation or an opposite of
 * the question's words) sets the verdict, and a later sentence that
 * contradicts a yes ("However, the former uses 32-bit integers while the latter
 * uses 64-bit integers", "but they differ") turns it into nuanced.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { plainText } from '../read/markdown.ts';
import type { VerdictValue } from '../model/model.ts';
import { sentences } from '../read/similarity.ts';
import { normaliseToken, tokenize } from './normalise.ts';

export interface ReadVerdict {
  verdict: VerdictValue | 'unclear';
  /** The sentence or sentences the verdict rests on, joined by " … ". */
  evidence: string;
}

const AUXILIARY = /^(?:is|are|was|were|do|does|did|can|could|should|would|will|has|have|had|must|may|might|shall)\b/i;
/** "Can you name six…?" asks for a list, not a verdict. */
const REQUEST = /^(?:can|could|would|will)\s+you\s+(?:name|list|give|describe|explain|think|show|tell|provide|write|suggest)\b/i;
const NEGATION = new Set(
  'no not never cannot cant neither nor without isnt arent doesnt dont wont wouldnt shouldnt couldnt didnt hasnt havent wasnt werent barely hardly scarcely'.split(
    ' ',
  ),
);
/** Phrases that judge the question's proposal worthless: "a waste of time", "pointless". */
const WORTHLESS =
  /\b(?:(?:a\s+)?waste\s+of\s+(?:time|effort|resources)|pointless|useless|no\s+point|not\s+worth|(?:won['’]t|will\s+not|does\s*n['’]?t|do\s*n['’]?t)\s+help)\b/i;
/** Words that set one part of a sentence against another. */
const CONTRAST = new Set(['but', 'however', 'although', 'though', 'whereas', 'while', 'yet']);
const HEDGE = new Set(
  [...CONTRAST].filter((word) => word !== 'while' && word !== 'yet').concat(['depends', 'unless', 'except', 'partly', 'partially']),
);
/** Modal softeners: they qualify a yes ("might differ"), but alone they take no stance. */
const MODAL = new Set(['may', 'might', 'could', 'perhaps', 'possibly']);
/** Openings that answer "almost" rather than yes or no. */
const QUALIFIED =
  /^(?:not quite|not exactly|not entirely|not always|not necessarily|almost|mostly|partly|partially|sort of|kind of|it depends)\b/i;
/** Openings that answer no without repeating the claim: "No.", "Not really", "It is not: …". */
const REPLY_NO =
  /^(?:no|nope|not|(?:it|they|that|this)\s+(?:is|are|does|do|can|will)\s*(?:not|n['’]t)|(?:it|they|that|this)\s+(?:isn['’]t|aren['’]t|doesn['’]t|don['’]t|can['’]t|won['’]t))\b/i;
/** A label before the answer proper: "Answer:", "A:". */
const LABEL = /^(?:answer|a)\s*[:：]\s*/i;
const OPPOSITES: Record<string, string[]> = {
  same: ['different', 'differ', 'difference', 'distinct'],
  identical: ['different', 'differ'],
  equal: ['different', 'unequal'],
  different: ['same', 'identical', 'equal'],
};
const STOP = new Set([
  'the',
  'a',
  'an',
  'you',
  'your',
  'it',
  'they',
  'them',
  'of',
  'to',
  'for',
  'with',
  'and',
  'or',
  'in',
  'on',
  'be',
  'that',
  'this',
  'any',
  'all',
]);

/** A clause that sets the scene before the question proper: "If your tree overfits, …", "Suppose …, …". */
const CONDITION = /^(?:if|when|suppose|assuming|given)\b/i;

/**
 * The sentence of a prompt that asks for a yes or a no, its scene-setting clause left out: "Is…?",
 * "If a tree overfits, is it a good idea to…?", "… Do you get better performance?", but not "Can you name…?".
 */
function yesNoQuestion(prompt: string): string | undefined {
  for (const sentence of sentences(plainText(prompt))) {
    if (!/\?\s*$/.test(sentence)) continue;
    // After a scene-setting clause, the question proper starts after one of its commas (not the one in `100,000`).
    // Or after a colon or semicolon: "Now try a stacking classifier instead: do you get better performance?"
    const starts = [
      ...(CONDITION.test(sentence) ? [...sentence.matchAll(/,\s+/g)].map((comma) => comma.index + comma[0].length) : [0]),
      ...[...sentence.matchAll(/[:;]\s+/g)].map((colon) => colon.index + colon[0].length),
    ];
    const asked = starts.map((at) => sentence.slice(at).trim()).find((rest) => AUXILIARY.test(rest) && !REQUEST.test(rest));
    if (asked) return asked;
  }
  return undefined;
}

/** True for a question answered by yes or no. */
export function isYesNoQuestion(prompt: string): boolean {
  return yesNoQuestion(prompt) !== undefined;
}

interface Reading {
  sentence: string;
  /** The stance the sentence takes on the claim, if any. */
  stance?: VerdictValue;
  /** An explicit "Yes"/"No" opening rather than a reading of the claim's words. */
  explicit: boolean;
  hedged: boolean;
  /** The sentence says the compared things differ: an opposite of the claim, or two values of one kind ("int32 … int64"). */
  contradicts: boolean;
  modal: boolean;
  /** The stance comes only from the sentence repeating the claim's words. */
  restated: boolean;
  /** The sentence draws a conclusion: "So …", "Therefore …", "In that case, …". */
  concludes: boolean;
}

const CONCLUDING =
  /^(?:so|thus|therefore|hence|consequently|in (?:that|this|which) case|in (?:short|summary|conclusion)|overall|all in all)\b/i;

/** The verdict an answer gives to a yes/no prompt. */
export function readVerdict(body: Root, prompt: string): ReadVerdict {
  const claim = claims(prompt);
  const readings = proseSentences(body).map((sentence) => read(sentence, claim));
  if (readings.length === 0) return { verdict: 'unclear', evidence: '' };

  // Later sentences that merely mention the claim's words ("NumPy arrays are mutable, while TensorFlow's tensors are not")
  // describe rather than answer; only the opening answers by restating.
  const lead = readings.find((reading, index) => reading.stance && (index === 0 || !reading.restated));
  if (!lead) {
    // No sentence takes a stance on the claim: a contrast between differing values, or a hedge, still says "partly".
    const partly = readings.find((reading) => reading.hedged && reading.contradicts) ?? (readings[0]!.hedged ? readings[0] : undefined);
    return partly ? { verdict: 'nuanced', evidence: partly.sentence } : { verdict: 'unclear', evidence: readings[0]!.sentence };
  }
  // An answer that weighs both sides, then concludes ("In that case, we shouldn't use it"), answers with its conclusion.
  const conclusion =
    lead.stance === 'nuanced' && !lead.explicit ? readings.findLast((reading) => reading.concludes && reading.stance) : undefined;
  if (conclusion && conclusion !== lead) return { verdict: conclusion.stance!, evidence: conclusion.sentence };
  if (lead.stance !== 'yes') return { verdict: lead.stance!, evidence: lead.sentence };
  const after = readings.slice(readings.indexOf(lead) + 1);
  const against =
    after.find((reading) => reading.stance === 'no' && !reading.explicit) ??
    after.find((reading) => reading.contradicts && (reading.hedged || reading.modal || !lead.explicit));
  if (against) return { verdict: 'nuanced', evidence: `${lead.sentence} … ${against.sentence}` };
  return { verdict: 'yes', evidence: lead.sentence };
}

function read(sentence: string, [claim, alternative]: [Set<string>, Set<string> | undefined]): Reading {
  const words = joinContractions(tokenize(sentence).map((token) => token.text.toLowerCase().replace(/['’]/g, '')));
  const hedged = words.some((word) => HEDGE.has(word));
  const contrasted = words.some((word) => CONTRAST.has(word));
  const modal = words.some((word) => MODAL.has(word));
  const stance = (claimWords: Set<string>) => {
    let matched = 0;
    let negated = false;
    let opposed = false;
    words.forEach((word, index) => {
      const normal = normaliseToken(word);
      if (claimWords.has(normal)) {
        matched++;
        if (words.slice(Math.max(0, index - 3), index).some((w) => NEGATION.has(w))) negated = true;
      }
      for (const claimed of claimWords) if (OPPOSITES[claimed]?.includes(normal)) opposed = true;
    });
    return { matched, negated: negated || opposed, opposed };
  };
  const main = stance(claim);
  const other = alternative ? stance(alternative) : { matched: 0, negated: false, opposed: false };
  const contradicts = main.opposed || (contrasted && differingValues(words));
  const base = { sentence, explicit: false, hedged, contradicts, modal, restated: false, concludes: CONCLUDING.test(sentence) };

  if (words[0] === 'yes') return { ...base, stance: 'yes', explicit: true };
  if (QUALIFIED.test(sentence)) return { ...base, stance: 'nuanced', explicit: true };
  if (words[0] === 'no' || (REPLY_NO.test(sentence) && main.matched === 0 && other.matched === 0))
    return { ...base, stance: 'no', explicit: words[0] === 'no' };
  if (main.negated || (main.matched >= 1 && WORTHLESS.test(sentence))) return { ...base, stance: 'no' };
  if (main.matched >= 2 && other.matched >= 2 && !other.negated) return { ...base, stance: 'nuanced', restated: true };
  if (main.matched >= 2) return { ...base, stance: hedged ? 'nuanced' : 'yes', restated: true };
  if (other.matched >= 2) return { ...base, stance: other.negated ? 'yes' : hedged ? 'nuanced' : 'no', restated: true };
  return base;
}

/** `won't` is tokenized `won` `t`: one word again, `wont`, as the negations are listed. */
function joinContractions(words: readonly string[]): string[] {
  const joined: string[] = [];
  for (const word of words) {
    if (word === 't' && joined.at(-1)?.endsWith('n')) joined.push(`${joined.pop()}t`);
    else joined.push(word);
  }
  return joined;
}

/** Two words that differ only in their numbers, such as `int32` and `int64` or "32-bit" and "64-bit". */
function differingValues(words: readonly string[]): boolean {
  const seen = new Map<string, string>();
  for (const word of words) {
    if (!/\d/.test(word) || !/\p{L}/u.test(word)) continue;
    const shape = word.replace(/\d+/g, '#');
    const first = seen.get(shape);
    if (first !== undefined && first !== word) return true;
    seen.set(shape, word);
  }
  return false;
}

/** Content words of the question's claim, and of an "…, or must…" alternative when it has one. */
function claims(prompt: string): [Set<string>, Set<string> | undefined] {
  const question = (yesNoQuestion(prompt) ?? plainText(prompt)).split('?')[0] ?? '';
  const [main = '', alternative] = question.split(/,?\s+or\s+(?=must|should|can|do|does|is|are)/i);
  const contentWords = (text: string) =>
    new Set(
      tokenize(text.replace(AUXILIARY, ''))
        .map((token) => normaliseToken(token.text.toLowerCase()))
        .filter((word) => !STOP.has(word) && !AUXILIARY.test(word)),
    );
  return [contentWords(main), alternative ? contentWords(alternative) : undefined];
}

/**
 * Every sentence of the answer's prose paragraphs, in reading order, with an
 * "Answer:" label dropped; code blocks and sentences that ask (an answer that
 * repeats its question) are left out.
 */
export function proseSentences(body: Root): string[] {
  const list: string[] = [];
  visit(body, 'paragraph', (node) => {
    for (const sentence of sentences(toString(node).replace(/\s+/g, ' ').trim())) {
      const text = sentence.replace(LABEL, '').trim();
      if (text && !text.endsWith('?')) list.push(text);
    }
  });
  return list;
}
