/**
 * All the questions first, then all the answers: a numbered list of the
 * questions (each one line that asks), and further down a numbered list of
 * the answers, numbered again from the start. Each answer takes the question
 * of its number.
 */
import type { ListItem, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { LayoutInput } from './layouts.ts';
import { answersOfItems, itemPosition, writtenNumber } from './list-items.ts';
import { asks, inlineMarkdown } from './phrasing.ts';
import { rootOf } from './split-markers.ts';
import type { ParseResult } from './types.ts';

interface Runs {
  questions: Array<{ item: ListItem; number: number }>;
  /** Index among the top-level nodes of the list that starts the answers. */
  answersFrom: number;
}

/** The list of questions and where the answers start, when the file is laid out so. */
function findRuns({ tree, lines }: LayoutInput): Runs | undefined {
  const { children } = tree();
  const questions: Runs['questions'] = [];
  for (const [index, node] of children.entries()) {
    if (node.type !== 'list' || !node.ordered) continue;
    for (const [i, item] of node.children.entries()) {
      const number = writtenNumber(item, lines);
      const last = questions.at(-1)?.number ?? 0;
      if (number > last) {
        const [lead, ...rest] = item.children;
        if (lead?.type !== 'paragraph' || rest.length || !asks(toString(lead))) return undefined;
        questions.push({ item, number });
        continue;
      }
      // The numbering starts again: the answers begin, at the start of a list of their own.
      if (i !== 0 || questions.length < 2) return undefined;
      const answers = children.slice(index).flatMap((n) => (n.type === 'list' && n.ordered ? n.children : []));
      return answers.length * 2 >= questions.length ? { questions, answersFrom: index } : undefined;
    }
  }
  return undefined;
}

export function detectQuestionsThenAnswers(input: LayoutInput): string | undefined {
  const runs = findRuns(input);
  if (!runs) return undefined;
  const answersLine = input.tree().children[runs.answersFrom]!.position!.start.line;
  return `${runs.questions.length} questions listed first (line ${runs.questions[0]!.item.position!.start.line}), then their answers numbered again (line ${answersLine})`;
}

export function parseQuestionsThenAnswers(input: LayoutInput): ParseResult {
  const runs = findRuns(input)!;
  const prompts = new Map(
    runs.questions.map(({ item, number }) => [
      number,
      inlineMarkdown((item.children[0] as Extract<RootContent, { type: 'paragraph' }>).children),
    ]),
  );
  const { children } = input.tree();
  const { answers, preamble } = answersOfItems(children.slice(runs.answersFrom), input.lines, (item, number) => {
    const prompt = prompts.get(number);
    return {
      number,
      ...(prompt ? { prompt } : {}),
      body: { type: 'root', children: item.children as RootContent[] },
      position: itemPosition(item),
    };
  });
  // The list of questions stays on the source page, before the answers.
  return { answerSet: { answers, preamble: rootOf([...children.slice(0, runs.answersFrom), ...preamble]) }, diagnostics: [] };
}
