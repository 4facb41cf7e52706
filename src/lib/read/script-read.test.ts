import { describe, expect, test } from 'vitest';
import { readScript, type ScriptCell } from './script-read.ts';

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

  test('an exercise or problem environment opens its question with the number LaTeX prints for it, and its title', () => {
    const text = [
      '\\section{Some Preliminaries}',
      '\\begin{exercise}',
      '  Show that $\\sqrt 3$ is not rational.',
      '\\end{exercise}',
      '\\begin{solution}',
      '  Assume it is.',
      '\\end{solution}',
      '\\begin{exercise}[De Morgan’s Laws]',
      '  Prove both laws.',
      '\\end{exercise}',
      '\\begin{problem}{7}',
      'Give two square roots of $i$.',
      '\\end{problem}',
      '\\begin{problem}{1.8}{2}',
      'Find a closed form.',
      '\\end{problem}',
    ].join('\n');
    expect(prose(text)).toEqual([
      '## Some Preliminaries',
      '#### Exercise 1',
      'Show that $\\sqrt 3$ is not rational.',
      '*Solution.*',
      'Assume it is.',
      '#### Exercise 2: De Morgan’s Laws',
      'Prove both laws.',
      '#### Problem 7',
      'Give two square roots of $i$.',
      // A second argument that is a number is the document's (a level, the points), not a title.
      '#### Problem 1.8',
      'Find a closed form.',
    ]);
  });

  test('a bold or italic label opening a line is Markdown’s, so `2.1.` in bold marks its exercise', () => {
    expect(prose('\\textbf{2.1.} Take two matrices.\n\n\\emph{Hint} none.')).toEqual(['**2.1.** Take two matrices.\n\n*Hint* none.']);
  });

  test('a command of the document’s own that opens a line with an id is that question’s heading', () => {
    expect(prose('\\question{2.3} Is it a group?\n\nYes.\n\n\\qs{2.14.4}{Show the bound.}\n\n\\subquestion{a}')).toEqual([
      '#### question 2.3 Is it a group?\n\nYes.\n\n#### qs 2.14.4 Show the bound.\n\n\\subquestion{a}',
    ]);
  });

  test('a proof opens with the label LaTeX prints, its lines prose however indented; math environments are math; spacing says nothing', () => {
    const text = [
      '\\section*{Exercise 1.1 $\\star$}',
      'Show that the sum is finite.',
      '\\begin{equation*}',
      '  \\sum_n a_n < \\infty',
      '\\end{equation*}',
      '\\vspace{1em}',
      '\\begin{proof}',
      '    1. The terms fall fast.',
      '    \\begin{align*}',
      '        a_n &\\le 2^{-n}',
      '    \\end{align*}',
      '    So it converges. \\end{proof}',
    ].join('\n');
    const cells = readScript(text, 'latex').cells.map((cell) => ({
      type: cell.type,
      text: cell.source.map((line) => line.text).join('\n'),
      ...('language' in cell ? { language: cell.language } : {}),
      ...('part' in cell ? { part: cell.part } : {}),
      ...('withinAnswer' in cell ? { withinAnswer: cell.withinAnswer } : {}),
    }));
    expect(cells).toEqual([
      { type: 'markdown', text: '## Exercise 1.1 $\\star$' },
      { type: 'markdown', text: 'Show that the sum is finite.' },
      { type: 'code', text: '\\begin{equation*}\n  \\sum_n a_n < \\infty\n\\end{equation*}', language: 'math' },
      { type: 'markdown', text: '*Proof.*', part: 'answer' },
      { type: 'markdown', text: '1. The terms fall fast.', withinAnswer: true },
      { type: 'code', text: '\\begin{align*}\n    a_n &\\le 2^{-n}\n\\end{align*}', language: 'math' },
      { type: 'markdown', text: 'So it converges.', withinAnswer: true },
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

  test('an exercise’s number alone on its line above its `Q.` heads the question, not the answer above', () => {
    const text = [
      "'''",
      ' 1.',
      '  Q',
      '    Why scale the inputs?',
      '  A.',
      '    So no feature dominates.',
      '  2.',
      '  Q.',
      '    What is a margin?',
      '  A.',
      '    The gap.',
      "'''",
    ].join('\n');
    expect(
      readScript(text, 'python').cells.map((cell: ScriptCell) => [cell.part, cell.source.map((line) => line.text.trim()).filter(Boolean)]),
    ).toEqual([
      ['question', ['1.', 'Why scale the inputs?']],
      ['answer', ['So no feature dominates.']],
      ['question', ['2.', 'What is a margin?']],
      ['answer', ['The gap.']],
    ]);
  });

  test('the comment characters that draw a banner after a comment’s words are layout', () => {
    expect(cells(';;; 1.2 ;;;;;;;;;;;;\n(define x 1)\n', 'scheme')).toEqual([
      ['markdown', '1.2'],
      ['code', '(define x 1)'],
    ]);
    expect(cells('# Plots ----\nplot(x)\n', 'r')[0]).toEqual(['markdown', 'Plots']);
  });
});

describe('block comments of OCaml and Haskell', () => {
  test('are text without their delimiters or the indentation their lines share', () => {
    const ocaml = '(** Exercise 1\n\n    Define a function that memoizes [f]. *)\n\nlet memo f = f\n';
    expect(cells(ocaml, 'ocaml')).toEqual([
      ['markdown', 'Exercise 1\n\nDefine a function that memoizes [f].'],
      ['code', 'let memo f = f'],
    ]);
    const haskell = '{- Exercise 2\n   Write the identity. -}\nid x = x\n';
    expect(cells(haskell, 'haskell')).toEqual([
      ['markdown', 'Exercise 2\nWrite the identity.'],
      ['code', 'id x = x'],
    ]);
  });
});

describe('a file DrRacket saved in a teaching language', () => {
  test('its three-line header is layout, not the file’s opening comment', () => {
    const text = [
      ';; The first three lines of this file were inserted by DrRacket. They record metadata',
      ';; about the language level of this file in a form that our tools can easily process.',
      '#reader(lib "htdp-beginner-reader.ss" "lang")((modname ex001) (read-case-sensitive #t))',
      ';; Ex 1: the distance of a point to the origin.',
      '(sqrt (+ (sqr 3) (sqr 4)))',
    ].join('\n');
    const { cells } = readScript(text, 'racket');
    expect(cells.map((cell) => cell.type)).toEqual(['raw', 'raw', 'raw', 'markdown', 'code']);
    expect(cells[3]!.source.map((line) => line.text)).toEqual(['Ex 1: the distance of a point to the origin.']);
  });
});
