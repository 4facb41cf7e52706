/** Run first by `npm test`: finds a Chromium, or gets one, or says in one line what to install. */
import { ensureChromium } from '../src/lib/testing/chromium.ts';

const result = ensureChromium();
if ('error' in result) {
  process.stderr.write(`${result.error}\n`);
  process.exit(1);
}
process.stdout.write(`Chromium: ${result.path}\n`);
