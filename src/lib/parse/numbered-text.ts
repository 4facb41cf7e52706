/**
 * Numbered plain text: `1. Question?` at column 0, the answer indented below
 * it as Markdown-like bullets. A prompt may wrap onto following lines.
 */
import type { Answer } from '../model/model.ts';
import { parseLines } from './body.ts';
import { promptText, splitNumberedLines, type QuestionBlock } from './numbered-lines.ts';
import type { Parser } from './types.ts';
import type { Root } from 'mdast';

export const parseNumberedText: Parser = (_file, lines) => {
  const { preamble, blocks } = splitNumberedLines(lines);
  return {
    answerSet: {
      answers: blocks.map((block) => toAnswer(block, parseLines(block.bodyLines))),
      preamble: preamble.length ? parseLines(preamble) : undefined,
    },
    diagnostics: [],
  };
};

/** Builds an answer from a block and its already-parsed body. */
export function toAnswer(block: QuestionBlock, body: Root): Answer {
  const prompt = promptText(block);
  const first = block.promptLines[0]!;
  return {
    number: block.number,
    ...(block.chapter === undefined ? {} : { chapter: block.chapter }),
    ...(block.sectioned ? { sectioned: block.sectioned } : {}),
    ...(block.sectionDots ? { sectionDots: block.sectionDots } : {}),
    ...(prompt ? { prompt } : {}),
    body,
    position: { start: { line: first.line, column: 1 }, end: { line: block.endLine, column: 1 } },
  };
}
