import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../diagnostics.ts';
import { assembleGuide } from '../load.ts';
import { parseAnswerSet } from '../parse/index.ts';
import { findMissingLines, shownText } from './visible.ts';

const text = '1. Is it eager?\n   - Yes, by default.\n   - Graphs come from `tf.function`.\n';
const { answerSet } = parseAnswerSet({ id: 'a', file: 'a.txt', text });
const sources = [{ id: 'a', file: 'content/sources/a.txt', files: ['content/sources/a.txt'], label: 'A', reference: false, lang: 'en', answerSet: answerSet! }];
const guide = assembleGuide({ title: 'T', sources });

describe('the nothing-lost check', () => {
  test('passes when every line is visible, ignoring markup and list numbers', () => {
    const page = 'Is it eager? Yes, by default. Graphs come from tf.function.';
    expect(findMissingLines({ guide, readSource: () => text, pageText: () => page })).toEqual([]);
  });

  test('names the file and line of a source line missing from its page', () => {
    const page = 'Is it eager? Yes, by default.';
    const missing = findMissingLines({ guide, readSource: () => text, pageText: () => page }).map(formatDiagnostic);
    expect(missing).toEqual([
      'content/sources/a.txt:3:1: This line is not visible on the source page `a`; the parser dropped it, please report the file [line-not-visible]',
      'content/sources/a.txt:3:1: This line is not visible on the question page `01-is-it-eager`; the parser dropped it, please report the file [line-not-visible]',
    ]);
  });

  test('reports a missing page', () => {
    const missing = findMissingLines({ guide, readSource: () => text, pageText: () => undefined });
    expect(missing[0]?.message).toContain('(page missing)');
  });

  test('compares what a line shows, not its markup, link addresses or character references', () => {
    expect(shownText('   - See [the guide](https://example.org/guide) &amp; **this**.')).toBe('See the guide & this.');
    expect(shownText('```python')).toBe('');
    expect(shownText('[ref]: https://example.org')).toBe('');
    expect(shownText('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
    expect(shownText('A [link][ref].', '\n\n[ref]: #')).toBe('A link.');
  });

  test('lets the line that opens an answer show its title apart from the rest of it', () => {
    const bold = '1. **Speed**: it is fast.\n   - Yes.\n';
    const parsed = parseAnswerSet({ id: 'b', file: 'b.md', text: bold }).answerSet!;
    const boldSources = [{ id: 'b', file: 'b.md', files: ['b.md'], label: 'B', reference: false, lang: 'en', answerSet: parsed }];
    const boldGuide = assembleGuide({ title: 'T', sources: boldSources });
    const page = 'Speed source b line 1 it is fast. Yes.';
    expect(findMissingLines({ guide: boldGuide, readSource: () => bold, pageText: () => page })).toEqual([]);
    const shuffled = 'it is fast. Speed Yes.';
    expect(findMissingLines({ guide: boldGuide, readSource: () => bold, pageText: () => shuffled })).toEqual([]);
    expect(findMissingLines({ guide: boldGuide, readSource: () => bold, pageText: () => 'fast it is Speed Yes' })).toHaveLength(2);
  });
});

describe('the text a line shows', () => {
  test('leaves plain lines as they are and renders lines whose markup hides words', () => {
    expect(shownText('- Plain **bold** words')).toBe('- Plain **bold** words');
    expect(shownText('See [the docs](https://example.org/very/long)')).toBe('See the docs');
    expect(shownText('1. ```python')).toBe('');
    expect(shownText('   - ```js')).toBe('');
    expect(shownText('Tom &amp; Jerry')).toBe('Tom & Jerry');
  });
});
