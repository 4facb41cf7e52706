import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defineCollection } from 'astro:content';
import { file as fileLoader, glob as globLoader, type Loader } from 'astro/loaders';
import { whenReady } from './lib/build/build-signals.ts';
import { contentRoot, insideContent } from './lib/read/contained.ts';
import { glossaryPageEntrySchema, noteSchema, questionPageSchema, siteSchema, sourcePageSchema } from './lib/model/model.ts';

/** A loader of generated entries that starts once the crossguide integration has written them. */
const generatedBy = (loader: Loader): Loader => ({
  ...loader,
  load: async (context) => {
    await whenReady('generated');
    return loader.load(context);
  },
});
const glob = (options: Parameters<typeof globLoader>[0]) => generatedBy(globLoader(options));
const file = (path: string) => generatedBy(fileLoader(path));

/** Where the crossguide integration writes its pages; tests point it elsewhere. */
const generated = process.env.CROSSGUIDE_GENERATED ?? './.generated';
/** The content folder, as the crossguide integration reads it. */
const content = process.env.CROSSGUIDE_CONTENT ?? './content';

/**
 * One generated page entry per question, written by the crossguide integration:
 * data only, whose answers name their HTML, rendered once for every page (`lib/render/`).
 */
/** By path: `03-range-vs-constant`, in a book `07-ensembles/03-voting` (glob() would key entries by their `slug` alone). */
const byPath = { generateId: ({ entry }: { entry: string }) => entry.replace(/\.(?:json|mdx)$/, '') };
const questions = defineCollection({
  loader: glob({ pattern: '**/*.json', base: `${generated}/questions`, ...byPath }),
  schema: questionPageSchema,
});

/** The MDX page of each question the maintainer has not written a page for, by the question's slug. */
const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${generated}/pages`, ...byPath }),
});

/**
 * The maintainer's own question pages, `content/questions/<NN>.mdx` (a book's `content/chapters/<chapter>/questions/<NN>.mdx`,
 * by `<chapter>/questions/<NN>`), by file name: only those the pipeline
 * read and checked (`read/question-pages.ts`) and that replace a question's page, which it lists in
 * `question-pages.json`; a link leading outside content/ is never among them.
 */
const questionPages = defineCollection({
  loader: {
    name: 'question-pages',
    load: async (context) => {
      await whenReady('generated');
      const listed = `${generated}/question-pages.json`;
      const names = existsSync(listed) ? (JSON.parse(readFileSync(listed, 'utf8')) as string[]) : [];
      if (names.length === 0) return context.store.clear();
      // A book's are its chapters' (`07-ensembles/questions/03`, under content/chapters/).
      const base = existsSync(`${content}/chapters`) ? `${content}/chapters` : `${content}/questions`;
      return globLoader({ pattern: names.map((name) => `${name}.mdx`), base, ...byPath }).load(context);
    },
  },
});

/** One generated page entry per source, in the source's own order. */
const sources = defineCollection({
  loader: glob({ pattern: '**/*.json', base: `${generated}/sources`, ...byPath }),
  schema: sourcePageSchema,
});

/** Site-wide text: the guide's title and its sources. */
const guide = defineCollection({
  loader: file(`${generated}/guide.json`),
  schema: siteSchema,
});

/** Every concept with its definition and uses, for the glossary page. */
const glossary = defineCollection({
  loader: file(`${generated}/glossary.json`),
  schema: glossaryPageEntrySchema,
});

/**
 * Editor notes, `content/notes/<NN>.mdx` (a book's: `content/chapters/<chapter>/notes/<NN>.mdx`, by id
 * `<chapter>/<NN>`), rendered as written: those inside content/, as the pipeline reads them (`read/notes.ts`);
 * a note that is a link leading outside it is never read. The folders are optional, and glob() warns about
 * a missing one, so a guide without notes gets an empty collection instead.
 */
const chaptersDir = `${content}/chapters`;
const noteFolders = () =>
  existsSync(chaptersDir)
    ? readdirSync(chaptersDir).map((chapter) => ({ dir: join(chaptersDir, chapter, 'notes'), prefix: `${chapter}/` }))
    : [{ dir: `${content}/notes`, prefix: '' }];
const notes = defineCollection({
  loader: {
    name: 'notes',
    load: async (context) => {
      const inside = existsSync(content) ? contentRoot(content) : undefined;
      const found = noteFolders().flatMap(({ dir, prefix }) =>
        inside && existsSync(dir) && insideContent(dir, inside)
          ? readdirSync(dir)
              .filter((name) => /\.mdx?$/.test(name) && insideContent(join(dir, name), inside))
              .map((name) => ({ dir, prefix, name }))
          : [],
      );
      if (found.length === 0) return context.store.clear();
      if (!existsSync(chaptersDir)) return globLoader({ pattern: found.map((note) => note.name), base: found[0]!.dir }).load(context);
      // A book's notes, by chapter: `07-ensembles/03`.
      return globLoader({
        pattern: found.map((note) => relative(chaptersDir, join(note.dir, note.name))),
        base: chaptersDir,
        generateId: ({ entry }) => entry.replace(/\/notes\//, '/').replace(/\.mdx?$/, ''),
      }).load(context);
    },
  },
  schema: noteSchema,
});

export const collections = { questions, pages, questionPages, sources, guide, glossary, notes };
