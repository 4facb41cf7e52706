import { describe, expect, test } from 'vitest';
import { initialState, mark, move, progressText, restore, reveal, shuffle, toggleReviewOnly, visible } from './study.ts';

const numbers = [1, 2, 3, 4];

describe('study mode state', () => {
  test('starts at the first question with nothing revealed or marked', () => {
    expect(initialState(numbers)).toEqual({ marks: {}, order: [1, 2, 3, 4], current: 1, reviewOnly: false, revealed: {} });
  });

  test('reveals one step at a time and stops at the last', () => {
    let state = initialState(numbers);
    for (let i = 0; i < 5; i++) state = reveal(state, 3);
    expect(state.revealed).toEqual({ 1: 3 });
  });

  test('moves within the visible questions and stays at the ends', () => {
    const state = initialState(numbers);
    expect(move(state, -1).current).toBe(1);
    expect(move(move(state, 1), 1).current).toBe(3);
    expect(move({ ...state, current: 4 }, 1).current).toBe(4);
  });

  test('the review-only filter shows marked questions and lands on one of them', () => {
    let state = mark({ ...initialState(numbers), current: 3 }, 'review');
    state = mark({ ...state, current: 2 }, 'known');
    state = toggleReviewOnly({ ...state, current: 1 });
    expect(visible(state)).toEqual([3]);
    expect(state.current).toBe(3);
    expect(progressText(state)).toBe('Question 1 of 1 · 1 known · 1 to review');
  });

  test('shuffles with a seeded random source into a permutation', () => {
    const values = [0.9, 0.1, 0.5];
    const state = shuffle(initialState(numbers), () => values.shift() ?? 0);
    expect([...state.order].sort()).toEqual([1, 2, 3, 4]);
    expect(state.order).not.toEqual([1, 2, 3, 4]);
    expect(state.current).toBe(state.order[0]);
  });

  test('restores saved progress and drops what no longer fits the page', () => {
    const saved = { marks: { 2: 'known', 9: 'review', 3: 'bogus' }, order: [4, 3, 2, 1], current: 9, reviewOnly: true, revealed: { 2: 1 } };
    expect(restore(saved, numbers)).toEqual({
      marks: { 2: 'known' },
      order: [4, 3, 2, 1],
      current: 1,
      reviewOnly: true,
      revealed: { 2: 1 },
    });
    expect(restore('garbage', numbers)).toEqual(initialState(numbers));
    expect(restore({ order: [1, 2] }, numbers).order).toEqual([1, 2, 3, 4]);
  });
});
