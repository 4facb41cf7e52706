/** `npm run ingest -- --check` as a maintainer runs it. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const project = join(import.meta.dirname, '..', '..');

function ingestCheck(content?: string, ...flags: string[]) {
  const result = spawnSync(process.execPath, ['src/cli/ingest.ts', '--check', ...flags, ...(content ? ['--content', content] : [])], {
    cwd: project,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('ingest --check', () => {
  test('on the shipped content prints a one-line summary and exits 0', () => {
    const { status, stdout, stderr } = ingestCheck();
    expect({ status, stdout, stderr }).toEqual({ status: 0, stdout: '3 sources, 11 questions, 33 answers\n', stderr: '' });
  });

  test('with --verbose also says which format and language each source was read as, and why', () => {
    const { status, stdout } = ingestCheck(undefined, '--verbose');
    expect(status).toBe(0);
    expect(stdout.split('\n').slice(0, 7)).toEqual([
      'content/sources/000_d9c0ade0902cf93b.txt: numbered-text (numbered question at column 0 on line 1); 11 answers (1–11), 0 numbering warnings; written in en',
      'content/sources/002_b4ed770ab7709d63.txt: bold-markdown (11 of 11 top-level numbered items open with a bold title, first on line 2); 11 answers (1–11), 0 numbering warnings; written in en',
      // The other layouts that recognise the file, and how their answers fit the guide's questions.
      "  chosen: bold-markdown, 11 answers, 11 on the guide's questions",
      "  rival: numbered-text, 11 answers, 11 on the guide's questions",
      'content/sources/003_c860d07ecc2711ba.txt: notebook-text (notebook cell marker `In [2]:` on line 19); 11 answers (1–11), 0 numbering warnings; written in en',
      "  chosen: notebook-text, 11 answers, 11 on the guide's questions",
      "  rival: numbered-text, 11 answers, 11 on the guide's questions",
    ]);
  });

  test('on broken configuration prints every problem, source warnings too, as file:line:column and exits 1', () => {
    // Inside the project, so paths print as a maintainer sees them.
    mkdirSync(join(project, 'test-results'), { recursive: true });
    const content = mkdtempSync(join(project, 'test-results', 'ingest-'));
    cpSync(join(project, 'content'), content, { recursive: true });
    writeFileSync(join(content, 'sources', '004_dup.md'), '## 1. One?\n\nYes.\n\n## 1. One again?\n\nNo.\n');
    writeFileSync(join(content, 'sources', '005_report.docx'), 'PK\u0003\u0004 not really a document');
    writeFileSync(join(content, 'sources.yaml'), "'000':\n  lable: Plain-text notes\n");
    const { status, stdout, stderr } = ingestCheck(content);
    const at = relative(project, content);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toEqual([
      `${at}/sources.yaml:2:3: \`000\`: unknown setting \`lable\`; did you mean \`label\`? The settings are \`label\`, \`author\`, \`link\`, \`license\`, \`order\`, \`reference\`, \`lang\`, \`start\`, \`restart\`, \`layout\`, \`ignore\` [invalid-sources-config]`,
      `${at}/sources/004_dup.md:5:1: warning: Question 1 appears twice (first on line 1), so the second is shown as part of the answer to question 1 above it; renumber it if it answers another question, or, if the numbering starts again for a new section, set \`restart: true\` for this source in content/sources.yaml [duplicate-question]`,
      `${at}/sources/005_report.docx:1:1: warning: This is a Word document, which cannot be read as answers; save the answers as Markdown (\`.md\`) or plain text (\`.txt\`) under the same name, then remove this file [unsupported-file-type]`,
    ]);
  });

  test('on odd source files warns once per file and exits 0; with --strict the warnings are fatal', () => {
    mkdirSync(join(project, 'test-results'), { recursive: true });
    const content = mkdtempSync(join(project, 'test-results', 'ingest-'));
    cpSync(join(project, 'content'), content, { recursive: true });
    writeFileSync(join(content, 'sources', '010_garbage.txt'), 'qZ7!x0 ~~ 3Rr@@p\n#%^ k1l2 ;; zzq\n');
    writeFileSync(join(content, 'sources', '011_report.docx'), 'PK\u0003\u0004 not really a document');
    writeFileSync(join(content, 'sources', '012_notes.md'), 'My notes on the chapter.\n\nTensors are arrays.\n');
    const at = relative(project, content);
    const loose = ingestCheck(content);
    expect(loose.status).toBe(0);
    expect(loose.stdout).toBe('5 sources, 11 questions, 33 answers\n');
    const warnings = loose.stderr.trimEnd().split('\n');
    expect(warnings.map((line) => line.slice(0, line.indexOf(': '))).sort()).toEqual([
      `${at}/sources/010_garbage.txt:1:1`,
      `${at}/sources/011_report.docx:1:1`,
      `${at}/sources/012_notes.md:1:1`,
    ]);
    for (const line of warnings) expect(line).toMatch(/: warning: .+ \[(no-numbering|unsupported-file-type)\]$/);
    const strict = ingestCheck(content, '--strict');
    expect(strict.status).toBe(1);
    expect(strict.stderr).not.toContain('warning:');
  });
});
