import { describe, expect, test } from 'vitest';
import { spaceAfterHashes, spaceAfterNumbers } from './numbered-paragraphs.ts';

describe('headings written without the space after their hashes', () => {
  test('are spaced where two or more lines outside code blocks write them so, each line keeping its place', () => {
    const text = '#Chapter 2\n\n##Looping a triangle\n\n```js\n#\n##\n```\n\n##FizzBuzz\n';
    expect(spaceAfterHashes(text)).toBe('# Chapter 2\n\n## Looping a triangle\n\n```js\n#\n##\n```\n\n## FizzBuzz\n');
  });

  test('leave a lone `#hashtag` and C’s `#include` as written', () => {
    expect(spaceAfterHashes('#hashtag of the week\n\nText.\n')).toBe('#hashtag of the week\n\nText.\n');
    expect(spaceAfterHashes('#include <stdio.h>\n#include <stdlib.h>\n')).toBe('#include <stdio.h>\n#include <stdlib.h>\n');
  });
});

describe('numbers with no space after them', () => {
  test('`3.Answer` is spaced as `3. Answer` where two or more lines write it so', () => {
    expect(spaceAfterNumbers('1.First\n2.Second\n')).toBe('1. First\n2. Second\n');
  });
});
