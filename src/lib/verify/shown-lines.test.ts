import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSource, readSourceText } from '../build/read.ts';
import { shownLines } from './shown-lines.ts';

const here = import.meta.dirname;
/** Every single-file source the parser tests read: the layout fixtures, the real-layouts corpus and the shipped content. */
function sourceFiles(): string[] {
  const fixtures = join(here, '..', 'parse', '__fixtures__');
  const cases = readdirSync(fixtures).filter(
    (name) => name !== 'real' && name !== 'corpus' && statSync(join(fixtures, name)).isDirectory(),
  );
  const inputs = cases.flatMap((name) =>
    readdirSync(join(fixtures, name))
      .filter((entry) => entry.startsWith('input.'))
      .map((entry) => join(fixtures, name, entry)),
  );
  const real = join(fixtures, 'real');
  const realInputs = readdirSync(real)
    .filter((name) => statSync(join(real, name)).isDirectory())
    .flatMap((name) =>
      readdirSync(join(real, name))
        .filter((entry) => entry.startsWith('input.'))
        .map((entry) => join(real, name, entry)),
    );
  const shipped = join(here, '..', '..', '..', 'content', 'sources');
  return [...inputs, ...realInputs, ...readdirSync(shipped).map((name) => join(shipped, name))];
}

describe('what a line shows, worked out from the tree the parser already has', () => {
  const files = sourceFiles();

  test('is what parsing the file again gives, for every file whose parse hands it over', () => {
    let handed = 0;
    for (const path of files) {
      const read = readSource('000', path, path);
      if (!read.shown) continue;
      handed++;
      expect(read.shown, path).toEqual(shownLines(path, readSourceText(path, path)));
    }
    // Most Markdown and text layouts detect from the whole-file tree; notebooks and scripts do not.
    expect(handed).toBeGreaterThan(files.length / 2);
  });
});

describe('front matter', () => {
  test('each line of a YAML header shows itself, its `---` lines nothing', () => {
    const lines = shownLines('content/sources/001.Rmd', '---\ntitle: "Chapter 3"\noutput: html_document\n---\n\n## 1.\n');
    expect(lines.slice(0, 4).map((line) => line.shown.trim())).toEqual(['', 'title: "Chapter 3"', 'output: html_document', '']);
  });
});

describe('code spans', () => {
  test('one written against a word shows against it, its padding space dropped, as the page shows it', () => {
    const [line] = shownLines('content/sources/001.md', 'An index ``i`` with`` v = A[i] ``or else ``NIL``.\n');
    expect(line!.shown.replace(/\s+/g, ' ').trim()).toBe('An index i withv = A[i]or else NIL.');
  });

  test('a space at one end only is content, not padding', () => {
    const [line] = shownLines('content/sources/001.md', 'specified in the `formula` argument`, to pass to the function in `method`.\n');
    expect(line!.shown.replace(/\s+/g, ' ').trim()).toBe('specified in the formula argument, to pass to the function in method`.');
  });

  test('one in a table cell stays a word of its own', () => {
    const [, , row] = shownLines('content/sources/001.md', '| a | b |\n|---|---|\n||`Coefficient`|\n');
    expect(row!.shown).toMatch(/(^|\s)Coefficient(\s|$)/);
  });
});
