/** Building and serving a guide from a content folder of a test's own. */
import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createStaticServer } from './static-server.ts';

export const root = join(import.meta.dirname, '..');

/** Runs `astro build` with its own content, generated and output folders. */
export function build(options: { content?: string; generated: string; outDir: string }) {
  const result = spawnSync('astro', ['build', '--outDir', options.outDir], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      CROSSGUIDE_GENERATED: options.generated,
      ...(options.content ? { CROSSGUIDE_CONTENT: options.content } : {}),
    },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Serves a built site on a free port of 127.0.0.1; returns its address and a way to stop it. */
export async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createStaticServer(dir);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
