/**
 * Serves the built site as a static host would.
 * Usage: node e2e/serve.ts [--dir dist] [--port 4329] [--base /]
 */
import { parseArgs } from 'node:util';
import { startStaticServer } from './static-server.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4329' },
    base: { type: 'string', default: '/' },
  },
});
const server = await startStaticServer({ dir: values.dir, port: Number(values.port), base: values.base });
process.stdout.write(`serving ${values.dir} at ${server.url}\n`);
