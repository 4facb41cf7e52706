/**
 * Two answers side by side, chosen from two menus and kept in the URL
 * (`?compare=000,003`) so the view can be shared.
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
      grid.replaceWith(...grid.children);
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
