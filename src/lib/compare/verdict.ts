/**
 * Reads a yes/no verdict from what an answer says about the question's own
 * claim: an explicit "Yes"/"No", a negation or an opposite of the question's
 * words ("different" for "same"), or a hedge ("but", "however") beside it.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit, EXIT } from 'unist-util-visit';
import { plainText } from '../markdown.ts';
import type { VerdictValue } from '../model.ts';
import { normaliseToken, tokenize } from './normalise.ts';

export interface ReadVerdict {
  verdict: VerdictValue | 'unclear';
  evidence: string;
}

const AUXILIARY = /^(?:is|are|was|were|do|does|did|can|could|should|would|will|has|have|had|must|may|might|shall)\b/i;
/** "Can you name six…?" asks for a list, not a verdict. */
const REQUEST = /^(?:can|could|would|will)\s+you\s+(?:name|list|give|describe|explain|think|show|tell|provide|write|suggest)\b/i;
const NEGATION = new Set(['no', 'not', 'never', 'cannot', 'cant', 'neither', 'nor', 'without', 'isnt', 'arent', 'doesnt', 'dont', 'wont']);
const HEDGE = new Set(['but', 'however', 'although', 'though', 'whereas', 'depends', 'unless', 'except', 'partly', 'partially']);
const OPPOSITES: Record<string, string[]> = {
  same: ['different', 'differ', 'difference', 'distinct'],
  identical: ['different', 'differ'],
  equal: ['different', 'unequal'],
  different: ['same', 'identical', 'equal'],
};
const STOP = new Set(['the', 'a', 'an', 'you', 'your', 'it', 'they', 'them', 'of', 'to', 'for', 'with', 'and', 'or', 'in', 'on', 'be', 'that', 'this', 'any', 'all']);

/** True for a question answered by yes or no: "Is…?", "Do you get…?", but not "Can you name…?". */
export function isYesNoQuestion(prompt: string): boolean {
  const first = plainText(prompt).trim();
  return AUXILIARY.test(first) && !REQUEST.test(first);
}

/** The verdict an answer gives to a yes/no prompt. */
export function readVerdict(body: Root, prompt: string): ReadVerdict {
  const lead = leadSentence(body);
  if (!lead) return { verdict: 'unclear', evidence: '' };
  const words = tokenize(lead).map((token) => token.text.toLowerCase().replace(/['’]/g, ''));
  if (words[0] === 'yes') return { verdict: 'yes', evidence: lead };
  if (words[0] === 'no') return { verdict: 'no', evidence: lead };

  const [claim, alternative] = claims(prompt);
  const hedged = words.some((word) => HEDGE.has(word));
  const stance = (claimWords: Set<string>) => {
    let matched = 0;
    let negated = false;
    words.forEach((word, index) => {
      const normal = normaliseToken(word);
      if (claimWords.has(normal)) {
        matched++;
        if (words.slice(Math.max(0, index - 3), index).some((w) => NEGATION.has(w))) negated = true;
      }
      for (const claimed of claimWords) if (OPPOSITES[claimed]?.includes(normal)) negated = true;
    });
    return { matched, negated };
  };
  const main = stance(claim);
  const other = alternative ? stance(alternative) : { matched: 0, negated: false };
  if (main.negated) return { verdict: 'no', evidence: lead };
  if (main.matched >= 2 && other.matched >= 2 && !other.negated) return { verdict: 'nuanced', evidence: lead };
  if (main.matched >= 2) return { verdict: hedged ? 'nuanced' : 'yes', evidence: lead };
  if (other.matched >= 2) return { verdict: other.negated ? 'yes' : hedged ? 'nuanced' : 'no', evidence: lead };
  return { verdict: hedged ? 'nuanced' : 'unclear', evidence: lead };
}

/** Content words of the question's claim, and of an "…, or must…" alternative when it has one. */
function claims(prompt: string): [Set<string>, Set<string> | undefined] {
  const question = plainText(prompt).split('?')[0] ?? '';
  const [main = '', alternative] = question.split(/,?\s+or\s+(?=must|should|can|do|does|is|are)/i);
  const contentWords = (text: string) =>
    new Set(
      tokenize(text.replace(AUXILIARY, ''))
        .map((token) => normaliseToken(token.text.toLowerCase()))
        .filter((word) => !STOP.has(word) && !AUXILIARY.test(word)),
    );
  return [contentWords(main), alternative ? contentWords(alternative) : undefined];
}

/** The first sentence of the answer's first paragraph of prose. */
function leadSentence(body: Root): string {
  let text = '';
  visit(body, 'paragraph', (node) => {
    text = toString(node);
    return EXIT;
  });
  const sentence = /^.+?[.!?](?=\s|$)/s.exec(text.trim())?.[0] ?? text.trim();
  return sentence.replace(/\s+/g, ' ');
}
