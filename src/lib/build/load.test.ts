/** Loading a content folder: settings in YAML, and problems only visible across sources. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatDiagnostic, sortDiagnostics } from '../model/diagnostics.ts';
import { loadGuide } from './load.ts';

/** A content folder from a map of relative paths to file contents. */
function content(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'crossguide-load-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const load = (files: Record<string, string>) => {
  const dir = content(files);
  const result = loadGuide(dir, dir);
  return { ...result, lines: sortDiagnostics(result.diagnostics).map(formatDiagnostic) };
};

const threeAnswers = '1. One?\n   - Yes.\n\n2. Two?\n   - Yes.\n\n3. Three?\n   - Yes.\n';

describe('loading a content folder', () => {
  test('gives a source without a sources.yaml entry a default label, and keeps going', () => {
    const { guide, lines } = load({ 'sources/007_notes.txt': threeAnswers });
    expect(lines).toEqual([]);
    expect(guide!.sources[0]).toMatchObject({ id: '007', label: 'notes', reference: false });
  });

  test('suggests the right sources.yaml setting for a misspelt one', () => {
    const { guide, lines } = load({ 'sources/001.txt': threeAnswers, 'sources.yaml': "'001':\n  licence: CC-BY-4.0\n" });
    expect(guide).toBeUndefined();
    expect(lines).toEqual([
      'sources.yaml:2:3: `001`: unknown setting `licence`; did you mean `license`? The settings are `label`, `author`, `link`, `license`, `order`, `reference`, `lang`, `start`, `restart`, `layout`, `ignore` [invalid-sources-config]',
    ]);
  });

  test('accepts only http(s) links for a source', () => {
    const { lines } = load({ 'sources/001.txt': threeAnswers, 'sources.yaml': "'001':\n  link: javascript:alert(1)\n" });
    expect(lines).toEqual([
      'sources.yaml:2:9: `001.link`: a link is an http(s) address, e.g. `https://example.org/answers` [invalid-sources-config]',
    ]);
  });

  test('warns about settings for a source id that has no file', () => {
    const { guide, lines } = load({ 'sources/001.txt': threeAnswers, 'sources.yaml': "'001':\n  label: One\n'010':\n  label: Ten\n" });
    expect(guide).toBeDefined();
    expect(lines).toEqual([
      "sources.yaml:3:1: warning: There are settings for source `010` but no file in content/sources/ has that id; use one of `001` (a file's leading number), or remove the entry [unknown-source-id]",
    ]);
  });

  test('warns about a question number that questions.yaml does not list', () => {
    const { lines } = load({
      'sources/001.txt': `${threeAnswers}\n57. Fifty-seven?\n   - A typo.\n`,
      'questions.yaml': '1: { slug: one }\n2: { slug: two }\n3: { slug: three }\n',
    });
    expect(lines).toEqual([
      'sources/001.txt:10:1: warning: Numbering jumps from 3 to 57: questions 4–56 have no answer here; if this answer is question 4, renumber it [numbering-gap]',
      'sources/001.txt:10:1: warning: Question 57 is not one of the questions in content/questions.yaml (1–3); check its number, or add it to questions.yaml if the guide should have it [unknown-question]',
    ]);
  });

  test('reports questions a source skips at its first or last answer, and gaps where they are', () => {
    const { lines } = load({
      'sources/001.txt': threeAnswers,
      'sources/002.txt': '2. Two?\n   - Yes.\n',
      'sources/003.txt': '1. One?\n   - Yes.\n\n3. Three?\n   - Yes.\n',
    });
    expect(lines).toEqual([
      'sources/002.txt:1:1: warning: No answer to question 1 before question 2; it is shown as skipped (add it if the source meant to answer) [skipped-question]',
      'sources/002.txt:1:1: warning: No answer to question 3 after question 2; it is shown as skipped (add it if the source meant to answer) [skipped-question]',
      'sources/003.txt:4:1: warning: Numbering jumps from 1 to 3: question 2 has no answer here; if this answer is question 2, renumber it [numbering-gap]',
    ]);
  });

  test('reads every file of a checkout that numbers questions the others do not, as one source', () => {
    const { guide, lines } = load({
      'sources/101_ana/Practice.md':
        '**Practice Exercises**\n\n**3.1 What is printed at line A?**<br>\nFive.\n\n**3.2 How many processes are created?**<br>\nEight.\n',
      'sources/101_ana/Exercises.md':
        '**Exercises**\n\n**3.3 What does a context switch do?**<br>\nSaves one context, loads another.\n\n**3.4 What does init do?**<br>\nAdopts orphans.\n',
      // Two programs for one question: the folder is not one file per question.
      'sources/101_ana/programs/3_5_pipe.c': 'int main(void) { return 0; }\n',
      'sources/101_ana/programs/3_5_shm.c': 'int main(void) { return 1; }\n',
    });
    const source = guide!.sources[0]!;
    expect(source.answerSet.answers.map((answer) => [answer.number, answer.file])).toEqual([
      [1, 'sources/101_ana/Practice.md'],
      [2, 'sources/101_ana/Practice.md'],
      [3, 'sources/101_ana/Exercises.md'],
      [4, 'sources/101_ana/Exercises.md'],
    ]);
    expect(source.answerSet.answers.map((answer) => answer.prompt)).toEqual([
      'What is printed at line A?',
      'How many processes are created?',
      'What does a context switch do?',
      'What does init do?',
    ]);
    expect(lines.filter((line) => line.includes('empty-answer') || line.includes('skipped'))).toEqual([]);
  });

  test('keeps a second file that numbers the same questions out of the answers', () => {
    const { guide } = load({
      'sources/101_ana/answers.md': '1. Why?\n   - Because.\n\n2. How?\n   - Like so.\n\n3. When?\n   - Now.\n',
      'sources/101_ana/draft.md': '1. Why?\n   - Not sure.\n\n2. How?\n   - Somehow.\n',
    });
    expect(guide!.sources[0]!.answerSet.answers.map((answer) => answer.file)).toEqual(Array(3).fill('sources/101_ana/answers.md'));
  });

  test('reads a folder source, one file per question, and names each file in its diagnostics', () => {
    const { guide, lines } = load({
      'sources/004_group/1.md': '# 1. One?\n\nYes.\n',
      'sources/004_group/03.md': '**Q3.** Three?\n\nYes.\n',
      'sources/004_group/README.md': 'Our group.\n',
    });
    expect(lines).toEqual([
      'sources/004_group/03.md:1:1: warning: Numbering jumps from 1 to 3: question 2 has no answer here; if this answer is question 2, renumber it [numbering-gap]',
    ]);
    const [source] = guide!.sources;
    expect(source).toMatchObject({
      id: '004',
      file: 'sources/004_group',
      files: ['sources/004_group/README.md', 'sources/004_group/1.md', 'sources/004_group/03.md'],
    });
    expect(source!.answerSet.answers.map((a) => [a.number, a.prompt, a.file])).toEqual([
      [1, 'One?', 'sources/004_group/1.md'],
      [3, 'Three?', 'sources/004_group/03.md'],
    ]);
  });
});
