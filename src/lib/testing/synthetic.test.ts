import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadGuide } from '../build/load.ts';
import { detectLayout } from '../parse/layouts.ts';
import { createRandom, generateContent, syntheticFormat, type SyntheticFiles } from './synthetic.ts';

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function writeFolder(files: SyntheticFiles): string {
  const dir = mkdtempSync(join(tmpdir(), 'crossguide-synthetic-'));
  folders.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const sourceTexts = (files: SyntheticFiles) => Object.entries(files).filter(([path]) => path.startsWith('sources/'));

describe('the seeded random generator', () => {
  test('repeats the same sequence for the same seed and differs for another', () => {
    const run = (seed: number) => Array.from({ length: 5 }, createRandom(seed).next);
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
    expect(run(7).every((value) => value >= 0 && value < 1)).toBe(true);
  });
});

describe('generateContent', () => {
  test('gives byte-identical files for the same options and other files for another seed', () => {
    const a = generateContent({ questions: 12, sources: 4 });
    expect(generateContent({ questions: 12, sources: 4 })).toEqual(a);
    expect(generateContent({ questions: 12, sources: 4, seed: 2 })).not.toEqual(a);
  });

  test('writes one answer file per source plus sources.yaml, guide.yaml and glossary.yaml', () => {
    const files = generateContent({ questions: 5, sources: 4 });
    expect(Object.keys(files)).toEqual([
      'glossary.yaml',
      'guide.yaml',
      'sources.yaml',
      'sources/000_synthetic.txt',
      'sources/001_synthetic.md',
      'sources/002_synthetic.txt',
      'sources/003_synthetic.txt',
    ]);
  });

  test('rotates through the three formats, and the parser detects each one', () => {
    const files = generateContent({ questions: 10, sources: 6 });
    sourceTexts(files).forEach(([path, text], index) => {
      expect(detectLayout({ id: String(index), file: path, text }, text.split('\n'))?.layout.format).toBe(syntheticFormat(index));
    });
    expect(new Set(sourceTexts(files).map((_, index) => syntheticFormat(index)))).toEqual(
      new Set(['numbered-text', 'bold-markdown', 'notebook-text']),
    );
  });

  test('varies answers with nested lists, inline code, code cells, tables and skipped questions', () => {
    const files = generateContent({ questions: 30, sources: 6 });
    const all = sourceTexts(files)
      .map(([, text]) => text)
      .join('\n');
    expect(all).toMatch(/^ {5}1\. /m); // a numbered list nested in an answer
    expect(all).toMatch(/^ {5}- /m); // a nested bullet list
    expect(all).toMatch(/`[^`\n]+`/); // inline code
    expect(all).toMatch(/^In \[\d+\]:$/m); // a notebook code cell
    expect(all).toMatch(/^ {3}```$/m); // a fenced code block
    expect(all).toMatch(/^ *\| --- \| --- \| --- \|$/m); // a GFM table
    const guide = loadGuide(writeFolder(files)).guide!;
    const skipped = guide.sources.filter((source) => source.answerSet.answers.length < 30);
    expect(skipped.length).toBeGreaterThan(0);
  });

  test('loads like shipped content: every question and source, no fatal diagnostic, only warnings about skipped questions', () => {
    const dir = writeFolder(generateContent({ questions: 25, sources: 5 }));
    const { guide, diagnostics } = loadGuide(dir, dir);
    expect(diagnostics.filter((d) => d.fatal)).toEqual([]);
    expect([...new Set(diagnostics.map((d) => d.ruleId))].every((id) => id === 'skipped-question' || id === 'numbering-gap')).toBe(true);
    expect(guide?.questions.map((q) => q.number)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(guide?.sources.map((s) => s.label)).toEqual([
      'Study group 1',
      'Study group 2',
      'Study group 3',
      'Study group 4',
      'Study group 5',
    ]);
    expect(guide?.title).toBe('Synthetic guide: 25 questions × 5 sources');
    // A code cell's output and a table survive parsing as code and table nodes.
    const nodes = JSON.stringify(guide?.sources.map((s) => s.answerSet.answers.map((a) => a.body)));
    expect(nodes).toContain('"type":"table"');
    expect(nodes).toContain('"kind":"output"');
  });

  test('refuses an empty guide', () => {
    expect(() => generateContent({ questions: 0, sources: 3 })).toThrow(/at least one question and one source/);
  });
});
