/** The builds the browser tests read: `dist/` at the root, and a copy built under a base path. */
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/** The site `npm run build` writes, served at the root by the config's web server. */
export const rootSite = join(root, 'dist');

/** A build of the same content hosted under a sub-path, as on GitHub Pages. */
export const basePathSite = {
  /** Its site folder under `test-results/sites/`. */
  name: 'crossguide',
  base: '/crossguide/',
  /** Origin in canonical and preview URLs; the tests serve the build elsewhere. */
  siteUrl: 'https://guide.example.org',
  dir: join(root, 'test-results', 'sites', 'crossguide', 'dist'),
};

/** Options of the browser-test projects that serve a build themselves. */
export interface SiteOptions {
  /** A built site the project serves; unset for `dist/`, which the config's web server serves. */
  siteDir: string | undefined;
  /** Base path `siteDir` was built for. */
  siteBase: string;
}
