/** Building and serving a guide from a content folder of a test's own. */
import { astroBuild, projectRoot } from './astro-build.ts';
import { startStaticServer } from './static-server.ts';

export const root = projectRoot;
export const build = astroBuild;

/** Serves a built site at the root of a free port of 127.0.0.1; `url` has no trailing slash. */
export async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await startStaticServer({ dir, port: 0 });
  return { url: server.url.replace(/\/$/, ''), close: () => server.close() };
}
