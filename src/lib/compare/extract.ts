/**
 * Finds the concepts an answer names: glossary terms anywhere in its text
 * (prose, bare list items, code spans, code-block comments, and a misspelling
 * one edit away from a term), plus what the answer itself marks as a concept —
 * list-item lead labels (`Sparse Tensors:`), bold phrases and inline code.
 */
import type { Nodes, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { GlossaryEntry } from '../model/model.ts';
import type { GlossaryIndex } from './glossary.ts';
import { isIdentifier, normalisePhrase, normaliseToken, tokenize } from './normalise.ts';

export interface Found {
  /** Normal form that merges wordings. */
  key: string;
  /** The words the answer used, first occurrence. */
  phrase: string;
  count: number;
  entry?: GlossaryEntry;
  /** Named only inside code blocks. */
  inCode: boolean;
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
  /** Text from a code block; outside its comments, scanned for identifiers only. */
  code: boolean;
  /** A code block's comments, or a fence that holds prose rather than code: read as prose. */
  comment?: boolean;
}

/**
 * Labels that structure an answer rather than name a concept: its parts (`b.`, `(c)`, `ii.`, `Part 2`),
 * the study's own words (`Exercise`, `Hint`, `Answer TODO`) and an answer's sections (`Summary`, `Findings`, `Code:`, `Output:`).
 */
const STRUCTURAL =
  /^(?:(?:not|its|their|the|some|all|other|main) .*|(?:[a-h]|[ivx]{1,4})[.)](?:\s.*)?|\((?:[a-h]|[ivx]{1,4})\)(?:\s.*)?|(?:part|step|exercise|question|problem|task)s?(?:\s+\S+)?|description|summary|notes?|examples?|answers?(?:\s+todo)?|solutions?|hints?|todo|conclusions?|findings?|observations?|comments?|explanation|(?:source |sample )?code|(?:sample |expected )?(?:outputs?|inputs?)|results?|programs?|approach|reasoning|intuition|proof|attempt|response|reflection|others?|yes|no|need|create|usage|use|using|definition|(?:how|why|when|what|which|where)\b.*)$/i;
const MAX_LABEL_WORDS = 5;

