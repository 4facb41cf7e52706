/**
 * Questions recognised by their wording: the guide knows each question's
 * prompt (from `content/questions.yaml` or from the other sources), so a
 * paragraph that says the same as one of them is that question, numbered or
 * not. This places answers that carry no numbers at all, and tells a
 * question from an answer.
 */
import type { List, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown, words } from '../read/markdown.ts';
import type { MarkerSplit } from './split-markers.ts';
import { MAX_QUESTION_WORDS, sameQuestion, type PromptIndex, type PromptMatch } from './prompt-index.ts';
import { endOf } from './split-markers.ts';
import { inlineMarkdown } from './phrasing.ts';

/** Hashes a heading needed a space after (`####What is …?`): Markdown reads the line as text, and its question is the rest. */
const UNSPACED_HEADING = /^\\?#{1,6}(?=\S)/;

/**
 * A file's lines parsed as Markdown for reading by wording: a line that words a known question is
 * a paragraph of its own, even written right below an answer's last line or above its first.
 */
export function wordedTree(lines: readonly string[], index: PromptIndex): Root {
  const worded = (line: string) => Boolean(sameQuestion(index, line.trim()));
  // Lines that open the way the worded questions do (`####`, `**`, `Q:`) are questions too, worded or not.
  const lead = sharedLead(lines.filter(worded));
  return parseMarkdown(lines.join('\n'), 1, 0, lead ? (line) => line.trimStart().startsWith(lead) || worded(line) : worded);
}

/** The symbols (two or more, such as `####` or `**`) that most of the lines open with, at least three of them. */
function sharedLead(lines: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const lead = /^[^\p{L}\p{N}\s]{2,}/u.exec(line.trimStart())?.[0];
    if (lead) counts.set(lead, (counts.get(lead) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= 3 && best[1] * 2 > lines.length ? best[0] : undefined;
}

/**
 * Splits top-level nodes at the paragraphs and headings that word a known
 * question. Of the candidates, the increasing run of question numbers with
 * the highest total similarity wins (gaps allowed), so a stray match out of
 * order never cuts an answer in two.
 */
export function splitByPrompts(children: readonly RootContent[], index: PromptIndex): MarkerSplit {
  const nodes = splitAskingLists(children, index);
  const candidates = nodes.flatMap((node, at) => {
    const asked = askingBlock(node);
    const match = asked && sameQuestion(index, toString(asked));
    return match ? [{ at, ...match }] : [];
  });
  const chosen = fillGaps(bestIncreasing(candidates), nodes, index);
  if (chosen.length === 0) return { answers: [], preamble: [...children], appendix: [], count: 0 };
  const answers = chosen.map((found, i) => {
    const node = nodes[found.at]!;
    const asked = askingBlock(node)!;
    const following = nodes.slice(found.at + 1, chosen[i + 1]?.at ?? nodes.length);
    // A list item that asks keeps what else it holds as the start of its answer.
    const rest = node.type === 'list' ? (node.children[0]!.children.slice(1) as RootContent[]) : [];
    const body = [...rest, ...following];
    return {
      number: found.number,
      prompt: inlineMarkdown(asked.children).replace(UNSPACED_HEADING, ''),
      body: { type: 'root' as const, children: body },
      position: { start: { ...node.position!.start }, end: endOf(body, node.position!.end) },
    };
  });
  return { answers, preamble: nodes.slice(0, chosen[0]!.at), appendix: [], kind: 'text', count: chosen.length };
}

/** A block's place in the layout: a heading's level, a list item, or a paragraph. */
function shapeOf(node: RootContent): string {
  return node.type === 'heading' ? `h${node.depth}` : node.type === 'list' ? 'item' : node.type;
}

/**
 * Questions no other source words, placed by the layout of those that match:
 * where the numbers jump between two matched questions (or before the first),
 * and exactly as many blocks of the matched questions' shape lie between them
 * (headings of their level, or paragraphs or list items that ask), those blocks
 * are the questions in between, in order.
 */
function fillGaps(
  chosen: Array<PromptMatch & { at: number }>,
  nodes: readonly RootContent[],
  index: PromptIndex,
): Array<PromptMatch & { at: number }> {
  if (chosen.length < 2) return chosen;
  const shapes = new Map<string, number>();
  for (const found of chosen) shapes.set(shapeOf(nodes[found.at]!), (shapes.get(shapeOf(nodes[found.at]!)) ?? 0) + 1);
  const [shape] = [...shapes].sort((a, b) => b[1] - a[1])[0]!;
  const fits = (node: RootContent) => {
    if (shapeOf(node) !== shape) return false;
    const asked = askingBlock(node);
    // A question may ask before a note in brackets (`…in spam? (Assume spam is [2, 4].)`).
    return (
      Boolean(asked) && (node.type === 'heading' || toString(asked!).includes('?')) && words(toString(asked!)).length <= MAX_QUESTION_WORDS
    );
  };
  const filled: Array<PromptMatch & { at: number }> = [];
  const lowest = Math.min(...index.numbers);
  for (let i = 0; i < chosen.length; i++) {
    const found = chosen[i]!;
    const before = chosen[i - 1];
    const from = before ? before.at + 1 : 0;
    const missing = found.number - (before ? before.number : lowest - 1) - 1;
    if (missing > 0) {
      const between = nodes.slice(from, found.at).flatMap((node, offset) => (fits(node) ? [from + offset] : []));
      if (between.length === missing) between.forEach((at, k) => filled.push({ at, number: found.number - missing + k, score: 0 }));
    }
    filled.push(found);
  }
  return filled;
}

/** The block that may word a question: a paragraph, a heading, or the paragraph that opens a one-item list. */
function askingBlock(node: RootContent): Extract<RootContent, { type: 'paragraph' | 'heading' }> | undefined {
  if (node.type === 'paragraph' || node.type === 'heading') return node;
  const lead = node.type === 'list' && node.children.length === 1 ? node.children[0]!.children[0] : undefined;
  return lead?.type === 'paragraph' ? lead : undefined;
}

/**
 * Splits a list, one list per item, where an item words a known question
 * (`- What is a GPU?`), so each question in a list can open its answer;
 * other lists stay whole.
 */
function splitAskingLists(children: readonly RootContent[], index: PromptIndex): RootContent[] {
  return children.flatMap((node): RootContent[] => {
    if (node.type !== 'list' || node.children.length < 2) return [node];
    const asks = node.children.some((item) => item.children[0]?.type === 'paragraph' && sameQuestion(index, toString(item.children[0])));
    if (!asks) return [node];
    return node.children.map((item, i): List => ({
      ...node,
      ...(node.ordered && typeof node.start === 'number' ? { start: node.start + i } : {}),
      children: [item],
      ...(item.position ? { position: item.position } : {}),
    }));
  });
}

/** The subsequence with strictly increasing numbers and the highest total score. */
function bestIncreasing<T extends PromptMatch>(items: readonly T[]): T[] {
  const total = items.map((item) => item.score);
  const previous = items.map(() => -1);
  for (let i = 0; i < items.length; i++) {
    for (let j = 0; j < i; j++) {
      if (items[j]!.number < items[i]!.number && total[j]! + items[i]!.score > total[i]!) {
        total[i] = total[j]! + items[i]!.score;
        previous[i] = j;
      }
    }
  }
  let end = total.reduce((best, value, i) => (value > (total[best] ?? -1) ? i : best), -1);
  const chosen: T[] = [];
  for (; end !== -1; end = previous[end]!) chosen.unshift(items[end]!);
  return chosen;
}
