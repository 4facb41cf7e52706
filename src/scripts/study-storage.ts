/** Where study progress lives: the reader's own browser. */
import type { StudyState } from '../lib/site/study';

export const STUDY_KEY = 'crossguide-study';

export function load(): unknown {
  try {
    return JSON.parse(localStorage.getItem(STUDY_KEY) ?? 'null');
  } catch {
    return null;
  }
}

export function save(state: StudyState): void {
  try {
    localStorage.setItem(STUDY_KEY, JSON.stringify(state));
  } catch {
    // Storage may be full or refused; study mode still works for this visit.
  }
}
