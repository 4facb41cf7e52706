/** Reads a rendered answer body back, for the page that shows it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The HTML the pipeline wrote for `key` (`q3-000`, `000-preamble`) in `dir`. */
export function readAnswerHtml(dir: string, key: string): string {
  return readFileSync(join(dir, `${key}.html`), 'utf8');
}
