/**
 * Serves the built site on 127.0.0.1 as a static host would.
 * Usage: node e2e/serve.ts [--dir dist] [--port 4329] [--base /]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createStaticServer } from './static-server.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4329' },
    base: { type: 'string', default: '/' },
  },
});

createStaticServer(values.dir, values.base).listen(Number(values.port), '127.0.0.1', () => {
  process.stdout.write(`serving ${resolve(values.dir)} at http://127.0.0.1:${values.port}${values.base}\n`);
});
