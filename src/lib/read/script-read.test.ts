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

describe('reading a Sweave document', () => {
  test('its R chunks are R code, their options and closing @ left out', () => {
    const text = [
      '\\section{Exercise 2.1}',
      'The target closest to the fit wins.',
      '<<fit, echo=FALSE>>=',
      'fit <- lm(y ~ x)',
      '@',
      'So it is.',
    ].join('\n');
    expect(readScript(text, 'latex').cells.map((cell) => [cell.type, cell.source.map((line) => line.text).join('\n')])).toEqual([
      ['markdown', '## Exercise 2.1'],
      ['markdown', 'The target closest to the fit wins.'],
      ['code', 'fit <- lm(y ~ x)'],
      ['markdown', 'So it is.'],
    ]);
  });
});

describe('reading a LaTeX document', () => {
  const prose = (text: string) =>
    readScript(text, 'latex')
      .cells.filter((cell) => cell.type === 'markdown')
      .map((cell) => cell.source.map((line) => line.text).join('\n'));

  test('a bold or italic label opening a line is Markdown’s, so `2.1.` in bold marks its exercise', () => {
    expect(prose('\\textbf{2.1.} Take two matrices.\n\n\\emph{Hint} none.')).toEqual(['**2.1.** Take two matrices.\n\n*Hint* none.']);
  });

  test('a command of the document’s own that opens a line with an id is that question’s heading', () => {
    expect(prose('\\question{2.3} Is it a group?\n\nYes.\n\n\\qs{2.14.4}{Show the bound.}\n\n\\subquestion{a}')).toEqual([
      '#### question 2.3 Is it a group?\n\nYes.\n\n#### qs 2.14.4 Show the bound.\n\n\\subquestion{a}',
    ]);
  });
});

describe('reading a program of the C family', () => {
  test('a block comment on lines of its own is text, its delimiters and margin left out; one before any code is the docstring', () => {
    const text = [
      '/*',
      ' * Write the function htoi(s), which converts hexadecimal',
      ' * digits into an integer.',
      ' */',
      '',
      'int htoi(char s[]) { /* not text */',
      '  return 0;',
      '}',
    ].join('\n');
    const read = readScript(text, 'c').cells;
    expect(read.map((cell) => [cell.type, cell.source.map((line) => line.text).join('\n')])).toEqual([
      ['markdown', 'Write the function htoi(s), which converts hexadecimal\ndigits into an integer.'],
      ['code', 'int htoi(char s[]) { /* not text */\n  return 0;\n}'],
    ]);
    expect(read[0]).toMatchObject({ docstring: true });
  });

  test('a block comment that code follows on its closing line stays code', () => {
    expect(readScript('/* setup */ int x = 1;\n', 'c').cells.map((cell) => cell.type)).toEqual(['code']);
  });
});
