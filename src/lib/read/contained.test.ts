/** Nothing outside the content folder is read: links stay inside, hidden and tool files stay out, odd shapes cost linear time. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../model/diagnostics.ts';
import { loadGuide } from '../build/load.ts';
import { serialise } from './markdown.ts';
import { readSource } from '../build/read.ts';
import { MAX_NESTING, tooDeep } from './work-bound.ts';

const scratch = mkdtempSync(join(tmpdir(), 'crossguide-contained-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const shipped = join(import.meta.dirname, '..', '..', '..', 'content');

/** A copy of the shipped guide in its own folder, with `secret.txt` beside (outside) its content folder. */
function guide(name: string) {
  const root = join(scratch, name);
  const content = join(root, 'content');
  cpSync(shipped, content, { recursive: true });
  writeFileSync(join(root, 'secret.txt'), '3. SECRET-TOKEN-1234 is the answer.\n');
  return { root, content, secret: join(root, 'secret.txt') };
}

/** Every word the guide would publish, from every source. */
const published = (result: ReturnType<typeof loadGuide>) =>
  JSON.stringify(
    result.guide!.sources.map((source) => [
      source.answerSet.answers.map((a) => serialise(a.body)),
      source.answerSet.preamble && serialise(source.answerSet.preamble),
    ]),
  );

describe('links', () => {
  test('a link to a file outside content/ publishes nothing of it and warns, naming the link', () => {
    const { root, content, secret } = guide('outside-file');
    mkdirSync(join(content, 'sources', '005_evil'));
    writeFileSync(join(content, 'sources', '005_evil', '2.txt'), 'An honest answer.\n');
    symlinkSync(secret, join(content, 'sources', '005_evil', '3.txt'));
    symlinkSync(secret, join(content, 'sources', '006_link.txt'));
    const result = loadGuide(content, root);
    expect(published(result)).not.toContain('SECRET');
    expect(
      result.diagnostics
        .filter((d) => d.ruleId === 'outside-link')
        .map(formatDiagnostic)
        .sort(),
    ).toEqual([
      'content/sources/005_evil/3.txt:1:1: warning: This is a symbolic link that leads outside content/ (or nowhere), so it is not read and nothing of it is published; copy the file into content/ if it belongs to the guide [outside-link]',
      'content/sources/006_link.txt:1:1: warning: This is a symbolic link that leads outside content/ (or nowhere), so it is not read and nothing of it is published; copy the file into content/ if it belongs to the guide [outside-link]',
    ]);
    expect(result.diagnostics.map(formatDiagnostic).join('\n')).not.toContain('SECRET');
    expect(result.guide!.unread.map((u) => u.file)).toEqual(
      expect.arrayContaining(['content/sources/006_link.txt', 'content/sources/005_evil/3.txt']),
    );
  });

  test('a source folder that is itself a link outside content/ is not read', () => {
    const { root, content } = guide('outside-folder');
    const elsewhere = join(root, 'elsewhere');
    mkdirSync(elsewhere);
    writeFileSync(join(elsewhere, '1.md'), 'SECRET-TOKEN in a folder.\n');
    symlinkSync(elsewhere, join(content, 'sources', '007_folder'));
    const result = loadGuide(content, root);
    expect(published(result)).not.toContain('SECRET');
    expect(result.diagnostics.map((d) => d.ruleId)).toContain('outside-link');
  });

  test('a link that stays inside content/ is read', () => {
    const { root, content } = guide('inside');
    mkdirSync(join(content, 'extra'));
    writeFileSync(join(content, 'extra', 'answers.txt'), '1. What is TensorFlow?\n   A library for numerical computing with tensors.\n');
    symlinkSync(join(content, 'extra', 'answers.txt'), join(content, 'sources', '008_linked.txt'));
    const result = loadGuide(content, root);
    expect(result.diagnostics.map((d) => d.ruleId)).not.toContain('outside-link');
    expect(published(result)).toContain('numerical computing with tensors');
  });
});

describe('hidden and tool files', () => {
  test('a checkout’s .git/, .env and .ipynb_checkpoints/ copy are skipped and no answer is doubled', () => {
    const { root, content } = guide('checkout');
    const member = join(content, 'sources', '009_member');
    mkdirSync(join(member, '.git'), { recursive: true });
    mkdirSync(join(member, '.ipynb_checkpoints'));
    mkdirSync(join(member, '__pycache__'));
    writeFileSync(join(member, '.git', 'config'), '1. SECRET in git config\n');
    writeFileSync(join(member, '.env'), 'TOKEN=SECRET-TOKEN\n');
    writeFileSync(join(member, '1.md'), 'Tensors are multidimensional arrays.\n');
    writeFileSync(join(member, '.ipynb_checkpoints', '1-checkpoint.md'), 'Tensors are multidimensional arrays.\n');
    writeFileSync(join(member, '2.md~'), 'A backup.\n');
    const result = loadGuide(content, root);
    const source = result.guide!.sources.find((s) => s.id === '009')!;
    expect(source.answerSet.answers.map((a) => a.number)).toEqual([1]);
    expect(published(result)).not.toContain('SECRET');
    expect([...result.skipped].sort()).toEqual([
      'content/sources/009_member/.env (hidden)',
      'content/sources/009_member/.git (hidden)',
      'content/sources/009_member/.ipynb_checkpoints (hidden)',
      'content/sources/009_member/2.md~ (an editor backup)',
      'content/sources/009_member/__pycache__ (a tool folder)',
    ]);
  });
});

describe('bounded work per file', () => {
  test.each([
    ['quotes', `${'>'.repeat(MAX_NESTING + 1)} deep`],
    ['lists', `${' '.repeat(200)}- deep`],
    ['brackets', `${'['.repeat(MAX_NESTING + 1)}x`],
    ['emphasis marks', '*a'.repeat(600)],
  ])('a file with %s past the limit is shown as its text, with a warning naming the line', (_shape, line) => {
    expect(tooDeep(`1. Fine?\n\n${line}\n`)?.line).toBe(3);
    const path = join(scratch, `deep-${_shape}.md`);
    writeFileSync(path, `1. Fine?\n\n${line}\n`);
    const read = readSource('010', path, 'content/sources/010.md');
    expect(read.diagnostics.map((d) => [d.ruleId, d.line, d.fatal])).toEqual([['too-deep', 3, false]]);
    expect(read.unsplit!.answerSet.preamble!.children).toEqual([expect.objectContaining({ type: 'code', value: `1. Fine?\n\n${line}` })]);
  });

  test('nesting within the limits is read as Markdown', () => {
    expect(tooDeep(`${'>'.repeat(MAX_NESTING)} q\n${'  '.repeat(20)}- item\n${'['.repeat(10)}x${']'.repeat(10)}\n`)).toBeUndefined();
  });
});