/** The concepts an answer names, in reading order. */
export function extractConcepts(body: Root, glossary: GlossaryIndex): Found[] {
  const found = new Map<string, Found>();
  const add = (key: string, phrase: string, inCode: boolean, entry?: GlossaryEntry) => {
    const existing = found.get(key);
    if (existing) {
      existing.count++;
      // Prose wording wins over a code block's for the cell.
      if (existing.inCode && !inCode) Object.assign(existing, { phrase, inCode });
    } else found.set(key, { key, phrase, count: 1, inCode, ...(entry ? { entry } : {}) });
  };

  for (const block of blocks(body)) {
    const covered: Array<[number, number]> = [];
    for (const match of scanGlossary(block.text, glossary, (start, end) => !block.code && inEmphasis(block.ranges, start, end))) {
      if (block.code && !block.comment && !isIdentifier(match.phrase)) continue;
      add(match.key, match.phrase, block.code, match.entry);
      covered.push([match.start, match.end]);
    }
    // Marked phrases that no glossary term covers become concepts of their own.
    const seen = new Set<string>();
    for (const range of block.ranges) {
      // A label that contains bold or code names its concept through that inner part.
      if (range.kind === 'label' && block.ranges.some((inner) => inner !== range && inner.start >= range.start && inner.end <= range.end))
        continue;
      if (covered.some(([start, end]) => start < range.end && end > range.start)) continue;
      const phrase = block.text.slice(range.start, range.end).trim().replace(/[:.]$/, '').trim();
      if (!isConceptLabel(phrase, range.kind)) continue;
      const key = normalisePhrase(phrase);
      const entry = glossary.byKey.get(key);
      const conceptKey = entry ? normalisePhrase(entry.term) : key;
      if (key && !seen.has(conceptKey)) add(conceptKey, phrase, block.code, entry);
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
 * ordinary word (`queue`, `set`) counts only where the answer marks it, where
 * it is capitalised inside a sentence, or where it stands alone as one item of
 * a list of named concepts ("…, string tensors, sets and queues"; a bare list
 * item), so everyday uses do not count.
 */
function scanGlossary(text: string, glossary: GlossaryIndex, marked: (start: number, end: number) => boolean): Match[] {
  const tokens = tokenize(text);
  const matches: Match[] = [];
  const pending: Match[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let key = '';
    const words: string[] = [];
    let best: Match | undefined;
    let near: Match | undefined;
    for (let j = i; j < tokens.length && j < i + glossary.longest; j++) {
      if (j > i && !tokens[j]!.joined) break;
      words.push(normaliseToken(tokens[j]!.text));
      key += words.at(-1);
      const at = { phrase: text.slice(tokens[i]!.start, tokens[j]!.end), start: tokens[i]!.start, end: tokens[j]!.end };
      const entry = glossary.byKey.get(key);
      if (entry) best = { key: normalisePhrase(entry.term), ...at, entry };
      else if (j > i && !best) {
        const close = nearTerm(words, glossary);
        if (close) near = { key: normalisePhrase(close.term), ...at, entry: close };
      }
    }
    best ??= near;
    if (!best) continue;
    const single = best.start === tokens[i]!.start && best.end === tokens[i]!.end;
    const plainWord =
      single && !isIdentifier(best.phrase) && !marked(best.start, best.end) && !capitalisedMidSentence(text, tokens[i]!.start);
    if (plainWord) {
      if (standsAlone(text, best.start, best.end)) pending.push(best);
    } else matches.push(best);
    while (i + 1 < tokens.length && tokens[i + 1]!.start < best.end) i++;
  }
  // A lone word is an item of a list of concepts when the list names another, or when it is the whole text.
  const whole = (match: Match) =>
    text.slice(0, match.start).trim() === '' &&
    text
      .slice(match.end)
      .replace(/[.:;,!]+$/, '')
      .trim() === '';
  const listed = pending.filter(
    (match) =>
      whole(match) ||
      matches.some((other) => sameList(text, other, match)) ||
      pending.some((other) => other !== match && other.key !== match.key && sameList(text, other, match)),
  );
  return [...matches, ...listed].sort((a, b) => a.start - b.start);
}

/** Separators between the items of a written list. */
const ITEM_BREAK = /(?:[,;、，；\n•]|\band\b|\bor\b|^)\s*$/;
const ITEM_END = /^\s*(?:[,;.、，；。:\n)]|\band\b|\bor\b|$)/;

/** True when the words between `start` and `end` are a whole item: nothing but a list separator on either side. */
function standsAlone(text: string, start: number, end: number): boolean {
  return ITEM_BREAK.test(text.slice(Math.max(0, start - 6), start)) && ITEM_END.test(text.slice(end, end + 6));
}

/** Two matches in one run of items: only list separators and other items between them. */
function sameList(text: string, a: Match, b: Match): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  const between = text.slice(first.end, second.start);
  return !/[.!?:。！？](?:\s|$)/.test(between) && between.length < 80;
}

/**
 * A glossary phrase of as many plain words that differs in one word of five
 * letters or more, by one edit: "spare tensors" for sparse tensor. Single
 * words and identifiers never match loosely, so `tf.range` is not `tf.rank`.
 */
function nearTerm(words: readonly string[], glossary: GlossaryIndex): GlossaryEntry | undefined {
  if (words.some((word) => isIdentifier(word))) return undefined;
  for (const phrase of glossary.phrases) {
    if (phrase.words.length !== words.length) continue;
    const differing = words.flatMap((word, index) => (word === phrase.words[index] ? [] : [index]));
    if (differing.length !== 1) continue;
    const [a, b] = [words[differing[0]!]!, phrase.words[differing[0]!]!];
    if (Math.min(a.length, b.length) >= 5 && oneEditApart(a, b)) return phrase.entry;
  }
  return undefined;
}

/** One insertion, deletion, substitution or swap of neighbours turns `a` into `b`. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length < b.length ? a.slice(i) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i);
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

/** What marks a fence's text as code rather than prose set in a fence. */
const CODE_SYNTAX = /[=(){}[\]<>]|^\s*(?:import|from|def|class|return)\b/m;
/** A `#` or `//` comment to the end of its line, the way Python and JavaScript write them. */
const COMMENT = /(?:^|\s)(?:#|\/\/)\s?(.+)$/gm;

/** Every block of running text with its marked ranges; code blocks apart, printed output skipped. */
function blocks(body: Root): Block[] {
  const list: Block[] = [];
  visit(body, (node, _index, parent) => {
    if (node.type === 'code') {
      if (node.data?.cell?.kind === 'output') return;
      if (!node.lang && !CODE_SYNTAX.test(node.value)) {
        list.push({ text: node.value, ranges: [], code: true, comment: true });
        return;
      }
      list.push({ text: node.value, ranges: [], code: true });
      const comments = [...node.value.matchAll(COMMENT)].map((match) => match[1]!).join('\n');
      if (comments) list.push({ text: comments, ranges: [], code: true, comment: true });
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
    // A soft line break inside a paragraph is a space, so "string\ntensors" stays one phrase.
    if (node.type === 'text') block.text += node.value.replace(/\n/g, ' ');
    else if (node.type === 'inlineCode') block.text += node.value;
    else if (node.type === 'break') block.text += ' ';
    else if ('children' in node) flatten(node.children as PhrasingContent[], block);
    else block.text += toString(node as Nodes);
    if (node.type === 'inlineCode') block.ranges.push({ start, end: block.text.length, kind: 'code' });
    if (node.type === 'strong') block.ranges.push({ start, end: block.text.length, kind: 'bold' });
  }
}
