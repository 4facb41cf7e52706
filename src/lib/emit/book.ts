/** A book's generated files: each chapter's pages in folders of its own, and the book's home (`build/book.ts`). */
import type { Book, ChapterLink, GlossaryPageEntry, Guide, GuideConfig, Site, UnreadFile } from '../model/model.ts';
import type { RenderedAnswers } from '../render/guide.ts';
import { emitGuide, glossaryEntries, siteEntry, type EmittedFile } from './pages.ts';

/** A chapter of a book, as the pipeline made it. */
export type BookGuides = Array<{
  chapter: { slug: string; number: number };
  guide: Guide;
  rendered: RenderedAnswers;
  /** The member each source of the chapter is (`alice-2`, a member's second file, is `alice`'s). */
  members: Record<string, string>;
}>;

/** The files a one-chapter guide writes at the top that a book writes once, for all its chapters. */
const BOOK_WIDE = new Set(['guide.json', 'glossary.json', 'question-pages.json']);

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Every generated file of a book: each chapter's question and source entries and answers under its slug,
 * one `guide.json` with the book's entry (`guide`) and each chapter's (by slug), and one glossary.
 */
export function emitBook(config: GuideConfig | undefined, guides: BookGuides, unsorted: readonly UnreadFile[]): EmittedFile[] {
  const links: ChapterLink[] = guides.map(({ chapter, guide }) => ({ slug: chapter.slug, number: chapter.number, title: guide.title }));
  const title = config?.title ?? 'Study guide';
  const sites: Record<string, Site & { id: string }> = { guide: bookSite(config, guides, links, unsorted) };
  const glossary: Record<string, GlossaryPageEntry> = {};
  const files: EmittedFile[] = [];
  for (const [i, { chapter, guide, rendered }] of guides.entries()) {
    const { prev, next } = { prev: links[i - 1], next: links[i + 1] };
    sites[chapter.slug] = {
      ...siteEntry(guide, chapter.slug),
      inBook: { title, chapter: links[i]!, ...(prev ? { prev } : {}), ...(next ? { next } : {}) },
    };
    for (const entry of glossaryEntries(guide)) glossary[`${chapter.slug}/${entry.id}`] = { chapter: chapter.slug, ...entry };
    files.push(...emitGuide(guide, rendered, chapter.slug).filter((file) => !BOOK_WIDE.has(file.path)));
  }
  return [
    { path: 'guide.json', contents: json(sites) },
    { path: 'glossary.json', contents: json(glossary) },
    // The maintainer's pages Astro compiles, by their path under content/chapters/ (`content.config.ts`).
    {
      path: 'question-pages.json',
      contents: json(
        guides.flatMap(({ chapter, guide }) =>
          guide.questions.flatMap((q) => (q.page ? [`${chapter.slug}/questions/${q.page.name}`] : [])),
        ),
      ),
    },
    ...files,
  ];
}

/** The book's home entry: its chapters × members, and the files no chapter claims. */
function bookSite(
  config: GuideConfig | undefined,
  guides: BookGuides,
  links: readonly ChapterLink[],
  unsorted: readonly UnreadFile[],
): Site & { id: string } {
  const members = new Map<string, Book['members'][number]>();
  const chapters = guides.map(({ guide, members: memberOf }, i): Book['chapters'][number] => {
    const cells: Book['chapters'][number]['members'] = {};
    for (const source of guide.sources) {
      const member = memberOf[source.id] ?? source.id;
      if (!members.has(member)) members.set(member, { id: member, label: source.label, ...(source.link ? { link: source.link } : {}) });
      const answered = guide.questions.filter((question) => question.answers[source.id]);
      const cell = cells[member] ?? { source: source.id, answered: 0, skipped: 0, disputed: 0 };
      cell.answered += source.unsplit ? 0 : answered.length;
      cell.skipped = guide.questions.length - cell.answered;
      cell.disputed += answered.filter(
        (question) => question.comparison.verdicts?.disputed || question.comparison.choices?.disputed,
      ).length;
      if (source.unsplit) cell.unsplit = true;
      cells[member] = cell;
    }
    return { ...links[i]!, questions: guide.questions.length, members: cells };
  });
  const lang = config?.lang ?? guides[0]?.guide.lang ?? 'en';
  return {
    id: 'guide',
    title: config?.title ?? 'Study guide',
    ...(config?.description ? { description: config.description } : {}),
    lang,
    sources: [...members.values()].map(({ id, label }) => ({ id, label })),
    unread: guides.flatMap(({ guide }) => guide.unread),
    languages: [...new Set(guides.flatMap(({ guide }) => guide.sources.map((source) => source.lang)).filter((l) => l !== lang))].sort(),
    questions: chapters.reduce((sum, chapter) => sum + chapter.questions, 0),
    book: { chapters, members: [...members.values()].sort((a, b) => a.label.localeCompare(b.label)), unsorted: [...unsorted] },
  };
}
