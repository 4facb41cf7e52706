/**
 * Two answers side by side, chosen from two menus and kept in the URL
 * (`?compare=000,003`) so the view can be shared, with the words each has
 * that the other lacks marked. The word diff loads only when two answers are
 * compared, so a page read without comparing never downloads it.
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
      void markDifferences(wrapper, a!, b!);
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

/** Text nodes of an answer's body in reading order, with their offsets in the joined text. */
function textOf(section: HTMLElement): { text: string; nodes: Array<{ node: Text; start: number }> } {
  const body = section.querySelector('.answer-body') ?? section;
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  const nodes: Array<{ node: Text; start: number }> = [];
  let text = '';
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!node.data.trim()) continue;
    // A space between nodes, so words of neighbouring blocks never run together.
    if (text) text += ' ';
    nodes.push({ node, start: text.length });
    text += node.data;
  }
  return { text, nodes };
}

/** Wraps each range of the joined text in a mark, node by node. */
function mark(nodes: ReadonlyArray<{ node: Text; start: number }>, ranges: ReadonlyArray<{ start: number; end: number }>): void {
  for (const { node, start } of [...nodes].reverse()) {
    const end = start + node.data.length;
    const inside = ranges.filter((r) => r.start < end && r.end > start).reverse();
    for (const range of inside) {
      const from = Math.max(range.start, start) - start;
      const to = Math.min(range.end, end) - start;
      if (!node.data.slice(from, to).trim()) continue;
      node.splitText(to);
      const middle = node.splitText(from);
      const marked = document.createElement('mark');
      marked.className = 'word-own';
      marked.textContent = middle.data;
      middle.replaceWith(marked);
    }
  }
}

async function markDifferences(grid: HTMLElement, a: HTMLElement, b: HTMLElement): Promise<void> {
  const { wordDiff } = await import('../lib/word-diff');
  // The view may have changed while the diff loaded.
  if (!grid.isConnected) return;
  const [textA, textB] = [textOf(a), textOf(b)];
  const diff = wordDiff(textA.text, textB.text);
  mark(textA.nodes, diff.onlyA);
  mark(textB.nodes, diff.onlyB);
  const label = (section: HTMLElement) => section.dataset.sourceLabel ?? section.dataset.source ?? '';
  const summary = document.createElement('p');
  summary.className = 'word-diff-summary';
  summary.setAttribute('role', 'status');
  summary.textContent = `Marked: words only one answer has. ${label(a)} adds ${diff.wordsOnlyA} word${diff.wordsOnlyA === 1 ? '' : 's'} that ${label(b)} does not have, and drops ${diff.wordsOnlyB} that it has.`;
  grid.prepend(summary);
}

function clearMarks(grid: Element): void {
  grid.querySelector('.word-diff-summary')?.remove();
  for (const marked of grid.querySelectorAll('mark.word-own')) {
    const parent = marked.parentNode!;
    marked.replaceWith(document.createTextNode(marked.textContent ?? ''));
    parent.normalize();
  }
}
