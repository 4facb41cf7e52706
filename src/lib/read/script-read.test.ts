import { describe, expect, test } from 'vitest';
import { readScript } from './script-read.ts';

const cells = (text: string, language: string) =>
  readScript(text, language).cells.map((cell) => [cell.type, cell.source.map((line) => line.text).join('\n')]);

describe('reading a script', () => {
  test('a call whose one argument is a string over several lines is text, not code', () => {
    const text = [
      'library(IRdisplay)',
      '',
      'display_markdown("',
      '**2M1.** Go back to the globe tossing model.',
      '")',
      '',
      'prior <- rep(1, 20)',
    ].join('\n');
    expect(cells(text, 'r')).toEqual([
      ['code', 'library(IRdisplay)'],
      ['markdown', '**2M1.** Go back to the globe tossing model.'],
      ['code', 'prior <- rep(1, 20)'],
    ]);
  });

  test('a call whose string closes elsewhere than at the call’s end stays code', () => {
    const text = ['query <- sql("', 'SELECT 1', '", con)'].join('\n');
    expect(cells(text, 'r')).toEqual([['code', text]]);
  });
});
