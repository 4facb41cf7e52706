import { describe, expect, test } from 'vitest';
import { NAV_AROUND, NAV_LISTS_ALL_UP_TO, navWindow, type QuestionSummary } from './routes.ts';

const guide = (count: number): QuestionSummary[] =>
  Array.from({ length: count }, (_, i) => ({ number: i + 1, id: String(i + 1), slug: `q${i + 1}`, title: `Question ${i + 1}` }));
const numbers = (window: ReturnType<typeof navWindow>) => window.shown.map((q) => q.number);

describe('the questions a page lists', () => {
  test('a short guide lists every question on every page', () => {
    const all = guide(NAV_LISTS_ALL_UP_TO);
    expect(navWindow(all, 3)).toEqual({ shown: all, all: true });
    expect(navWindow(all)).toEqual({ shown: all, all: true });
  });

  test('a long guide lists the questions around the current one, as many on each side', () => {
    const window = navWindow(guide(100), 50);
    expect(window.all).toBe(false);
    expect(numbers(window)).toEqual(Array.from({ length: 2 * NAV_AROUND + 1 }, (_, i) => 50 - NAV_AROUND + i));
  });

  test('near either end it keeps the same length, and a page of no question lists the first', () => {
    const size = 2 * NAV_AROUND + 1;
    expect(numbers(navWindow(guide(100), 2))).toEqual(Array.from({ length: size }, (_, i) => i + 1));
    expect(numbers(navWindow(guide(100), 100))).toEqual(Array.from({ length: size }, (_, i) => 100 - size + 1 + i));
    expect(numbers(navWindow(guide(100)))).toEqual(Array.from({ length: size }, (_, i) => i + 1));
  });

  test('questions numbered with gaps are found by number, not by position', () => {
    const gaps = guide(40).map((q) => ({ ...q, number: q.number * 2 }));
    expect(numbers(navWindow(gaps, 40))[NAV_AROUND]).toBe(40);
  });
});
