import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

import { parseAnswerSet } from '../parse/index.ts';
import { assembleGuide, loadGuide } from '../load.ts';
import type { Guide } from '../model.ts';
import { emitGuide } from './pages.ts';

const root = join(import.meta.dirname, '..', '..', '..');

function guideFrom(text: string): Guide {
  const { answerSet } = parseAnswerSet({ id: 'x', file: 'x.txt', text });
  const sources = [{ id: 'x', file: 'x.txt', files: ['x.txt'], label: 'X', reference: false, lang: 'en', answerSet: answerSet! }];
  return assembleGuide({ title: 'T', sources });
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
    // The prompt is data in the frontmatter, rendered by the page as text.
    expect(mdx.slice(0, mdx.indexOf('\n---\n'))).toContain('prompt: What about {braces} and <div>tags</div>?');
    expect(body).toContain('\\{expression}');
    expect(body).toContain('\\</div>');
    expect(body).toContain('\\<script>alert(1)\\</script>');
    expect(body).toContain('\\<tf.Tensor: shape=(10,)>');
    expect(body).not.toMatch(/^import /m);
    expect(body).not.toMatch(/^export /m);
  });

  test('drops javascript: URLs but keeps the link text', () => {
    const files = emitGuide(guideFrom('1. Link?\n   - [click](javascript:alert(1)) and [ok](https://example.org)\n'));
    const mdx = files.find((file) => file.path.startsWith('questions/'))!.contents;
    expect(mdx).not.toContain('](javascript:');
    expect(mdx).toContain('click');
    expect(mdx).toContain('[ok](https://example.org)');
  });

  test('marks a question a source skips instead of leaving it out', () => {
    const a = parseAnswerSet({ id: 'a', file: 'a.txt', text: '1. One?\n   - yes\n2. Two?\n   - yes\n' }).answerSet!;
    const b = parseAnswerSet({ id: 'b', file: 'b.txt', text: '1. One?\n   - no\n' }).answerSet!;
    const sources = [
      { id: 'a', file: 'a.txt', files: ['a.txt'], label: 'A', reference: false, lang: 'en', answerSet: a },
      { id: 'b', file: 'b.txt', files: ['b.txt'], label: 'B', reference: false, lang: 'en', answerSet: b },
    ];
    const q2 = emitGuide(assembleGuide({ title: 'T', sources })).find((f) => f.path.startsWith('questions/02'))!.contents;
    expect(q2).toContain('<AnswerSection source="b" label="B" question="2" skipped="true" />');
    expect(q2).toMatch(/source: b\n\s+label: B\n\s+answered: false/);
  });

  test('marks only the questions that have an editor note, so pages look up no missing note', () => {
    const { guide } = loadGuide(join(root, 'content'), root);
    const noted = emitGuide(guide!).filter((file) => file.path.startsWith('questions/') && /\nnote: true\n/.test(file.contents));
    expect(noted.map((file) => file.path)).toEqual(['questions/03-range-vs-constant.mdx', 'questions/09-arbitrary-python.mdx']);
  });

  test('gives each question page a one-line description for link previews', () => {
    const { guide } = loadGuide(join(root, 'content'), root);
    const q4 = emitGuide(guide!).find((file) => file.path === 'questions/04-data-structures.mdx')!.contents;
    expect(q4).toContain('\ndescription: Can you name six other data structures available in TensorFlow, beyond regular tensors?\n');
    const promptless = emitGuide(guideFrom('1. \n   - Ragged tensors hold rows of different lengths. They are built with tf.ragged.\n'));
    expect(promptless.find((file) => file.path.startsWith('questions/'))!.contents).toContain('\ndescription: Ragged tensors hold rows of different lengths.\n');
  });
});
