import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { RenderedAnswer } from './answer-html.ts';
import { readRenderCache, rendererFiles, rendererStamp, writeRenderCache } from './cache-file.ts';

const answer = { html: '<p>Old rendering.</p>' } as unknown as RenderedAnswer;

describe('the rendered-answers cache on disk', () => {
  test('is reused under the stamp that wrote it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'crossguide-cache-')), 'answers.json');
    writeRenderCache(file, 'stamp-a', new Map([['hash', answer]]));
    expect(readRenderCache(file, 'stamp-a')).toEqual(new Map([['hash', answer]]));
  });

  test('is not reused after the renderer or a locked package changed, nor when it does not read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crossguide-cache-'));
    const file = join(dir, 'answers.json');
    writeRenderCache(file, 'stamp-a', new Map([['hash', answer]]));
    expect(readRenderCache(file, 'stamp-b').size).toBe(0);
    // The format before stamps: a bare list of entries.
    writeFileSync(file, JSON.stringify([['hash', answer]]));
    expect(readRenderCache(file, 'stamp-a').size).toBe(0);
    writeFileSync(file, '{ half a file');
    expect(readRenderCache(file, 'stamp-a').size).toBe(0);
    expect(readRenderCache(join(dir, 'missing.json'), 'stamp-a').size).toBe(0);
  });

  test('is stamped with the rendering code, the highlighting setup and the lockfile', () => {
    const files = rendererFiles().map((file) => file.split(/[\\/]/).slice(-2).join('/'));
    expect(files).toEqual(expect.arrayContaining(['render/answer-html.ts', 'render/shiki-config.ts', 'integrations/highlight.ts']));
    expect(files.at(-1)).toMatch(/\/package-lock\.json$/);
    expect(files.some((file) => file.endsWith('.test.ts'))).toBe(false);
    const dir = mkdtempSync(join(tmpdir(), 'crossguide-stamp-'));
    const code = join(dir, 'renderer.ts');
    writeFileSync(code, 'export const a = 1;');
    const before = rendererStamp([code]);
    expect(rendererStamp([code])).toBe(before);
    writeFileSync(code, 'export const a = 2;');
    expect(rendererStamp([code])).not.toBe(before);
  });
});
