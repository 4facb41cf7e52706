/** What a maintainer writes in `content/`: `sources.yaml`, `questions.yaml`, `glossary.yaml`, editor notes and `guide.yaml`. */
import { z } from 'astro/zod';
import { languageTagSchema, sourceIdSchema } from './common.ts';

/** The layouts a maintainer can name for a source in `sources.yaml` (`layout:`); kept in step with `parse/layouts.ts` by a test. */
export const layoutNameSchema = z.enum([
  'jupyter',
  'python-script',
  'notebook-text',
  'heading-markdown',
  'question-headings',
  'bold-questions',
  'bold-markdown',
  'questions-then-answers',
  'answers-only',
  'numbered-text',
  'question-text',
]);

/**
 * How to read one source, for a file Crossguide misreads: set in `sources.yaml`, so the
 * maintainer fixes the reading without editing the teammate's file.
 */
export const readSettingsSchema = z.object({
  /** Where the answers start: a line number, or the words of the heading or line above the first answer; what comes before is the source's introduction. @example "Exercises" */
  start: z.union([z.number().int().min(1), z.string().min(1)]).optional(),
  /** A later section numbered from 1 again continues the count: its 1, 2, … are the questions after the last one before it. */
  restart: z.boolean().optional(),
  /** The layout to read the file in, instead of the one detected. @example "heading-markdown" */
  layout: layoutNameSchema.optional(),
  /** Numbers in the file that are not questions (a numbered list inside an answer): read as part of the answer above them. @example [3, 4] */
  ignore: z.array(z.number().int().min(0)).optional(),
});
export type ReadSettings = z.infer<typeof readSettingsSchema>;

/** One entry of `content/sources.yaml`. */
export const sourceConfigSchema = z
  .object({
    /** Readable name shown in headings and table columns. @example "Plain-text notes" */
    label: z.string().min(1).optional(),
    /** Who wrote the answers. @example "Study group, table 2" */
    author: z.string().min(1).optional(),
    /** Where the answers come from, an http(s) address. @example "https://example.org/answers" */
    link: z.url({ protocol: /^https?$/, error: 'a link is an http(s) address, e.g. `https://example.org/answers`' }).optional(),
    /** Licence of the answers. @example "CC-BY-4.0" */
    license: z.string().min(1).optional(),
    /** Position among the sources; lower comes first, then by id, and sources without one come last. @example 1 */
    order: z.number().int().optional(),
    /** An official answer key that other sources are measured against. */
    reference: z.boolean().optional(),
    /** Language the answers are written in, a BCP 47 tag; detected from their text when left out. @example "zh" */
    lang: languageTagSchema.optional(),
    ...readSettingsSchema.shape,
  })
  .strict();
export type SourceConfig = z.infer<typeof sourceConfigSchema>;

/** `content/sources.yaml`: source id → settings. */
export const sourcesFileSchema = z.record(sourceIdSchema, sourceConfigSchema);

/** One entry of `content/questions.yaml`. */
export const questionConfigSchema = z
  .object({
    /** Short title shown in navigation. @example "tf.range vs tf.constant" */
    title: z.string().min(1).optional(),
    /** The full question, inline Markdown. @example "Do you get the same result with `tf.range(10)`?" */
    prompt: z.string().min(1).optional(),
    /** URL slug after the number prefix. @example "data-structures" */
    slug: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is lowercase words joined by hyphens, e.g. `data-structures`')
      .optional(),
  })
  .strict();
export type QuestionConfig = z.infer<typeof questionConfigSchema>;

/** `content/questions.yaml`: question number → overrides. */
export const questionsFileSchema = z.record(
  z.string().regex(/^(?:\d{1,2}[.-])?(?:\d{1,2}-)?\d+$/, 'keys are question ids as the book prints them, e.g. `4`, `3.4` or `2.1-3`'),
  questionConfigSchema,
);

/** One concept of `content/glossary.yaml`. */
export const glossaryEntrySchema = z
  .object({
    /** Canonical name, shown as the row label. @example "sparse tensor" */
    term: z.string().min(1),
    /** Other ways answers name it. @example ["SparseTensor", "tf.SparseTensor"] */
    aliases: z.array(z.string().min(1)).default([]),
    /** One line in the guide's own words. */
    definition: z.string().min(1),
    /** Official documentation. @example "https://www.tensorflow.org/api_docs/python/tf/sparse/SparseTensor" */
    link: z.url().optional(),
  })
  .strict();
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export const glossaryFileSchema = z.array(glossaryEntrySchema);

/** A yes/no verdict, or `nuanced` when an answer says "it depends". */
export const verdictValueSchema = z.enum(['yes', 'no', 'nuanced']);
export type VerdictValue = z.infer<typeof verdictValueSchema>;

/** Frontmatter of an editor note, `content/notes/<NN>.mdx`. */
export const noteSchema = z
  .object({
    /** The correct verdict for a yes/no question. @example "no" */
    verdict: verdictValueSchema.optional(),
    /** Verdicts that replace the heuristic reading of a source's answer. @example { "002": "nuanced" } */
    sources: z.record(z.string(), verdictValueSchema).optional(),
  })
  .strict();
export type Note = z.infer<typeof noteSchema>;

/** `content/guide.yaml`: what the guide is about. */
export const guideConfigSchema = z
  .object({
    /** The guide's title, usually the chapter's name. @example "Custom Models and Training with TensorFlow" */
    title: z.string().min(1),
    /** One or two sentences shown under the title and in link previews. */
    description: z.string().min(1).optional(),
    /** Language of the guide's own text, a BCP 47 tag; `en` when left out. @example "de" */
    lang: languageTagSchema.optional(),
    /**
     * The chapter the book prints before its exercise numbers, so question 4 is `3.4`; `false` for a book
     * that numbers them 1, 2, 3. Left out, it is the chapter most sources print. @example 3
     */
    chapter: z.union([z.number().int().min(0), z.literal(false)]).optional(),
  })
  .strict();
export type GuideConfig = z.infer<typeof guideConfigSchema>;
