/** Serves a built site with the browser tests' static server, on 127.0.0.1 only. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface RunningServer {
  /** Origin without a trailing slash, e.g. `http://127.0.0.1:4330`. */
  origin: string;
  stop(): Promise<void>;
}

export async function serveSite({ root, dir, port }: { root: string; dir: string; port: number }): Promise<RunningServer> {
  const child = spawn(process.execPath, [join(root, 'e2e', 'serve.ts'), '--dir', dir, '--port', String(port)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error(`the static server did not start on port ${port}:\n${output}`)), 15_000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('serving ')) {
        clearTimeout(timeout);
        resolve();
      }
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => {
      clearTimeout(timeout);
      reject(new Error(`the static server exited with ${code}; is port ${port} in use? Set E2E_PORT to another port.\n${output}`));
    });
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
