/**
 * The real-layouts corpus (`__fixtures__/real/`): each case is dropped into a
 * copy of the shipped guide, as a maintainer would, and every answer must
 * land under its own question and nowhere else, as its hand-checked
 * `expected.json` says.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../model/diagnostics.ts';
import { loadGuide } from '../build/load.ts';
import { serialise } from '../read/markdown.ts';
import type { Answer } from '../model/model.ts';
import { readSourceText } from '../build/read.ts';
import { renderGuide } from '../render/guide.ts';
import { pageTexts } from '../verify/page-text.ts';
import { findMissingLines } from '../verify/visible.ts';

interface Expected {
  chapter: 'custom-models' | 'other';
  answers: Array<{ question: number; file?: string; lines: [number, number]; first: string; last: string }>;
  skipped?: number[];
  warnings?: string[];
}

const root = join(import.meta.dirname, '__fixtures__', 'real');
const shipped = join(import.meta.dirname, '..', '..', '..', 'content');
const cases = readdirSync(root, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const scratch = mkdtempSync(join(tmpdir(), 'real-layouts-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Words only, so Markdown escapes and line breaks do not matter. */
const flat = (text: string) => text.replace(/\\(.)/g, '$1').replace(/[`*_]/g, '').replace(/\s+/g, ' ').trim();

/** The shipped guide plus the case as source 900. */
function guideWith(name: string) {
  const dir = join(scratch, name);
  cpSync(shipped, dir, { recursive: true });
  const input = readdirSync(join(root, name)).find((entry) => entry === 'input' || entry.startsWith('input.'))!;
  const target = input === 'input' ? '900_case' : `900_case${input.slice('input'.length)}`;
  cpSync(join(root, name, input), join(dir, 'sources', target), { recursive: true });
  return { ...loadGuide(dir, dir), prefix: `sources/${target}` };
}

describe('real answer-set layouts', () => {
  test('the corpus has at least twelve cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  for (const name of cases) {
    test(`${name}: every answer lands under its own question`, async () => {
      const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as Expected;
      const { guide, diagnostics, prefix } = guideWith(name);
      const log = diagnostics.map(formatDiagnostic).join('\n');
      expect(guide, log).toBeDefined();
      const source = guide!.sources.find((s) => s.id === '900')!;
      const answers = source.answerSet.answers;
      const text = (answer: Answer) => flat(serialise(answer.body));
      for (const want of expected.answers) {
        const where = `question ${want.question}${want.file ? ` (${want.file})` : ''}`;
        const found = answers.filter((a) => a.number === want.question);
        expect(found, `${where}: ${log}`).toHaveLength(1);
        const answer = found[0]!;
        if (want.file) expect(answer.file, where).toBe(`${prefix}/${want.file.replace(/^input\//, '')}`);
        const body = text(answer);
        expect(body, where).toContain(flat(want.first));
        expect(body, where).toContain(flat(want.last));
        expect(answer.position.start.line, where).toBeLessThanOrEqual(want.lines[0]);
        expect(answer.position.end.line, where).toBeGreaterThanOrEqual(want.lines[1]);
        for (const other of answers.filter((a) => a !== answer && (a.file ?? '') === (answer.file ?? ''))) {
          expect(text(other), `${where}'s opening also in question ${other.number}`).not.toContain(flat(want.first));
        }
      }
      expect(answers.map((a) => a.number).sort((a, b) => a - b)).toEqual(expected.answers.map((a) => a.question).sort((a, b) => a - b));
      for (const number of expected.skipped ?? []) expect(answers.some((a) => a.number === number)).toBe(false);
      const rules = new Set(diagnostics.filter((d) => d.file.startsWith(prefix)).map((d) => d.ruleId));
      for (const rule of [...(expected.warnings ?? []), ...(expected.chapter === 'other' ? ['other-chapter'] : [])])
        expect([...rules], log).toContain(rule);
      if (expected.chapter === 'custom-models') expect([...rules], log).not.toContain('other-chapter');

      // Every line of the case is on its pages, rendered as the site renders them.
      const missing = findMissingLines({
        guide: guide!,
        readSource: (file) => readSourceText(join(scratch, name, file), file),
        pageText: pageTexts(guide!, await renderGuide(guide!)),
      });
      expect(missing.map(formatDiagnostic)).toEqual([]);
    });
  }
});

describe('the shipped guide with every real answer set of its chapter added', () => {
  test('places every answer and keeps the shipped wording of every prompt', () => {
    const alone = loadGuide(shipped, shipped).guide!;
    const dir = join(scratch, 'all-of-this-chapter');
    cpSync(shipped, dir, { recursive: true });
    const added = cases.filter(
      (name) => (JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as Expected).chapter === 'custom-models',
    );
    for (const [i, name] of added.entries()) {
      const input = readdirSync(join(root, name)).find((entry) => entry === 'input' || entry.startsWith('input.'))!;
      cpSync(join(root, name, input), join(dir, 'sources', `${900 + i}_${name}${input.slice('input'.length)}`), { recursive: true });
    }
    const { guide, diagnostics } = loadGuide(dir, dir);
    expect(diagnostics.filter((d) => d.fatal).map(formatDiagnostic)).toEqual([]);
    expect(guide!.sources).toHaveLength(alone.sources.length + added.length);
    const prompts = (g: typeof alone) => g.questions.filter((q) => q.number <= 11).map((q) => [q.number, q.prompt]);
    expect(prompts(guide!)).toEqual(prompts(alone));
    expect(diagnostics.filter((d) => d.ruleId === 'other-chapter').map(formatDiagnostic)).toEqual([]);
  });
});
