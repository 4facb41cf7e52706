/** A source whose answers lost a line on the way to the pages is published whole, and the guide goes on. */
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadGuide, planGuide, publishWhole } from './load.ts';
import { readSourceText } from './read.ts';
import { renderGuide } from '../render/guide.ts';
import { pageTexts } from '../verify/page-text.ts';
import { findMissingLines } from '../verify/visible.ts';

const project = join(import.meta.dirname, '..', '..', '..');
const content = join(project, 'content');

test('a source that lost a line is published whole, every line of it then on its source page', async () => {
  const { guide } = loadGuide(content, project);
  // A parser that dropped the last block of source 002's third answer.
  const broken = structuredClone(guide!);
  const answer = broken.sources.find((s) => s.id === '002')!.answerSet.answers.find((a) => a.number === 3)!;
  answer.body.children.pop();
  const shownGuide = {
    ...broken,
    questions: broken.questions.map((q) => (q.number === 3 ? { ...q, answers: { ...q.answers, '002': answer } } : q)),
  };
  const read = (file: string) => readSourceText(join(project, file), file);
  const missing = findMissingLines({ guide: shownGuide, readSource: read, pageText: pageTexts(shownGuide, await renderGuide(shownGuide)) });
  expect(missing.length).toBeGreaterThan(0);
  expect(new Set(missing.map((d) => d.file))).toEqual(new Set(['content/sources/002_b4ed770ab7709d63.txt']));

  const whole = publishWhole(planGuide(content, project), shownGuide, new Map([['002', missing[0]!]]), read);
  const source = whole.sources.find((s) => s.id === '002')!;
  expect(source.unsplit?.ruleId).toBe('line-not-visible');
  expect(source.answerSet.answers).toEqual([]);
  expect(whole.questions.every((q) => !q.answers['002'])).toBe(true);
  expect(findMissingLines({ guide: whole, readSource: read, pageText: pageTexts(whole, await renderGuide(whole)) })).toEqual([]);
  // The other sources keep their answers.
  expect(Object.keys(whole.questions[2]!.answers).sort()).toEqual(['000', '003']);
});
