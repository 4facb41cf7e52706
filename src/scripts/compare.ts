import type { PiecesDiff } from '../lib/word-diff';

/**
 * Two answers side by side, chosen from two menus and kept in the URL
 * (`?compare=000,003`) so the view can be shared, with the words each has
 * that the other lacks marked. The word diff loads only when two answers are
 * compared (in a worker), so a page read without comparing never downloads it.
 */
export function setupCompare(): void {
  const form = document.querySelector<HTMLFormElement>('[data-compare-form]');
  if (!form) return;
  form.hidden = false;
  const [first, second] = [...form.querySelectorAll('select')];
  const close = form.querySelector<HTMLButtonElement>('[data-compare-close]')!;

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
      markDifferences(form.dataset.diffWorker, wrapper, a!, b!);
    }
    history.replaceState(history.state, '', url);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show([first!.value, second!.value]);
    document.querySelector('.compare-grid')?.scrollIntoView({ block: 'start' });
  });
  close.addEventListener('click', () => show(undefined));
  const requested = new URL(location.href).searchParams.get('compare')?.split(',');
  if (requested?.length === 2) show(requested);
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

function markDifferences(url: string | undefined, grid: HTMLElement, a: HTMLElement, b: HTMLElement): void {
  if (!url) return;
  const [nodesA, nodesB] = [textNodes(a), textNodes(b)];
  worker ??= new Worker(url, { type: 'module' });
  worker.onmessage = ({ data }: MessageEvent<PiecesDiff>) => {
    // The view may have changed while the diff was worked out.
    if (!grid.isConnected) return;
    for (const [nodes, marks] of [[nodesA, data.marksA], [nodesB, data.marksB]] as const) {
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
  const label = (section: HTMLElement) => section.dataset.sourceLabel ?? '';
  worker.postMessage({ a: nodesA.map((n) => n.data), b: nodesB.map((n) => n.data), labels: [label(a), label(b)] });
}

function clearMarks(grid: Element): void {
  grid.querySelector('.word-diff-summary')?.remove();
  for (const marked of grid.querySelectorAll('mark.word-own')) marked.replaceWith(...marked.childNodes);
  grid.normalize();
}
