import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../model/diagnostics.ts';
import type { MaintainerPage } from '../model/question-page.ts';
import { pageFileName, pageNames, placeQuestionPages } from './question-pages.ts';

const questions = [
  { number: 3, id: '3', answered: ['000', '002', '003'] },
  { number: 4, id: '4', answered: ['000'] },
];
const sources = ['000', '002', '003'];
const page = (name: string, placed: string[], rest?: number): MaintainerPage => ({
  file: `content/questions/${name}.mdx`,
  name,
  placed: placed.map((source, i) => ({ source, line: 10 * (i + 1), column: 1 })),
  ...(rest === undefined ? {} : { rest }),
});

describe('placing a maintainer’s question pages', () => {
  test('names a question by its printed id or by its number as notes do', () => {
    expect(pageNames('03', { number: 3, id: '3' })).toBe(true);
    expect(pageNames('3.4', { number: 4, id: '3.4' })).toBe(true);
    expect(pageNames('04', { number: 4, id: '3.4' })).toBe(true);
    expect(pageNames('R12', { number: 10_012, id: 'R12' })).toBe(true);
    expect(pageNames('3', { number: 4, id: '3.4' })).toBe(false);
    expect([pageFileName({ number: 3, id: '3' }), pageFileName({ number: 4, id: '3.4' })]).toEqual(['03.mdx', '3.4.mdx']);
  });

  test('shows the placed answers in the page’s order, the rest where the empty <Answers /> stands', () => {
    const { custom, diagnostics } = placeQuestionPages(questions, sources, [page('03', ['003', '000'], 15)]);
    expect(diagnostics).toEqual([]);
    expect(custom.get(3)).toEqual({ name: '03', file: 'content/questions/03.mdx', shows: ['003', '002', '000'], rest: ['002'] });
    expect(custom.has(4)).toBe(false);
  });

  test('warns about each answer a page leaves out, and not about a source that skips the question', () => {
    const { custom, diagnostics } = placeQuestionPages(questions, sources, [page('03', ['003']), page('04', ['000'])]);
    expect(custom.get(3)?.shows).toEqual(['003']);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'content/questions/03.mdx:1:1: warning: This page does not show source 000\'s answer to question 3; it stays on source 000\'s page. Add `<Answer source="000" />` (or `<Answers />`) where it belongs, or leave it out on purpose [page-leaves-out-answer]',
      'content/questions/03.mdx:1:1: warning: This page does not show source 002\'s answer to question 3; it stays on source 002\'s page. Add `<Answer source="002" />` (or `<Answers />`) where it belongs, or leave it out on purpose [page-leaves-out-answer]',
    ]);
  });

  test('stops on a page for no question, a second page for one question, and an unknown source', () => {
    const { custom, diagnostics } = placeQuestionPages(questions, sources, [
      page('13', []),
      page('03', ['003']),
      page('3', ['003']),
      page('04', ['009']),
    ]);
    expect(custom.size).toBe(1);
    expect(diagnostics.filter((d) => d.fatal).map(formatDiagnostic)).toEqual([
      'content/questions/13.mdx:1:1: This guide has no question 13; did you mean 3? A page is named after its question (3, 4…); rename the file or remove it [invalid-question-page]',
      'content/questions/3.mdx:1:1: `content/questions/03.mdx` is already the page of question 3; keep one of the two files [invalid-question-page]',
      'content/questions/04.mdx:10:1: No source has the id `009`; did you mean `000`? The sources are `000`, `002`, `003` [invalid-question-page]',
    ]);
  });
});
