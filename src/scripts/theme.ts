/** The reader's theme choice, kept in localStorage and applied as `data-theme` on `<html>`. */
const KEY = 'crossguide-theme';
const ORDER = ['system', 'light', 'dark'] as const;
type Theme = (typeof ORDER)[number];

function stored(): Theme {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

function apply(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  try {
    if (theme === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, theme);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    button.dataset.current = theme;
    button.querySelector('.theme-name')!.textContent = `Theme: ${theme}`;
  }
}

export function setupThemeToggle(): void {
  apply(stored());
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    button.addEventListener('click', () => apply(ORDER[(ORDER.indexOf(stored()) + 1) % ORDER.length]!));
  }
}
