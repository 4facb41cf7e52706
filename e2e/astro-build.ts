/** Runs `astro build` with its own content, generated and output folders, as the tests need. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const projectRoot = join(import.meta.dirname, '..');

export interface BuildOptions {
  /** Content folder; the shipped `content/` when omitted. */
  content?: string;
  /** Folder for the generated MDX, so the build does not touch `.generated/`. */
  generated: string;
  outDir: string;
  /** Extra environment, e.g. `BASE_PATH` and `SITE_URL`. */
  env?: Record<string, string>;
}

export function astroBuild(options: BuildOptions): { status: number | null; output: string } {
  const result = spawnSync('astro', ['build', '--outDir', options.outDir], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      CROSSGUIDE_GENERATED: options.generated,
      ...(options.content ? { CROSSGUIDE_CONTENT: options.content } : {}),
      ...options.env,
    },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
