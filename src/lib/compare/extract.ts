/**
 * Finds the concepts an answer names: glossary terms anywhere in its text,
 * plus what the answer itself marks as a concept — list-item lead labels
 * (`Sparse Tensors:`), bold phrases and inline code.
 */
import type { Nodes, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { GlossaryEntry } from '../model.ts';
import type { GlossaryIndex } from './glossary.ts';
import { isIdentifier, normalisePhrase, normaliseToken, tokenize } from './normalise.ts';

export interface Found {
  /** Normal form that merges wordings. */
  key: string;
  /** The words the answer used, first occurrence. */
  phrase: string;
  count: number;
  entry?: GlossaryEntry;
}

type Emphasis = 'label' | 'bold' | 'code';
interface Range {
  start: number;
  end: number;
  kind: Emphasis;
}
interface Block {
  text: string;
  ranges: Range[];
  /** Code blocks are scanned for identifiers only. */
  code: boolean;
}

/** Labels that structure an answer rather than name a concept. */
const STRUCTURAL = /^(?:(?:not|its|their|the|some|all|other|main) .*|description|summary|note|notes|example|examples|answer|others?|yes|no|need|create|usage|use|using|definition|(?:how|why|when|what|which|where)\b.*)$/i;
const MAX_LABEL_WORDS = 5;

/** The concepts an answer names, in reading order. */
export function extractConcepts(body: Root, glossary: GlossaryIndex): Found[] {
  const found = new Map<string, Found>();
  const add = (key: string, phrase: string, entry?: GlossaryEntry) => {
    const existing = found.get(key);
    if (existing) existing.count++;
    else found.set(key, { key, phrase, count: 1, ...(entry ? { entry } : {}) });
  };

  for (const block of blocks(body)) {
    const covered: Array<[number, number]> = [];
    for (const match of scanGlossary(block.text, glossary, (start, end) => !block.code && inEmphasis(block.ranges, start, end))) {
      if (block.code && !isIdentifier(match.phrase)) continue;
      add(match.key, match.phrase, match.entry);
      covered.push([match.start, match.end]);
    }
    // Marked phrases that no glossary term covers become concepts of their own.
    const seen = new Set<string>();
    for (const range of block.ranges) {
      // A label that contains bold or code names its concept through that inner part.
      if (range.kind === 'label' && block.ranges.some((inner) => inner !== range && inner.start >= range.start && inner.end <= range.end)) continue;
      if (covered.some(([start, end]) => start < range.end && end > range.start)) continue;
      const phrase = block.text.slice(range.start, range.end).trim().replace(/[:.]$/, '').trim();
      if (!isConceptLabel(phrase, range.kind)) continue;
      const key = normalisePhrase(phrase);
      const entry = glossary.byKey.get(key);
      const conceptKey = entry ? normalisePhrase(entry.term) : key;
      if (key && !seen.has(conceptKey)) add(conceptKey, phrase, entry);
      seen.add(conceptKey);
    }
  }
  return [...found.values()];
}

/** Glossary keys found in the plain text of a prompt, to leave out of its table. */
export function promptConcepts(prompt: string, glossary: GlossaryIndex): Set<string> {
  const keys = new Set(scanGlossary(prompt.replace(/`/g, ''), glossary, () => true).map((match) => match.key));
  for (const token of tokenize(prompt)) if (isIdentifier(token.text)) keys.add(normaliseToken(token.text));
  // Whole expressions too, so `tf.constant(np.arange(10))` in the prompt leaves out the same code in answers.
  for (const chunk of prompt.replace(/`/g, '').split(/\s+/)) {
    const key = normalisePhrase(chunk.replace(/[?,.;:]+$/, ''));
    if (key) keys.add(key);
  }
  return keys;
}

interface Match {
  key: string;
  phrase: string;
  start: number;
  end: number;
  entry: GlossaryEntry;
}

/**
 * Longest-first look-up of glossary terms over runs of joined tokens. A single
 * ordinary word (`queue`, `set`) counts only where the answer marks it, or
 * where it is capitalised inside a sentence, so everyday uses do not count.
 */
function scanGlossary(text: string, glossary: GlossaryIndex, marked: (start: number, end: number) => boolean): Match[] {
  const tokens = tokenize(text);
  const matches: Match[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let key = '';
    let best: Match | undefined;
    for (let j = i; j < tokens.length && j < i + glossary.longest; j++) {
      if (j > i && !tokens[j]!.joined) break;
      key += normaliseToken(tokens[j]!.text);
      const entry = glossary.byKey.get(key);
      if (entry) best = { key: normalisePhrase(entry.term), phrase: text.slice(tokens[i]!.start, tokens[j]!.end), start: tokens[i]!.start, end: tokens[j]!.end, entry };
    }
    if (!best) continue;
    const single = best.start === tokens[i]!.start && best.end === tokens[i]!.end;
    if (single && !isIdentifier(best.phrase) && !marked(best.start, best.end) && !capitalisedMidSentence(text, tokens[i]!.start)) continue;
    matches.push(best);
    while (i + 1 < tokens.length && tokens[i + 1]!.start < best.end) i++;
  }
  return matches;
}

function capitalisedMidSentence(text: string, start: number): boolean {
  if (!/^\p{Lu}/u.test(text.slice(start))) return false;
  const before = text.slice(0, start).trimEnd();
  return before !== '' && !/[.!?:;(\-–—*•]$/.test(before);
}

function inEmphasis(ranges: readonly Range[], start: number, end: number): boolean {
  return ranges.some((range) => range.start <= start && range.end >= end);
}

function isConceptLabel(phrase: string, kind: Emphasis): boolean {
  if (phrase.length < 3 || phrase.length > 60) return false;
  if (kind === 'code') return /[\p{L}]/u.test(phrase);
  const words = tokenize(phrase).length;
  return words > 0 && words <= MAX_LABEL_WORDS && !STRUCTURAL.test(phrase) && !phrase.endsWith('?');
}

/** Every block of running text with its marked ranges; code blocks apart, printed output skipped. */
function blocks(body: Root): Block[] {
  const list: Block[] = [];
  visit(body, (node, _index, parent) => {
    if (node.type === 'code') {
      if (node.data?.cell?.kind !== 'output') list.push({ text: node.value, ranges: [], code: true });
      return;
    }
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return;
    const block: Block = { text: '', ranges: [], code: false };
    flatten(node.children, block);
    const leadOfItem = parent?.type === 'listItem' && parent.children[0] === node;
    if (leadOfItem) {
      const colon = block.text.indexOf(': ');
      const label = colon > 0 ? block.text.slice(0, colon) : block.text.endsWith(':') ? block.text.slice(0, -1) : '';
      if (label && tokenize(label).length <= MAX_LABEL_WORDS) block.ranges.push({ start: 0, end: label.length, kind: 'label' });
    }
    list.push(block);
  });
  return list;
}

function flatten(nodes: readonly PhrasingContent[], block: Block): void {
  for (const node of nodes) {
    const start = block.text.length;
    if (node.type === 'text') block.text += node.value;
    else if (node.type === 'inlineCode') block.text += node.value;
    else if (node.type === 'break') block.text += ' ';
    else if ('children' in node) flatten(node.children as PhrasingContent[], block);
    else block.text += toString(node as Nodes);
    if (node.type === 'inlineCode') block.ranges.push({ start, end: block.text.length, kind: 'code' });
    if (node.type === 'strong') block.ranges.push({ start, end: block.text.length, kind: 'bold' });
  }
}
