/** Sources and answers built in memory, for tests of the stages after parsing. */
import type { Answer, Source } from '../model/model.ts';

/** An answer to question `number`, on line `number` unless `extra` says otherwise. */
export const testAnswer = (number: number, extra: Partial<Answer> = {}): Answer => ({
  number,
  body: { type: 'root', children: [] },
  position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
  ...extra,
});

/** A source `content/sources/<id>.txt` holding `answers`, read as numbered text. */
export const testSource = (id: string, answers: Answer[]): Source => ({
  id,
  file: `content/sources/${id}.txt`,
  files: [`content/sources/${id}.txt`],
  label: id,
  reference: false,
  lang: 'en',
  answerSet: { format: 'numbered-text', reason: 'test', answers },
});
