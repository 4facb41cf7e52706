/** The assembled guide: its sources, the files it could not read, and its questions. */
import { z } from 'astro/zod';
import { answerSchema, answerSetSchema } from './answers.ts';
import { sourceIdSchema } from './common.ts';
import { comparisonSchema } from './compare.ts';
import { glossaryEntrySchema, noteSchema } from './config.ts';
import { customPageSchema } from './question-page.ts';

export const sourceSchema = z.object({
  id: sourceIdSchema,
  /** Path relative to the project root, as printed in diagnostics: a file, or a folder with one file per question. */
  file: z.string(),
  /** Every file the answers were read from; for a single-file source, just `file`. */
  files: z.array(z.string()),
  label: z.string(),
  author: z.string().optional(),
  link: z.string().optional(),
  license: z.string().optional(),
  reference: z.boolean(),
  /** Language of the answers: from `sources.yaml`, else detected from their text. */
  lang: z.string(),
  answerSet: answerSetSchema,
  /** Why the source could not be split into answers: it is then published whole on its source page. */
  unsplit: z.object({ file: z.string(), line: z.number().int(), ruleId: z.string(), message: z.string() }).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

/** A file under `content/sources/` that was not read as text (a Word document, an image, a file over the size limit). */
export const unreadFileSchema = z.object({
  file: z.string(),
  /** What the file is and what to do, one sentence. */
  reason: z.string(),
});
export type UnreadFile = z.infer<typeof unreadFileSchema>;

export const questionSchema = z.object({
  /** The exercise's number within the chapter: the key answers are grouped by. */
  number: z.number().int().min(0),
  /** The id the book prints, `12` or `3.4` (`question-id.ts`): what pages show and short links carry. */
  id: z.string(),
  /** `NN-slug`, the path segment of the question page. */
  slug: z.string(),
  title: z.string(),
  /** The canonical prompt, inline Markdown; empty when no source states it. */
  prompt: z.string(),
  /** Answers keyed by source id; a source that skips the question is absent. */
  answers: z.record(z.string(), answerSchema),
  comparison: comparisonSchema,
  /** The maintainer's own page replaces the generated one (`content/questions/<NN>.mdx`). */
  page: customPageSchema.optional(),
});
export type Question = z.infer<typeof questionSchema>;

export const guideSchema = z.object({
  title: z.string(),
  /** The guide's own language, `<html lang>`. */
  lang: z.string(),
  description: z.string().optional(),
  sources: z.array(sourceSchema),
  /** The chapter most sources print before exercise numbers (`3` of `Exercise 3.4`), which every question's id then carries. */
  chapter: z.number().int().min(0).optional(),
  /** Exercises are numbered within sections (`2.1-3`), as most sources that print a chapter print them. */
  sectioned: z.literal(true).optional(),
  /** Ids are printed `3-4`, as most sources that print a chapter join it with a hyphen. */
  hyphenated: z.literal(true).optional(),
  /** Most sources that number exercises within sections print them with dots (`1.1.4`), so the guide does. */
  sectionDots: z.literal(true).optional(),
  questions: z.array(questionSchema),
  /** The concepts of `content/glossary.yaml`; may be empty. */
  glossary: z.array(glossaryEntrySchema),
  /** Editor notes by question number. */
  notes: z.record(z.string(), noteSchema),
  /** Files that were not read, with why; listed on the overview. */
  unread: z.array(unreadFileSchema).default([]),
});
export type Guide = z.infer<typeof guideSchema>;
