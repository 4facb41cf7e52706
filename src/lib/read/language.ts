/** Detecting the language a source is written in from its text. */
import { francAll } from 'franc-min';
import type { Root, RootContent } from 'mdast';
import { canonicalLanguage } from '../model/language-tag.ts';

/** Prose of an answer set for detection: code is left out, as it reads as English whatever the answer's language. */
export function proseOf(trees: readonly (Root | undefined)[], limit = 4000): string {
  const parts: string[] = [];
  let length = 0;
  const walk = (node: Root | RootContent) => {
    if (length >= limit || node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') return;
    if (node.type === 'text') {
      parts.push(node.value);
      length += node.value.length;
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  for (const tree of trees) if (tree) walk(tree);
  return parts.join(' ');
}

/**
 * How close to the best score the fallback's language may come and still lose
 * to it. Text in another language scores the guide's language at about 0.8
 * (French, German, Spanish or Portuguese prose against English); Latin-like
 * filler or a mix of languages scores several languages at 0.95 or more of
 * each other, and is then read as the fallback's.
 */
const CLEAR_LEAD = 0.9;

/**
 * The language `text` is written in, as a BCP 47 tag, or `fallback` when the
 * text is too short or too mixed to tell. franc gives ISO 639-3 codes, which
 * `Intl` maps to their two-letter form (`cmn` → `zh`).
 */
export function detectLanguage(text: string, fallback: string): string {
  const scores = francAll(text, { minLength: 10 });
  const [code] = scores[0] ?? ['und'];
  if (code === 'und') return fallback;
  const detected = canonicalLanguage(code);
  if (!('tag' in detected)) return fallback;
  const primary = fallback.split('-')[0];
  // A tag with the fallback's language keeps the fallback's region or script (`pt-BR` stays `pt-BR`).
  if (detected.tag === primary) return fallback;
  const fallbackScore = scores.find(([other]) => {
    const tag = canonicalLanguage(other);
    return 'tag' in tag && tag.tag === primary;
  })?.[1];
  return fallbackScore !== undefined && fallbackScore >= CLEAR_LEAD ? fallback : detected.tag;
}
