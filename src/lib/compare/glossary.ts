/** Looks glossary terms up by their normal form. */
import { slug } from 'github-slugger';
import type { GlossaryEntry } from '../model/model.ts';
import { isIdentifier, normalisePhrase, normaliseToken, tokenize } from './normalise.ts';

export interface GlossaryIndex {
  /** Entry by the normal form of its term or of any alias. */
  byKey: Map<string, GlossaryEntry>;
  /** Longest term or alias, in tokens, to bound phrase look-ups. */
  longest: number;
  /** Terms and aliases of two or more plain words, as normal words, for the look-up of near misspellings. */
  phrases: Array<{ words: string[]; entry: GlossaryEntry }>;
}

export function buildGlossaryIndex(entries: readonly GlossaryEntry[]): GlossaryIndex {
  const byKey = new Map<string, GlossaryEntry>();
  let longest = 1;
  for (const entry of entries) {
    for (const name of [entry.term, ...entry.aliases]) {
      const key = normalisePhrase(name);
      if (key && !byKey.has(key)) byKey.set(key, entry);
      longest = Math.max(longest, tokenize(name).length);
    }
  }
  const phrases: GlossaryIndex['phrases'] = [];
  for (const entry of entries) {
    for (const name of [entry.term, ...entry.aliases]) {
      const tokens = tokenize(name);
      if (tokens.length >= 2 && !tokens.some((token) => isIdentifier(token.text)))
        phrases.push({ words: tokens.map((token) => normaliseToken(token.text)), entry });
    }
  }
  return { byKey, longest, phrases };
}

/** Anchor of a concept on the glossary page; it starts with a letter, as ids should. */
export function conceptId(label: string): string {
  const id = slug(label.replace(/[^\p{L}\p{N}_]+/gu, ' ').trim());
  return /^\p{L}/u.test(id) ? id : `concept-${id}`;
}
