import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadGuide } from '../lib/build/load.ts';
import { stageAnswers, writeSynth, type Yardstick } from './yardstick.ts';

const root = resolve(import.meta.dirname, '..', '..');
const source = resolve(root, '..', 'shared', 'yardstick');
const scratch = mkdtempSync(join(tmpdir(), 'crossguide-yardstick-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A yardstick with just its scripts: enough to stage pages, not to build them. */
function scripts(): Yardstick {
  const dir = join(scratch, 'site');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(source, 'split.mjs'), join(dir, 'split.mjs'));
  return { source, dir, starlight: 'test', astro: 'test' };
}

const pages = (yardstick: Yardstick) => readdirSync(join(yardstick.dir, 'src', 'content', 'docs', 'questions')).length;

// The bench says so and measures Crossguide alone when the shared folder is missing; so do these tests.
describe.skipIf(!existsSync(source))('the yardstick is fed the same answers as Crossguide', () => {
  test('its synthetic answers are valid content on their own, and become one Starlight page per question', () => {
    const content = join(scratch, 'content');
    writeSynth(source, join(content, 'sources'), 4, 3);
    const { guide, diagnostics } = loadGuide(content, scratch);
    expect(diagnostics.filter((d) => d.fatal)).toEqual([]);
    expect([guide?.questions.length, guide?.sources.length]).toEqual([4, 3]);
    expect(guide?.sources.flatMap((s) => s.answerSet.answers).length).toBe(12);
    const yardstick = scripts();
    stageAnswers(yardstick, join(content, 'sources'));
    expect(pages(yardstick)).toBe(4);
  });

  test('the shipped answer files split into a page for each of the guide’s questions', () => {
    const { guide } = loadGuide(join(root, 'content'), root);
    const yardstick = scripts();
    stageAnswers(yardstick, join(root, 'content', 'sources'));
    expect(pages(yardstick)).toBe(guide?.questions.length);
  });
});
