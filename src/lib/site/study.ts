/** Study-mode state: which questions the reader knew or must review, and where they are. Pure, so it is testable. */

export type Mark = 'known' | 'review';

export interface StudyState {
  /** Marks by question number. */
  marks: Record<string, Mark>;
  /** The reading order; question numbers. */
  order: number[];
  /** The question on screen. */
  current: number;
  /** Show only questions marked "review again". */
  reviewOnly: boolean;
  /** How many steps of each question are revealed. */
  revealed: Record<string, number>;
}

/** A fresh state over `numbers`, in question order. */
export function initialState(numbers: readonly number[]): StudyState {
  return { marks: {}, order: [...numbers], current: numbers[0] ?? 0, reviewOnly: false, revealed: {} };
}

/** Restores a saved state, dropping anything that no longer matches the questions on the page. */
export function restore(saved: unknown, numbers: readonly number[]): StudyState {
  const fresh = initialState(numbers);
  if (typeof saved !== 'object' || saved === null) return fresh;
  const s = saved as Partial<StudyState>;
  const known = new Set(numbers);
  const order = Array.isArray(s.order) && s.order.length === numbers.length && s.order.every((n) => known.has(n)) ? s.order : fresh.order;
  const marks = Object.fromEntries(
    Object.entries(s.marks ?? {}).filter(([n, m]) => known.has(Number(n)) && (m === 'known' || m === 'review')),
  );
  const revealed = Object.fromEntries(
    Object.entries(s.revealed ?? {}).filter(([n, count]) => known.has(Number(n)) && typeof count === 'number'),
  );
  const current = typeof s.current === 'number' && known.has(s.current) ? s.current : fresh.current;
  return { marks, order, current, reviewOnly: s.reviewOnly === true, revealed };
}

/** The questions to go through, in order, honouring the review-only filter. */
export function visible(state: StudyState): number[] {
  return state.reviewOnly ? state.order.filter((n) => state.marks[n] === 'review') : state.order;
}

/** Moves `step` places along the visible questions, staying at the ends. */
export function move(state: StudyState, step: number): StudyState {
  const list = visible(state);
  if (list.length === 0) return state;
  const index = list.indexOf(state.current);
  const next = list[Math.min(list.length - 1, Math.max(0, index === -1 ? 0 : index + step))]!;
  return { ...state, current: next };
}

/** Reveals one more step of the current question. */
export function reveal(state: StudyState, steps: number): StudyState {
  const shown = Math.min(steps, (state.revealed[state.current] ?? 0) + 1);
  return { ...state, revealed: { ...state.revealed, [state.current]: shown } };
}

export function mark(state: StudyState, value: Mark): StudyState {
  return { ...state, marks: { ...state.marks, [state.current]: value } };
}

/** A new order from a seeded shuffle (Fisher–Yates), starting at its first question. */
export function shuffle(state: StudyState, random: () => number = Math.random): StudyState {
  const order = [...state.order];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return { ...state, order, current: order[0]! };
}

/** Turns the review-only filter on or off, landing on a question that is shown. */
export function toggleReviewOnly(state: StudyState): StudyState {
  const next = { ...state, reviewOnly: !state.reviewOnly };
  const list = visible(next);
  return list.includes(next.current) || list.length === 0 ? next : { ...next, current: list[0]! };
}

/** "Question 3 of 11 · 4 known · 2 to review". */
export function progressText(state: StudyState): string {
  const list = visible(state);
  const marks = Object.values(state.marks);
  const known = marks.filter((m) => m === 'known').length;
  const review = marks.filter((m) => m === 'review').length;
  if (list.length === 0) return `Nothing marked “review again” yet · ${known} known`;
  return `Question ${list.indexOf(state.current) + 1} of ${list.length} · ${known} known · ${review} to review`;
}
