/** Where study progress lives: the reader's own browser. */
import type { StudyState } from '../lib/site/study';

export const STUDY_KEY = 'crossguide-study';

/** A book keeps each chapter's progress apart: its pages name their chapter on `<html data-chapter>`. */
const key = () => {
  const chapter = document.documentElement.dataset.chapter;
  return chapter ? `${STUDY_KEY}:${chapter}` : STUDY_KEY;
};

export function load(): unknown {
  try {
    return JSON.parse(localStorage.getItem(key()) ?? 'null');
  } catch {
    return null;
  }
}

export function save(state: StudyState): void {
  try {
    localStorage.setItem(key(), JSON.stringify(state));
  } catch {
    // Storage may be full or refused; study mode still works for this visit.
  }
}
