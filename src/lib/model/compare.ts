/** What a question's comparison shows: concept rows, verdicts and choices, consensus and closeness. */
import { z } from 'astro/zod';
import { verdictValueSchema } from './config.ts';

/** Where a source names a concept: the words it used. */
export const mentionSchema = z.object({
  /** The phrase as the source wrote it. @example "QueueRunners" */
  phrase: z.string(),
  /** How many times the answer names the concept. */
  count: z.number().int().min(1),
  /** True when the source names the concept only inside code blocks. */
  inCode: z.boolean().optional(),
});
export type Mention = z.infer<typeof mentionSchema>;

/** One row of a comparison table. */
export const conceptRowSchema = z.object({
  /** Stable id, also the glossary page anchor. @example "sparse-tensor" */
  id: z.string(),
  label: z.string(),
  /** True when the label is an identifier, shown as code. */
  code: z.boolean(),
  /** True when the concept comes from the glossary rather than extraction. */
  defined: z.boolean(),
  /** Mentions keyed by source id; absent sources do not name it. */
  sources: z.record(z.string(), mentionSchema),
});
export type ConceptRow = z.infer<typeof conceptRowSchema>;

export const sourceVerdictSchema = z.object({
  verdict: z.union([verdictValueSchema, z.literal('unclear')]),
  /** The sentence the verdict was read from, or `editor` when a note set it. */
  evidence: z.string(),
  byEditor: z.boolean(),
  /** With a reference source: whether this verdict is the reference's own (absent on the reference itself). */
  agreesWithReference: z.boolean().optional(),
});
export type SourceVerdict = z.infer<typeof sourceVerdictSchema>;

/** Everything a question's comparison shows. */
export const comparisonSchema = z.object({
  rows: z.array(conceptRowSchema),
  /** Stated by more than half of the answering sources, or by all. */
  consensus: z.object({
    all: z.array(z.string()),
    majority: z.array(z.string()),
    /** Concepts only one source names, keyed by source id. */
    single: z.record(z.string(), z.array(z.string())),
    answering: z.number().int(),
  }),
  verdicts: z
    .object({
      bySource: z.record(z.string(), sourceVerdictSchema),
      disputed: z.boolean(),
      /** The reference source's id, when one answers the question. */
      reference: z.string().optional(),
      /** The editor's verdict from `content/notes/`. */
      correct: verdictValueSchema.optional(),
    })
    .optional(),
  /** For a question that asks to choose (`increase or decrease`): its options, each source's choice with the sentence it rests on, and whether they differ. */
  choices: z
    .object({
      options: z.tuple([z.string(), z.string()]),
      bySource: z.record(z.string(), z.object({ choice: z.string(), evidence: z.string() })),
      disputed: z.boolean(),
    })
    .optional(),
  /** Per source: which of the reference key's concepts it names, which it misses, and which are its own. */
  coverage: z
    .object({
      reference: z.string(),
      bySource: z.record(
        z.string(),
        z.object({
          named: z.number().int(),
          total: z.number().int(),
          missing: z.array(z.string()),
          /** Concept ids the source names that the reference does not. */
          own: z.array(z.string()),
        }),
      ),
    })
    .optional(),
  /** How alike the answers are, by their stemmed words; present when two or more sources answer. */
  closeness: z
    .object({
      /** Cosine similarity of every pair of answers, 0 to 1, in source order. */
      pairs: z.array(z.object({ a: z.string(), b: z.string(), score: z.number().min(0).max(1) })),
      /** Near-copies: answers at least 0.9 alike, grouped, each group in source order. */
      copies: z.array(z.array(z.string())),
      /** With a reference: per other source, its stemmed words and how many of them the reference's answer has too. */
      follows: z.record(z.string(), z.object({ words: z.number().int(), shared: z.number().int() })).optional(),
    })
    .optional(),
});
export type Comparison = z.infer<typeof comparisonSchema>;
