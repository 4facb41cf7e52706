import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../diagnostics.ts';
import { serialise } from '../markdown.ts';
import { parseAnswerSet } from './index.ts';

const root = join(import.meta.dirname, '__fixtures__');

/** The parts of a parse result worth pinning, in a readable form. */
function snapshot(name: string) {
  const text = readFileSync(join(root, name, 'input.txt'), 'utf8');
  const result = parseAnswerSet({ id: name, file: `${name}/input.txt`, text });
  return {
    format: result.answerSet?.format ?? null,
    reason: result.answerSet?.reason ?? null,
    diagnostics: result.diagnostics.map(formatDiagnostic),
    preamble: result.answerSet?.preamble ? serialise(result.answerSet.preamble) : null,
    answers: (result.answerSet?.answers ?? []).map((answer) => ({
      number: answer.number,
      prompt: answer.prompt ?? null,
      title: answer.title ?? null,
      lines: [answer.position.start.line, answer.position.end.line],
      cells: answer.body.children.flatMap((node) => (node.type === 'code' && node.data?.cell ? [node.data.cell] : [])),
      body: serialise(answer.body),
    })),
  };
}

describe('parser fixtures (UPDATE=1 rewrites expected.json)', () => {
  for (const name of readdirSync(root).sort()) {
    test(`parses ${name} as expected`, () => {
      const actual = snapshot(name);
      const expectedPath = join(root, name, 'expected.json');
      if (process.env.UPDATE || !existsSync(expectedPath)) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});
