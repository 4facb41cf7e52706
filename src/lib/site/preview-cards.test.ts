import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runPipeline } from '../build/pipeline.ts';
import { drawPreviews, previewCards } from './preview-cards.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'crossguide-previews-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('link-preview cards', () => {
  test('the guide has a card, then each question one in question order, naming who answered', () => {
    const answers = [
      { answered: true, label: 'Alice' },
      { answered: false, label: 'Bob' },
    ];
    const cards = previewCards({ title: 'Guide', sources: [{ label: 'Alice' }, { label: 'Bob' }] }, [
      { number: 2, id: '2', slug: '02-b', title: 'B', description: 'Second', answers },
      { number: 1, id: '1', slug: '01-a', title: 'A', description: 'First', answers },
    ]);
    expect(cards.map((c) => c.name)).toEqual(['guide', '01-a', '02-b']);
    expect(cards[0]!.card).toMatchObject({ eyebrow: 'Study guide', footer: '2 questions · Alice · Bob' });
    expect(cards[2]!.card).toMatchObject({ eyebrow: 'Question 2 of 2', title: 'B', text: 'Second', footer: '1 answer · Alice' });
  });

  test('a build draws every card of the generated guide into the cache, once', async () => {
    const generated = join(scratch, 'generated');
    const cache = join(scratch, 'cache');
    await runPipeline({ contentDir: join(root, 'content'), outDir: generated, root, skipVerify: true });
    expect(await drawPreviews(generated, cache)).toBe(12);
    const drawn = readdirSync(cache);
    expect(drawn).toHaveLength(12);
    // Drawn again from the same entries, every card is found in the cache.
    expect(await drawPreviews(generated, cache)).toBe(12);
    expect(readdirSync(cache).sort()).toEqual(drawn.sort());
  });
});
