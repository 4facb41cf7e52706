/**
 * Working with the inline content of a marker: what is left after `Q3.`,
 * whether it is a question or a title, and `Q3: … A3: …` written as one paragraph.
 */
import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { UNSPACED_LETTERS } from '../read/scripts.ts';
import { serialise, words } from '../read/markdown.ts';
import { sameQuestion, type PromptIndex } from './prompt-index.ts';
import { ANSWER_LABEL, ANSWER_WORDS } from './markers.ts';

/** An answer label that opens a line inside a paragraph. */
const ANSWER_AFTER_NEWLINE = new RegExp(String.raw`\n[ \t]*${ANSWER_WORDS}[ \t]*\d{0,4}[ \t]*[:.)：]`, 'i');

/**
 * A question, as opposed to a short title or an answer: it asks, or it is a
 * sentence of some length. Where the guide knows the question numbered
 * `known.number`, a statement is a question only when it words a known
 * question; otherwise it is that question's answer, written without its
 * question.
 */
/** A question mark, maybe inside quotes or brackets, at the end of a text: `?`, the full-width `？` of Chinese and Japanese, Arabic `؟`. */
export const ASKS = /[?？؟][)"'”’*_）」』]*\s*$/u;

/** Whether a text asks: it ends with a question mark, maybe inside quotes or brackets. */
export function asks(text: string): boolean {
  return ASKS.test(text);
}

/** Words that open an answer, not a question: the learner speaking (`I think`, `My solution`, `Here is`). */
const FIRST_PERSON = /^(?:i|i'm|i’m|i've|i’ve|my|we|our|here|this is my|see)\b/i;

/** Whether a text opens as the learner speaking, as an answer does and a question does not. */
export function speaksAsLearner(text: string): boolean {
  return FIRST_PERSON.test(text.trim());
}

/** The verbs a book's exercise opens with when it sets a task rather than asks: `Work out …`, `Write a procedure …`. */
const TASK =
  /^(?:work out|write|define|show|explain|describe|give|design|implement|prove|translate|compute|evaluate|suppose|consider|modify|draw|find|compare|list|name|derive|rewrite|devise|construct|determine|verify|fill in|sketch|plot|create|complete|print|count|build|make|calculate|solve|convert|sort|state|identify|discuss|simplify|estimate|demonstrate|illustrate|summari[sz]e|predict|express|classify)\b/i;

/** The verbs a Chinese exercise opens with when it sets a task: `编写一个程序…` (write a program), `证明…` (prove), `计算…` (compute). */
const CHINESE_TASK = /^(?:请|试)?(?:编写|编程|写出|写一个|写一段|设计|实现|证明|计算|求出|推导|解释|说明|给出|画出|修改)/u;
/** The imperative a Japanese or Korean exercise ends with: `…を作れ．` (make), `…を書け。` (write), `…を求めよ`, `…しなさい`, `…하시오`. */
const ENDING_TASK = /(?:せよ|しなさい|作れ|書け|求めよ|示せ|答えよ|述べよ|考えよ|調べよ|하시오|하라)[。．.!！]?\s*$/u;

/** Whether a text sets a task as an exercise does: it opens with an imperative such as `Write` or `Suppose` (`编写`), or ends with one (`作れ`). */
export function setsTask(text: string): boolean {
  const trimmed = text.trim();
  return TASK.test(trimmed) || CHINESE_TASK.test(trimmed) || ENDING_TASK.test(trimmed);
}

/** The most words of an exercise's statement that sets its task after some setting out (`(Physics: acceleration) … Write a program that …`). */
const MAX_TASK_STATEMENT = 150;

/** Whether a statement of a book's exercise's length sets a task in one of its sentences, as a program's opening comment does. */
export function setsTaskWithin(text: string): boolean {
  // Sentences and lines (a formula set out on lines of its own ends one), after the exercise's title in brackets.
  const parts = text.replace(/^\s*\([^)]*\)\s*/, '').split(/(?<=[.?!:])\s+|\n/);
  return words(text).length <= MAX_TASK_STATEMENT && parts.some((part) => setsTask(part));
}

