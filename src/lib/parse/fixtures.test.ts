import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../model/diagnostics.ts';
import { readExpected } from '../testing/expected.ts';
import { serialise } from '../read/markdown.ts';
import { readSource } from '../build/read.ts';

const root = join(import.meta.dirname, '__fixtures__');

/** The case's input: `input.<ext>`, or an `input/` folder for a folder source. */
function inputOf(name: string): string {
  const input = readdirSync(join(root, name)).find((entry) => entry === 'input' || entry.startsWith('input.'));
  if (!input) throw new Error(`${name} has no input file`);
  return input;
}

/** The parts of a parse result worth pinning, in a readable form. */
function snapshot(name: string) {
  const input = inputOf(name);
  const result = readSource(name, join(root, name, input), `${name}/${input}`);
  // A source no layout splits is published whole: its format is `unsplit` and its whole text the preamble.
  const answerSet = result.answerSet ?? result.unsplit?.answerSet;
  return {
    format: answerSet?.format ?? null,
    reason: answerSet?.reason ?? null,
    diagnostics: result.diagnostics.map(formatDiagnostic),
    ...(result.unread ? { unread: result.unread } : {}),
    preamble: answerSet?.preamble ? serialise(answerSet.preamble) : null,
    ...(answerSet?.appendix ? { appendix: serialise(answerSet.appendix) } : {}),
    answers: (answerSet?.answers ?? []).map((answer) => ({
      number: answer.number,
      prompt: answer.prompt ?? null,
      title: answer.title ?? null,
      ...(answer.file ? { file: answer.file } : {}),
      lines: [answer.position.start.line, answer.position.end.line],
      cells: answer.body.children.flatMap((node) => (node.type === 'code' && node.data?.cell ? [node.data.cell] : [])),
      body: serialise(answer.body),
    })),
  };
}

describe('parser fixtures (UPDATE=1 rewrites expected.json)', () => {
  // `real/` holds ground truth for a correct parser, with its own schema.
  for (const name of readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'real' && e.name !== 'corpus')
    .map((e) => e.name)
    .sort()) {
    test(`parses ${name} as expected`, () => {
      const actual = snapshot(name);
      expect(actual).toEqual(readExpected(join(root, name, 'expected.json'), actual));
    });
  }
});
