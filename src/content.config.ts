import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { questionPageSchema, siteSchema, sourcePageSchema } from './lib/model.ts';

/** Where the crossguide integration writes its MDX; tests point it elsewhere. */
const generated = process.env.CROSSGUIDE_GENERATED ?? './.generated';

/** One generated MDX page per question, written by the crossguide integration. */
const questions = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${generated}/questions` }),
  schema: questionPageSchema,
});

/** One generated MDX page per source, in the source's own order. */
const sources = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${generated}/sources` }),
  schema: sourcePageSchema,
});

/** Site-wide text: the guide's title and its sources. */
const guide = defineCollection({
  loader: file(`${generated}/guide.json`),
  schema: siteSchema,
});

export const collections = { questions, sources, guide };