/** A statement longer than this is an answer: questions that do not ask are one or two sentences. */
const MAX_STATEMENT_PROMPT = 50;
/** The most words a source's title of a question has; a longer text in a title's place is the question's text. */
export const MAX_TITLE_WORDS = 15;

/** Characters of Chinese and Japanese, written without spaces between words: about two to a word. */
const UNSPACED = new RegExp(`[${UNSPACED_LETTERS}]`, 'gu');

/** How many words a text has, a run of Chinese or Japanese counted at two characters a word. */
function wordCount(text: string): number {
  const unspaced = text.match(UNSPACED)?.length ?? 0;
  return words(text.replace(UNSPACED, ' ')).length + Math.ceil(unspaced / 2);
}

export function isPrompt(text: string, known?: { number: number; prompts: PromptIndex }): boolean {
  if (asks(text)) return true;
  if (known?.prompts.numbers.includes(known.number)) return knownPrompt(text, known);
  const count = wordCount(text);
  return count >= 8 && count <= MAX_STATEMENT_PROMPT;
}

/** Whether a text words the question other sources word for this number (and no more: an answer often restates its question, but says much more than it). */
export function knownPrompt(text: string, known: { number: number; prompts: PromptIndex }): boolean {
  if (!known.prompts.numbers.includes(known.number)) return false;
  return wordCount(text) <= known.prompts.longest(known.number) * 1.5 + 5 && sameQuestion(known.prompts, text) !== undefined;
}

/** Inline Markdown for a prompt, on one line. */
export function inlineMarkdown(children: PhrasingContent[]): string {
  const only = children.length === 1 ? children[0] : undefined;
  // `**Q3. What is X?**` leaves a bold run around the whole question: the bold was the marker's.
  const content = only && (only.type === 'strong' || only.type === 'emphasis') ? only.children : children;
  return serialise({ type: 'paragraph', children: content }, { oneLine: true })
    .trim()
    .replace(/\s*\n\s*/g, ' ');
}

/**
 * A blockquote or an all-italic paragraph right after a bare `### Exercise 3` states the question;
 * a quote may hold the question's paragraphs and its parts (`> a. The sample size …`).
 */
export function isQuotedPrompt(node: RootContent): boolean {
  if (node.type === 'blockquote')
    return (
      node.children[0]?.type === 'paragraph' &&
      node.children.every((child) => child.type === 'paragraph' || child.type === 'list' || child.type === 'math')
    );
  return (
    node.type === 'paragraph' &&
    node.children.length === 1 &&
    (node.children[0]!.type === 'emphasis' || node.children[0]!.type === 'strong')
  );
}

export function quotedPrompt(node: RootContent): PhrasingContent[] {
  if (node.type !== 'blockquote') return (node as Paragraph).children;
  // Display math in the quote stays math, set inline in the prompt's one line.
  const paragraphs = node.children.flatMap((child): Paragraph[] =>
    child.type === 'paragraph'
      ? [child]
      : child.type === 'math'
        ? [{ type: 'paragraph', children: [{ type: 'inlineMath', value: child.value }] }]
        : child.type === 'list'
          ? child.children.flatMap((item) => item.children.filter((part) => part.type === 'paragraph'))
          : [],
  );
  return paragraphs.flatMap((paragraph, i): PhrasingContent[] => [
    ...(i ? [{ type: 'text' as const, value: ' ' }] : []),
    ...paragraph.children,
  ]);
}

/**
 * Removes the first `count` characters of text from phrasing content,
 * descending into bold and links, and drops the whitespace after them.
 */
