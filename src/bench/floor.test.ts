import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { floorBuild, floorSources, parseFloor, prepareFloorSite } from './floor.ts';

const root = join(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'crossguide-floor-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function write(path: string, text: string): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

describe('the floor', () => {
  test('parses the Markdown and text sources, in a folder source too, and leaves other formats out', () => {
    const sources = join(scratch, 'sources');
    write(join(sources, 'b.txt'), '1. One\n');
    write(join(sources, 'a.md'), '# 1\n\nOne\n');
    write(join(sources, 'nb.ipynb'), '{}');
    write(join(sources, 'folder', '01.md'), 'One\n');
    const files = floorSources(sources);
    expect(files.map((file) => file.slice(sources.length + 1))).toEqual(['a.md', 'b.txt', 'folder/01.md']);
    expect(parseFloor(files)).toBeGreaterThan(0);
    expect(parseFloor([])).toBe(0);
  });

  test("a bare Astro project builds the site's pages as they are, and Pagefind indexes its question pages", async () => {
    const site = join(scratch, 'site');
    const question = '<!DOCTYPE html><html lang="en"><head><title>Q1</title></head><body><main data-pagefind-body><h1>Ragged tensors</h1></main></body></html>';
    write(join(site, 'index.html'), '<!DOCTYPE html><html lang="en"><head><title>Guide</title></head><body><p>Home</p></body></html>');
    write(join(site, 'questions', '01-ragged', 'index.html'), question);
    write(join(site, '404.html'), '<!DOCTYPE html><html lang="en"><head><title>Lost</title></head><body><p>Not here</p></body></html>');
    const project = join(scratch, 'floor');
    prepareFloorSite(project, root);
    const run = await floorBuild(project, site);
    expect(run.pages).toBe(3);
    expect(run.totalMs).toBeGreaterThan(0);
    expect(readFileSync(join(project, 'dist', 'questions', '01-ragged', 'index.html'), 'utf8')).toContain('<h1>Ragged tensors</h1>');
    const entry = JSON.parse(readFileSync(join(project, 'dist', 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages['en']?.page_count).toBe(1);
  }, 60_000);
});
