import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file as fileLoader, glob as globLoader, type Loader } from 'astro/loaders';
import { whenReady } from './lib/build/build-signals.ts';
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
const questions = defineCollection({
  loader: glob({ pattern: '*.json', base: `${generated}/questions` }),
  schema: questionPageSchema,
});

/** The MDX page of each question the maintainer has not written a page for, by the question's slug. */
const byFileName = { generateId: ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '') };
const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${generated}/pages`, ...byFileName }),
});

/**
 * The maintainer's own question pages, `content/questions/<NN>.mdx`, by file name. They are read once the
 * pipeline has checked them (`read/question-pages.ts`), which stops the build on an error with its line.
 */
const questionPagesDir = `${content}/questions`;
const questionPages = defineCollection({
  loader: existsSync(questionPagesDir)
    ? glob({ pattern: '*.mdx', base: questionPagesDir, ...byFileName })
    : { name: 'no-question-pages', load: async ({ store }) => store.clear() },
});

/** One generated page entry per source, in the source's own order. */
const sources = defineCollection({
  loader: glob({ pattern: '*.json', base: `${generated}/sources` }),
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
 * Editor notes, `content/notes/<NN>.mdx`, rendered as written. The folder is
 * optional, and glob() warns about a missing one, so a guide without notes
 * gets an empty collection instead (a folder added during `astro dev` needs a restart).
 */
const notesDir = `${content}/notes`;
const notes = defineCollection({
  loader: existsSync(notesDir)
    ? globLoader({ pattern: '*.{md,mdx}', base: notesDir })
    : { name: 'no-notes', load: async ({ store }) => store.clear() },
  schema: noteSchema,
});

export const collections = { questions, pages, questionPages, sources, guide, glossary, notes };
