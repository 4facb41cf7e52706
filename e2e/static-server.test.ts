import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { startStaticServer } from './static-server.ts';

test('a malformed escape in a path gets a 400, and the server keeps serving', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'static-server-'));
  writeFileSync(join(dir, 'index.html'), '<p>home</p>');
  const server = await startStaticServer({ dir, port: 4390 });
  try {
    expect((await fetch('http://127.0.0.1:4390/%E0%A4%A')).status).toBe(400);
    expect(await (await fetch('http://127.0.0.1:4390/')).text()).toContain('home');
  } finally {
    await server.close();
  }
});
