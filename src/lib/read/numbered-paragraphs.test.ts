import { describe, expect, test } from 'vitest';
import { headingsOfUnderlinedNumbers, spaceAfterHashes, spaceAfterNumbers } from './numbered-paragraphs.ts';

describe('headings written without the space after their hashes', () => {
  test('are spaced where two or more lines outside code blocks write them so, each line keeping its place', () => {
    const text = '#Chapter 2\n\n##Looping a triangle\n\n```js\n#\n##\n```\n\n##FizzBuzz\n';
    expect(spaceAfterHashes(text)).toBe('# Chapter 2\n\n## Looping a triangle\n\n```js\n#\n##\n```\n\n## FizzBuzz\n');
  });

  test('a line that opens with inline code in triple backticks is no fence: the headings after it are still spaced', () => {
    const text = '###Solution:\n\n  ```dp[i][j]``` is the best total.\n\n#6.18.\n';
    expect(spaceAfterHashes(text)).toBe('### Solution:\n\n  ```dp[i][j]``` is the best total.\n\n# 6.18.\n');
    // A fence of four backticks is a fence.
    expect(spaceAfterHashes('````md\n#a\n````\n\n#b\n\n#c\n')).toBe('````md\n#a\n````\n\n# b\n\n# c\n');
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

describe('numbers with the enumeration comma', () => {
  test('`1、说明` is read as `1. 说明` where two or more lines number so, outside code blocks', () => {
    expect(spaceAfterNumbers('1、编写程序。\n\n```c\n3、x\n```\n\n2、打印整数。\n')).toBe(
      '1. 编写程序。\n\n```c\n3、x\n```\n\n2. 打印整数。\n',
    );
    expect(spaceAfterNumbers('1、只有一行。\n')).toBe('1、只有一行。\n');
  });
});

describe('a numbered line underlined as a setext heading', () => {
  test('is the heading its writer underlined, each line keeping its place', () => {
    expect(headingsOfUnderlinedNumbers('00. 文字列の逆順\n--------\n文字列を逆に並べよ．\n')).toBe(
      '00\\. 文字列の逆順\n--------\n文字列を逆に並べよ．\n',
    );
    // A list item after a paragraph line, or a rule after a list, stays as written.
    expect(headingsOfUnderlinedNumbers('Intro\n1. One\n---\n')).toBe('Intro\n1. One\n---\n');
    expect(headingsOfUnderlinedNumbers('```\n1. code\n---\n```\n')).toBe('```\n1. code\n---\n```\n');
  });
});
