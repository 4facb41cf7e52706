/**
 * Which link-preview cards the guide has, and how each is drawn to PNG: one
 * for the guide and one per question. The `og/` route serves them, and a build
 * draws them all at once beforehand (`drawPreviews`) from the same generated
 * entries, so the route, rendering one page at a time, finds each one drawn.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { cachedBytes } from '../read/file-cache.ts';
import { questionPageSchema, siteSchema } from '../model/model.ts';
import { previewSvg, type PreviewCard } from './preview-image.ts';

export interface NamedCard {
  /** The image's name: `og/<name>.png`. */
  name: string;
  card: PreviewCard;
}

/** What a card shows of the guide (`Site`) and of a question page (`QuestionPage`). */
interface CardSite {
  title: string;
  description?: string | undefined;
  sources: readonly { label: string }[];
  /** A book's chapter: its cards name the book. */
  inBook?: { title: string } | undefined;
}
interface CardPage {
  number: number;
  id: string;
  slug: string;
  title: string;
  description: string;
  answers: readonly { answered: boolean; label: string }[];
}

/** The guide's card, then each question's, in question order. */
export function previewCards(site: CardSite, pages: readonly CardPage[]): NamedCard[] {
  const questions = [...pages].sort((a, b) => a.number - b.number);
  const name = site.inBook?.title ?? site.title;
  const guide: PreviewCard = {
    site: name,
    eyebrow: 'Study guide',
    title: site.title,
    ...(site.description ? { text: site.description } : {}),
    footer: `${questions.length} questions · ${site.sources.map((source) => source.label).join(' · ')}`,
  };
  return [
    { name: 'guide', card: guide },
    ...questions.map((page) => {
      const answered = page.answers.filter((answer) => answer.answered);
      const card: PreviewCard = {
        site: name,
        eyebrow: `Question ${page.id} of ${questions.length}`,
        title: page.title,
        text: page.description,
        footer: `${answered.length} ${answered.length === 1 ? 'answer' : 'answers'} · ${answered.map((answer) => answer.label).join(' · ')}`,
      };
      return { name: page.slug, card };
    }),
  ];
}

/** The card as PNG bytes, drawn once per content (and sharp version) and kept in `cacheDir`. */
export function previewPng(card: PreviewCard, cacheDir: string): Promise<Uint8Array> {
  const svg = previewSvg(card);
  return cachedBytes(cacheDir, `${sharp.versions.sharp}\n${svg}`, () => sharp(Buffer.from(svg)).png().toBuffer());
}

/**
 * Draws every card of the guide generated in `generatedDir` into `cacheDir`, all at once: sharp draws on
 * threads of its own, beside whatever the build does meanwhile, where the route would draw one after another.
 */
export async function drawPreviews(generatedDir: string, cacheDir: string): Promise<number> {
  const cards = generatedCards(generatedDir);
  // As many at a time as there are cores: more only hold more images in memory at once.
  const queue = cards.values();
  const drawNext = async (): Promise<void> => {
    for (const { card } of queue) await previewPng(card, cacheDir);
  };
  await Promise.all(Array.from({ length: availableParallelism() }, drawNext));
  return cards.length;
}

/** A book's home card: its chapters and members. */
export function bookCard(site: CardSite & { book?: { chapters: readonly unknown[] } | undefined }): PreviewCard {
  const chapters = site.book?.chapters.length ?? 0;
  return {
    site: site.title,
    eyebrow: 'Study guide',
    title: site.title,
    ...(site.description ? { text: site.description } : {}),
    footer: `${chapters} ${chapters === 1 ? 'chapter' : 'chapters'} · ${site.sources.map((source) => source.label).join(' · ')}`,
  };
}

/** Every card of the generated guide, or of each chapter of a generated book and the book's home. */
function generatedCards(generatedDir: string): NamedCard[] {
  const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
  // Only what a card shows is checked: the content collections validate the whole entry.
  const cardSite = siteSchema.pick({ title: true, description: true, sources: true, inBook: true, book: true });
  const cardPage = questionPageSchema.pick({ number: true, id: true, slug: true, title: true, description: true, answers: true });
  const pagesIn = (folder: string) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .map((name) => cardPage.parse(read(join(folder, name))));
  const sites = read(join(generatedDir, 'guide.json'));
  if (Array.isArray(sites)) return previewCards(cardSite.parse(sites[0]), pagesIn(join(generatedDir, 'questions')));
  const book = Object.entries(sites as Record<string, unknown>).map(([id, site]) => [id, cardSite.parse(site)] as const);
  return book.flatMap(([id, site]) =>
    id === 'guide' ? [{ name: 'guide', card: bookCard(site) }] : previewCards(site, pagesIn(join(generatedDir, 'questions', id))),
  );
}
