/** Study mode on `/study/`: one card at a time, steps revealed in turn, marks kept in localStorage. */
import {
  mark,
  move,
  progressText,
  restore,
  reveal,
  shuffle,
  toggleReviewOnly,
  visible,
  type Mark,
  type StudyState,
} from '../lib/site/study';
import { load, save } from './study-storage';

export function setupStudy(): void {
  const root = document.querySelector<HTMLElement>('[data-study]');
  if (!root) return;
  const cards = [...root.querySelectorAll<HTMLElement>('.study-card')];
  const numbers = cards.map((card) => Number(card.dataset.number));
  const bar = document.querySelector<HTMLElement>('[data-study-bar]')!;
  const progress = document.querySelector<HTMLElement>('[data-study-progress]')!;
  const reviewButton = bar.querySelector<HTMLButtonElement>('[data-study-review]')!;
  let state = restore(load(), numbers);
  const requested = Number(new URL(location.href).searchParams.get('q'));
  if (numbers.includes(requested)) state = { ...state, current: requested, reviewOnly: false };

  const steps = (card: HTMLElement) => [...card.querySelectorAll<HTMLElement>('[data-step]')];
  const render = (focus = false) => {
    const shown = visible(state);
    for (const card of cards) {
      const number = Number(card.dataset.number);
      card.hidden = number !== state.current || !shown.includes(number);
      const revealed = state.revealed[number] ?? 0;
      const cardSteps = steps(card);
      cardSteps.forEach((step, index) => (step.hidden = index >= revealed));
      const revealButton = card.querySelector<HTMLButtonElement>('[data-study-reveal]')!;
      const next = cardSteps[revealed];
      revealButton.disabled = !next;
      revealButton.textContent = !next
        ? 'All revealed'
        : revealed === 0
          ? 'Reveal the consensus'
          : `Reveal ${next.querySelector('h3')?.textContent ?? 'next answer'}`;
      const label = card.querySelector<HTMLElement>('[data-study-mark-label]')!;
      const value = state.marks[number];
      label.textContent = value === 'known' ? 'Marked: knew it' : value === 'review' ? 'Marked: review again' : '';
      for (const button of card.querySelectorAll<HTMLButtonElement>('[data-study-mark]')) {
        button.setAttribute('aria-pressed', String(button.dataset.studyMark === value));
      }
    }
    progress.textContent = progressText(state);
    reviewButton.setAttribute('aria-pressed', String(state.reviewOnly));
    save(state);
    if (focus)
      cards
        .find((card) => !card.hidden)
        ?.querySelector<HTMLElement>('h2')
        ?.focus();
  };
  const update = (next: StudyState, focus = false) => {
    state = next;
    render(focus);
  };
  const stepsOf = (number: number) => steps(cards[numbers.indexOf(number)]!).length;

  bar.hidden = false;
  root.classList.add('studying');
  for (const card of cards) {
    card.querySelector<HTMLElement>('[data-study-actions]')!.hidden = false;
    card.querySelector('h2')!.tabIndex = -1;
    card.querySelector('[data-study-reveal]')!.addEventListener('click', () => update(reveal(state, stepsOf(state.current))));
    for (const button of card.querySelectorAll<HTMLButtonElement>('[data-study-mark]')) {
      button.addEventListener('click', () => update(mark(state, button.dataset.studyMark as Mark)));
    }
    card.querySelector('[data-study-prev]')!.addEventListener('click', () => update(move(state, -1), true));
    card.querySelector('[data-study-next]')!.addEventListener('click', () => update(move(state, 1), true));
  }
  bar.querySelector('[data-study-shuffle]')!.addEventListener('click', () => update(shuffle(state), true));
  reviewButton.addEventListener('click', () => update(toggleReviewOnly(state), true));
  bar.querySelector('[data-study-reset]')!.addEventListener('click', () => update(restore(undefined, numbers), true));

  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    if (target.closest('input, select, textarea, [contenteditable]')) return;
    // Space on a focused button presses that button, as everywhere else.
    if (event.key === ' ' && target.closest('button, a')) return;
    const actions: Record<string, () => StudyState> = {
      ' ': () => reveal(state, stepsOf(state.current)),
      j: () => move(state, 1),
      ArrowRight: () => move(state, 1),
      k: () => move(state, -1),
      ArrowLeft: () => move(state, -1),
      '1': () => mark(state, 'known'),
      '2': () => mark(state, 'review'),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    const moving = ['j', 'k', 'ArrowRight', 'ArrowLeft'].includes(event.key);
    update(action(), moving);
  });
  render();
}
