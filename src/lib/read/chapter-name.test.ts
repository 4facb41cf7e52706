import { describe, expect, it } from 'vitest';
import { chapterFromName } from './chapter-name.ts';

const book = new Set([1, 2, 3, 4, 7, 11, 12]);

describe('chapterFromName', () => {
  it.each([
    ['chapter_07', 7],
    ['Chapter 7', 7],
    ['CHAPTER_12', 12],
    ['chapt04', 4],
    ['ch3.md', 3],
    ['Chapter2.Rmd', 2],
    ['07-ensembles', 7],
    ['section07', 7],
    ['homl-ch11-exercises.ipynb', 11],
    ['chapter-1-exercise-3.md', 1],
  ])('reads %s as chapter %i', (name, chapter) => {
    expect(chapterFromName(name, book)).toBe(chapter);
  });

  it.each([['README.md'], ['exercise-04'], ['q3.md'], ['2-and-3.hs'], ['chapter_9'], ['notes']])('reads no chapter from %s', (name) => {
    expect(chapterFromName(name, book)).toBeUndefined();
  });
});
