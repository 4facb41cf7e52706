import type { PiecesDiff } from '../lib/compare/word-diff';
import styles from './compare.css?inline';
import { addStyles, provide } from './on-demand.ts';

/**
 * Two answers side by side, chosen from two menus and kept in the URL
 * (`?compare=000,003`) so the view can be shared, with the words each has
 * that the other lacks marked. `compare-form.ts` imports this module on the
 * first comparison, and the word diff runs in a worker started then, so a
 * page read without comparing downloads neither.
 */
export function compareView(form: HTMLFormElement): { show(ids: string[] | undefined): void } {
  const [first, second] = [...form.querySelectorAll('select')];
  const close = form.querySelector<HTMLButtonElement>('[data-compare-close]')!;
  addStyles(styles);

  const show = (ids: string[] | undefined) => {
    const grid = document.querySelector('.compare-grid');
    if (grid) {
      clearMarks(grid);
      grid.replaceWith(...[...grid.children].filter((child) => child.matches('section.answer')));
    }
    const sections = ids?.map((id) => document.querySelector<HTMLElement>(`section.answer[data-source="${CSS.escape(id)}"]`));
    const url = new URL(location.href);
    if (!ids || !sections || sections.some((s) => !s) || ids[0] === ids[1]) {
      url.searchParams.delete('compare');
      close.hidden = true;
    } else {
      const [a, b] = sections as HTMLElement[];
      const wrapper = document.createElement('div');
      wrapper.className = 'compare-grid';
      a!.before(wrapper);
      wrapper.append(a!, b!);
      url.searchParams.set('compare', ids.join(','));
      first!.value = ids[0]!;
      second!.value = ids[1]!;
      close.hidden = false;
      markDifferences(
        form.dataset.diffWorker,
        wrapper,
        [a!, b!],
        [first!, second!].map((menu) => menu.selectedOptions[0]?.text ?? ''),
      );
    }
    history.replaceState(history.state, '', url);
  };

  close.addEventListener('click', () => show(undefined));
  return { show };
}

/** The non-blank text nodes of an answer's body, in reading order. */
function textNodes(section: HTMLElement): Text[] {
  const walker = document.createTreeWalker(section.querySelector('.answer-body') ?? section, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) if ((walker.currentNode as Text).data.trim()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/** One worker serves every comparison of the page. */
let worker: Worker | undefined;

/** `labels` are the two sources' names, as the menus show them. */
function markDifferences(url: string | undefined, grid: HTMLElement, [a, b]: [HTMLElement, HTMLElement], labels: string[]): void {
  if (!url) return;
  const [nodesA, nodesB] = [textNodes(a), textNodes(b)];
  worker ??= new Worker(url, { type: 'module' });
  worker.onmessage = ({ data }: MessageEvent<PiecesDiff>) => {
    // The view may have changed while the diff was worked out.
    if (!grid.isConnected) return;
    for (const [nodes, marks] of [
      [nodesA, data.marksA],
      [nodesB, data.marksB],
    ] as const) {
      for (const [index, from, to] of marks) {
        nodes[index]!.splitText(to);
        const marked = document.createElement('mark');
        marked.className = 'word-own';
        const middle = nodes[index]!.splitText(from);
        middle.replaceWith(marked);
        marked.append(middle);
      }
    }
    const summary = document.createElement('p');
    summary.className = 'word-diff-summary';
    summary.setAttribute('role', 'status');
    summary.textContent = data.summary;
    grid.prepend(summary);
  };
  worker.postMessage({ a: nodesA.map((n) => n.data), b: nodesB.map((n) => n.data), labels });
}

function clearMarks(grid: Element): void {
  grid.querySelector('.word-diff-summary')?.remove();
  for (const marked of grid.querySelectorAll('mark.word-own')) marked.replaceWith(...marked.childNodes);
  grid.normalize();
}

provide('compareView', compareView);
