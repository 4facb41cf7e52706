/** What the parsers make of a source file: its answers, and how it was read. */
import { z } from 'astro/zod';
import { mdastRoot, positionSchema } from './common.ts';
import { layoutNameSchema } from './config.ts';

/**
 * The formats a source can be written in: each layout of `parse/layouts.ts`, in detection order, a folder of files,
 * and `unsplit`, a source published whole because no layout could split it into answers.
 */
export const formatSchema = z.enum([...layoutNameSchema.options, 'folder', 'unsplit']);
export type Format = z.infer<typeof formatSchema>;

/** One answer as parsed from one source. */
export const answerSchema = z.object({
  /** The exercise's number within its chapter: `4` of `Exercise 3.4`, `12` of `12.`. */
  number: z.number().int().min(0),
  /** The chapter the source prints before the number, `3` of `Exercise 3.4`; see `question-id.ts`. */
  chapter: z.number().int().min(0).optional(),
  /** The source numbers exercises within sections (`2.1-3`); `number` is then the section's × 100 plus the exercise's. */
  sectioned: z.literal(true).optional(),
  /** The source joins a section to the exercise with a dot (`1.1.4`), as Sedgewick's *Algorithms* prints its ids, not a hyphen (`2.1-3`). */
  sectionDots: z.literal(true).optional(),
  /** The source joins the chapter to the number with a hyphen (`3-4`), as *Python Crash Course* prints its ids; or a series' letter to its chapter (`R-1.1`). */
  hyphenated: z.literal(true).optional(),
  /** The chapter (and how it is joined) is read from the file's name (`3-4.py`) or a section's heading above (`## 2.2`), not from an id the text prints. */
  named: z.literal(true).optional(),
  /** The question as this source words it, inline Markdown. */
  prompt: z.string().optional(),
  /** The short title this source gives the question. */
  title: z.string().optional(),
  body: mdastRoot,
  position: positionSchema,
  /** The file the answer was read from, when a source is a folder with one file per question. */
  file: z.string().optional(),
  /** The id the source wrote, where the answer was placed under another question by its wording or its content. */
  written: z.string().optional(),
  /** The answer holds nothing but an answer label (`Answer:`): shown as written, counted as empty. */
  empty: z.literal(true).optional(),
});
export type Answer = z.infer<typeof answerSchema>;

/** A parsed source file. */
export const answerSetSchema = z.object({
  format: formatSchema,
  /** Why the detector chose the format, for `ingest --check`. */
  reason: z.string(),
  answers: z.array(answerSchema),
  /** Text before the first question, kept so nothing is lost. */
  preamble: mdastRoot.optional(),
  /** Text after the answers that is not part of the last one, such as a notebook's material after its exercises. */
  appendix: mdastRoot.optional(),
});
export type AnswerSet = z.infer<typeof answerSetSchema>;
