/**
 * Shows the side-by-side form and waits: the compare view (`compare.ts`) is
 * imported on the first comparison, or at once when the URL asks for one
 * (`?compare=a,b`), so a page that is only read runs just these lines.
 */
import type { compareView } from './compare.ts';
import type {} from './on-demand.ts';

type CompareView = ReturnType<typeof compareView>;

const form = document.querySelector<HTMLFormElement>('[data-compare-form]');
if (form?.dataset.compareModule) {
  const moduleUrl = form.dataset.compareModule;
  let view: Promise<CompareView> | undefined;
  const compare = async (ids: string[]) => {
    view ??= import(/* @vite-ignore */ moduleUrl).then(() => window.crossguideOnDemand!.compareView!(form));
    (await view).show(ids);
  };

  // One option per answered section, the first two chosen; the label is the section's heading.
  form.querySelectorAll('select').forEach((select, chosen) => {
    for (const [index, section] of document.querySelectorAll<HTMLElement>('section.answer[data-source]:not(.skipped)').entries()) {
      const heading = section.querySelector<HTMLElement>('.heading-link');
      const option = new Option(heading?.textContent?.trim() ?? section.dataset.source, section.dataset.source, false, index === chosen);
      if (heading?.lang) option.lang = heading.lang;
      select.append(option);
    }
  });
  form.dataset.ready = '';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const [first, second] = form.querySelectorAll('select');
    void compare([first!.value, second!.value]).then(() => document.querySelector('.compare-grid')?.scrollIntoView({ block: 'start' }));
  });
  const requested = new URL(location.href).searchParams.get('compare')?.split(',');
  if (requested?.length === 2) void compare(requested);
}
