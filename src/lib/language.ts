/** Detecting the language a source is written in from its text. */
import { franc } from 'franc-min';
import type { Root, RootContent } from 'mdast';
import { canonicalLanguage } from './language-tag.ts';

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
 * The language `text` is written in, as a BCP 47 tag, or `fallback` when the
 * text is too short or too mixed to tell. franc gives ISO 639-3 codes, which
 * `Intl` maps to their two-letter form (`cmn` → `zh`).
 */
export function detectLanguage(text: string, fallback: string): string {
  const code = franc(text, { minLength: 10 });
  if (code === 'und') return fallback;
  const detected = canonicalLanguage(code);
  if (!('tag' in detected)) return fallback;
  // A tag with the fallback's language keeps the fallback's region or script (`pt-BR` stays `pt-BR`).
  return detected.tag === fallback.split('-')[0] ? fallback : detected.tag;
}
