import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadGuide } from '../load.ts';
import { parseAnswerSet } from '../parse/index.ts';
import { align } from '../align.ts';
import type { Guide } from '../model.ts';
import { emitGuide } from './pages.ts';

const root = join(import.meta.dirname, '..', '..', '..');

function guideFrom(text: string): Guide {
  const { answerSet } = parseAnswerSet({ id: 'x', file: 'x.txt', text });
  const sources = [{ id: 'x', file: 'x.txt', files: ['x.txt'], label: 'X', reference: false, answerSet: answerSet! }];
  return { title: 'T', sources, questions: align(sources) };
}

describe('emitting MDX', () => {
  test('writes one page per question and per source, plus guide.json', () => {
    const { guide } = loadGuide(join(root, 'content'), root);
    const paths = emitGuide(guide!).map((file) => file.path);
    expect(paths.filter((path) => path.startsWith('questions/'))).toHaveLength(11);
    expect(paths).toContain('questions/03-range-vs-constant.mdx');
    expect(paths).toContain('sources/003.mdx');
    expect(paths).toContain('guide.json');
  });

  test('gives byte-identical output for the same input', () => {
    const first = emitGuide(loadGuide(join(root, 'content'), root).guide!);
    const second = emitGuide(loadGuide(join(root, 'content'), root).guide!);
    expect(second).toEqual(first);
  });

  test('escapes braces, tags and imports from a source so MDX shows them as text', () => {
    const hostile = [
      '1. What about {braces} and <div>tags</div>?',
      '   - A {expression} and </div> and <tf.Tensor: shape=(10,)> here',
      '   - <script>alert(1)</script> and <img src=x onerror=alert(1)>',
      '',
      'import x from "y"',
      'export const a = 1',
      '',
    ].join('\n');
    const mdx = emitGuide(guideFrom(hostile)).find((file) => file.path.startsWith('questions/'))!.contents;
    const body = mdx.slice(mdx.indexOf('\n---\n') + 5);
    expect(body).toContain('\\{braces}');
    expect(body).toContain('\\<div>tags\\</div>');
    expect(body).toContain('\\<script>alert(1)\\</script>');
    expect(body).toContain('\\<tf.Tensor: shape=(10,)>');
    expect(body).not.toMatch(/^import /m);
    expect(body).not.toMatch(/^export /m);
  });

  test('drops javascript: URLs but keeps the link text', () => {
    const mdx = emitGuide(guideFrom('1. Link?\n   - [click](javascript:alert(1)) and [ok](https://example.org)\n'))[1]!.contents;
    expect(mdx).not.toContain('](javascript:');
    expect(mdx).toContain('click');
    expect(mdx).toContain('[ok](https://example.org)');
  });

  test('marks a question a source skips instead of leaving it out', () => {
    const a = parseAnswerSet({ id: 'a', file: 'a.txt', text: '1. One?\n   - yes\n2. Two?\n   - yes\n' }).answerSet!;
    const b = parseAnswerSet({ id: 'b', file: 'b.txt', text: '1. One?\n   - no\n' }).answerSet!;
    const sources = [
      { id: 'a', file: 'a.txt', files: ['a.txt'], label: 'A', reference: false, answerSet: a },
      { id: 'b', file: 'b.txt', files: ['b.txt'], label: 'B', reference: false, answerSet: b },
    ];
    const q2 = emitGuide({ title: 'T', sources, questions: align(sources) }).find((f) => f.path.startsWith('questions/02'))!.contents;
    expect(q2).toContain('<AnswerSection source="b" label="B" skipped="true" />');
    expect(q2).toMatch(/source: b\n\s+label: B\n\s+answered: false/);
  });
});