export function dropChars(children: readonly PhrasingContent[], count: number): PhrasingContent[] {
  let remaining = count;
  const result: PhrasingContent[] = [];
  for (const child of children) {
    if (remaining <= 0) {
      result.push(child);
      continue;
    }
    if (child.type === 'text' || child.type === 'inlineCode') {
      const value = child.value.slice(remaining);
      remaining -= child.value.length;
      if (value) result.push({ ...child, value });
    } else if ('children' in child) {
      const length = toString(child).length;
      const inner = dropChars(child.children as PhrasingContent[], remaining);
      remaining -= length;
      if (inner.length) result.push({ ...child, children: inner } as PhrasingContent);
    } else remaining -= toString(child).length;
  }
  const first = result[0];
  if (first?.type === 'text') {
    first.value = first.value.replace(/^\s+/, '');
    if (!first.value) result.shift();
  }
  return result;
}

/**
 * Splits `Q3: What? ⏎ A3: Because.` written as one paragraph into the
 * question's content and the answer's, without the `A3:` label.
 */
export function splitAnswerLabel(children: PhrasingContent[]): [PhrasingContent[], PhrasingContent[]] {
  for (const [index, child] of children.entries()) {
    if (child.type === 'text') {
      // Display math on the next line (`$$\begin{align*}`) answers a question written on the line above it.
      const math = child.value.search(/\n(?=[ \t]*\$\$)/);
      const newline = child.value.search(ANSWER_AFTER_NEWLINE);
      if (math !== -1 && (newline === -1 || math < newline)) {
        const before = child.value.slice(0, math);
        return [
          [...children.slice(0, index), ...(before ? [{ ...child, value: before }] : [])],
          [{ type: 'text' as const, value: child.value.slice(math + 1) }, ...children.slice(index + 1)],
        ];
      }
      if (newline !== -1) {
        const after = child.value.slice(newline + 1).replace(ANSWER_LABEL, '');
        const before = child.value.slice(0, newline);
        return [
          [...children.slice(0, index), ...(before ? [{ ...child, value: before }] : [])],
          [...(after ? [{ type: 'text' as const, value: after }] : []), ...children.slice(index + 1)],
        ];
      }
      const next = children[index + 1];
      if (
        /\n[ \t]*$/.test(child.value) &&
        next &&
        (next.type === 'strong' || next.type === 'emphasis') &&
        ANSWER_LABEL.test(toString(next))
      ) {
        const label = ANSWER_LABEL.exec(toString(next))![0].length;
        return [
          [...children.slice(0, index), { ...child, value: child.value.replace(/\s+$/, '') }],
          dropChars(children.slice(index + 1), label),
        ];
      }
    }
  }
  return [children, []];
}

/** Splits a paragraph's content after its first `lines` lines: their content, and the rest's. */
export function splitAfterLines(children: PhrasingContent[], lines: number): [PhrasingContent[], PhrasingContent[]] {
  let left = lines;
  for (const [index, child] of children.entries()) {
    if (child.type === 'break' && --left === 0) return [children.slice(0, index), children.slice(index + 1)];
    if (child.type !== 'text') continue;
    let at = -1;
    while (left > 0 && (at = child.value.indexOf('\n', at + 1)) !== -1) if (--left === 0) break;
    if (left === 0) {
      const before = at > 0 ? [{ ...child, value: child.value.slice(0, at) }] : [];
      const after = at + 1 < child.value.length ? [{ type: 'text' as const, value: child.value.slice(at + 1) }] : [];
      return [
        [...children.slice(0, index), ...before],
        [...after, ...children.slice(index + 1)],
      ];
    }
  }
  return [children, []];
}

/** Drops an `A3:` label from the paragraph that starts an answer. */
export function stripAnswerLabel(paragraph: Paragraph): void {
  const text = toString(paragraph);
  const label = ANSWER_LABEL.exec(text);
  if (label && text.length > label[0].length) paragraph.children = dropChars(paragraph.children, label[0].length);
}

/** Where the answer half of a `Q3: … A3: …` paragraph starts: the line after the question's. */
export function answerPosition(paragraph: Paragraph, question: PhrasingContent[]) {
  if (!paragraph.position) return {};
  const lines = toString({ type: 'paragraph', children: question }).split('\n').length;
  return { position: { start: { line: paragraph.position.start.line + lines, column: 1 }, end: { ...paragraph.position.end } } };
}
