/**
 * Questions copied as headings without their numbers (`## What is a "rank-3 tensor"?`), each followed
 * by its answer: a questionnaire answered in the book's order. The headings that ask or set a task are
 * the questions, numbered in order; a heading that does neither (`## batch@weights + bias`, an answer
 * written as a heading) is part of the answer above it. With the guide's questions known, their
 * wording may place the answers better (`WORDING_RIVALS`).
 */
import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { LayoutInput } from './layouts.ts';
import { matchMarker } from './markers.ts';
import { asks, setsTask } from './phrasing.ts';
import { markersIn, rootOf, splitAtFound, type FoundMarker } from './split-markers.ts';
import type { ParseResult } from './types.ts';

/** A question mark that ends a sentence inside a text: `What is a list comprehension? Create one now …`. */
const ASKS_WITHIN = /[?？؟]\s+\p{Lu}/u;

/** Whether a heading's words are a question: it asks, or sets a task as an exercise does. */
function isQuestion(heading: Heading): boolean {
  const text = toString(heading).trim();
  return asks(text) || ASKS_WITHIN.test(text) || setsTask(text);
}

/** The question headings of a file, numbered in order, when its unnumbered headings are its questions. */
function questionHeadings(nodes: readonly RootContent[]): FoundMarker[] | undefined {
  const headings = nodes.flatMap((node, index) => (node.type === 'heading' ? [{ node, index }] : []));
  const questions = headings.filter(({ node }) => isQuestion(node));
  if (questions.length < 3) return undefined;
  const byDepth = new Map<number, number>();
  for (const { node } of questions) byDepth.set(node.depth, (byDepth.get(node.depth) ?? 0) + 1);
  const depth = [...byDepth].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
  const level = headings.filter(({ node }) => node.depth === depth);
  const asked = level.filter(({ node }) => isQuestion(node));
  // Most headings at the questions' level ask, none is numbered, and no numbering elsewhere marks more answers.
  if (asked.length * 4 < level.length * 3 || level.some(({ node }) => matchMarker(toString(node), { heading: true }))) return undefined;
  if (markersIn(nodes).length >= asked.length) return undefined;
  return asked.map(({ index }, i) => ({ index, kind: 'heading', depth, marker: { number: i + 1, prefixed: false, length: 0 } }));
}

export function detectQuestionHeadings({ tree }: LayoutInput): string | undefined {
  const found = questionHeadings(tree().children);
  if (!found) return undefined;
  return `${found.length} level-${found[0]!.depth} headings ask a question without a number (first on line ${tree().children[found[0]!.index]!.position!.start.line}); they are numbered in order`;
}

export function parseQuestionHeadings({ tree, context }: LayoutInput): ParseResult {
  const nodes = tree().children;
  const { answers, preamble, appendix } = splitAtFound(nodes, questionHeadings(nodes) ?? [], context.prompts);
  return { answerSet: { answers, preamble: rootOf(preamble), appendix: rootOf(appendix) }, diagnostics: [] };
}
