import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The browser tests read the built site; say so plainly when it is missing. */
export default function globalSetup() {
  if (!existsSync(join(import.meta.dirname, '..', 'dist', 'index.html'))) {
    throw new Error('dist/ has no built site: run `npm run build` first, then `npm test`.');
  }
}
