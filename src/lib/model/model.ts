/**
 * The data model of a guide. Every type here is inferred from a zod schema;
 * the Astro content collections reuse the frontmatter schemas.
 */
import { z } from 'astro/zod';
import type { PhrasingContent, Root } from 'mdast';
import { canonicalLanguage } from './language-tag.ts';

const point = z.object({ line: z.number().int().min(1), column: z.number().int().min(1) });

/** A line range in a source file, 1-based and inclusive. */
export const positionSchema = z.object({ start: point, end: point });
export type Position = z.infer<typeof positionSchema>;

/** An mdast tree; its shape is guaranteed by the parsers, not re-validated. */
const mdastRoot = z.custom<Root>((value) => typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'root', {
  message: 'expected an mdast root node',
});

/** Where a source id comes from: the file name's leading number, else its stem. */
export const sourceIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'a source id is lowercase letters, digits and hyphens, e.g. `000` or `alice`');

/** A BCP 47 language tag, checked and put in its canonical form (`pt-br` → `pt-BR`). */
export const languageTagSchema = z.string().transform((value, ctx) => {
  const result = canonicalLanguage(value);
  if ('tag' in result) return result.tag;
  ctx.addIssue({ code: 'custom', message: result.error });
  return z.NEVER;
});

/** The layouts a maintainer can name for a source in `sources.yaml` (`layout:`); kept in step with `parse/layouts.ts` by a test. */
export const layoutNameSchema = z.enum([
  'jupyter',
  'python-script',
  'notebook-text',
  'heading-markdown',
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
  /** The question as this source words it, inline Markdown. */
  prompt: z.string().optional(),
  /** The short title this source gives the question. */
  title: z.string().optional(),
  body: mdastRoot,
  position: positionSchema,
  /** The file the answer was read from, when a source is a folder with one file per question. */
  file: z.string().optional(),
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
  questions: z.array(questionSchema),
  /** The concepts of `content/glossary.yaml`; may be empty. */
  glossary: z.array(glossaryEntrySchema),
  /** Editor notes by question number. */
  notes: z.record(z.string(), noteSchema),
  /** Files that were not read, with why; listed on the overview. */
  unread: z.array(unreadFileSchema).default([]),
});
export type Guide = z.infer<typeof guideSchema>;

/** A source's entry in a question page's frontmatter. */
export const answerRefSchema = z.object({
  source: z.string(),
  label: z.string(),
  /** false when the source skips this question. */
  answered: z.boolean(),
  /** The source was not split into answers: its text is on its source page. */
  unsplit: z.literal(true).optional(),
  words: z.number().int().min(0),
  /** The answer's language, where it is not the guide's. */
  lang: z.string().optional(),
  /** The label's language, where the label is written in the source's language and that is not the guide's. */
  labelLang: z.string().optional(),
});
export type AnswerRef = z.infer<typeof answerRefSchema>;

/** Inline mdast without positions: a prompt or a source's own wording of it. */
const inlineSchema = z.array(z.custom<PhrasingContent>((value) => typeof value === 'object' && value !== null && 'type' in value));

/** One source's part of a question page: what `AnswerSection.astro` shows, and the key of its rendered body. */
export const answerSectionSchema = z.object({
  source: z.string(),
  label: z.string(),
  /** The label's language, where it is not the guide's. */
  labelLang: z.string().optional(),
  /** The question's number. */
  question: z.number().int(),
  /** The source does not answer this question. */
  skipped: z.literal(true).optional(),
  /** The source was not split into answers, so none of its text is placed under a question. */
  unsplit: z.literal(true).optional(),
  /** The short title this source gives the question. */
  title: z.string().optional(),
  titleLang: z.string().optional(),
  /** The answer's language, where it is not the guide's; its text is then searched in an index of that language. */
  lang: z.string().optional(),
  /** The guide's language, for the guide's own words inside a foreign-language answer. */
  guideLang: z.string().optional(),
  /** Where the answer starts in its file. */
  file: z.string().optional(),
  line: z.number().int().optional(),
  /** The file's name inside a folder source, e.g. `3.md`. */
  part: z.string().optional(),
  /** The source is an official answer key. */
  reference: z.literal(true).optional(),
  /** The source marks the question but writes no answer. */
  empty: z.literal(true).optional(),
  /** The source's own wording of the question, where it differs from the prompt. */
  prompt: inlineSchema.optional(),
  /** Key of the rendered answer body (`render/guide.ts`), e.g. `q3-000`. */
  body: z.string().optional(),
});
export type AnswerSectionData = z.infer<typeof answerSectionSchema>;

/** One answer on a source page, in the source's own order (`SourceAnswer.astro`). */
export const sourceAnswerSchema = z.object({
  number: z.number().int(),
  /** The id the book prints, `3.4`. */
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  titleLang: z.string().optional(),
  empty: z.literal(true).optional(),
  /** The source's own wording of the question. */
  prompt: inlineSchema.optional(),
  /** Key of the rendered answer body. */
  body: z.string(),
});
export type SourceAnswerData = z.infer<typeof sourceAnswerSchema>;

/** A generated question page. */
export const questionPageSchema = z.object({
  number: z.number().int().min(0),
  /** The id the book prints, `12` or `3.4`: what the page shows and its short link carries. */
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  /** Plain-text prompt, for lists. */
  prompt: z.string(),
  /** The prompt as inline mdast, rendered with its code spans and emphasis. */
  promptInline: inlineSchema,
  /** One line for link previews: the prompt, else the first sentence of the first answer. */
  description: z.string(),
  answers: z.array(answerRefSchema),
  comparison: comparisonSchema,
  /** An answer holds math, so the page links KaTeX's stylesheet. */
  math: z.literal(true).optional(),
  /** The question has an editor note, `content/notes/<NN>.mdx`; pages look the note up only then. */
  note: z.literal(true).optional(),
  prev: z.object({ slug: z.string(), title: z.string(), number: z.number(), id: z.string() }).optional(),
  next: z.object({ slug: z.string(), title: z.string(), number: z.number(), id: z.string() }).optional(),
  /** Every source's answer, in the sources' order. */
  sections: z.array(answerSectionSchema),
});
export type QuestionPage = z.infer<typeof questionPageSchema>;

/** A generated source page. */
export const sourcePageSchema = z.object({
  id: z.string(),
  label: z.string(),
  file: z.string(),
  format: formatSchema,
  order: z.number().int(),
  author: z.string().optional(),
  link: z.string().optional(),
  license: z.string().optional(),
  /** An official answer key. */
  reference: z.boolean().optional(),
  /** The answers' language, where it is not the guide's. */
  lang: z.string().optional(),
  labelLang: z.string().optional(),
  /** The guide's language, for the guide's own words inside a foreign-language source. */
  guideLang: z.string().optional(),
  answered: z.array(z.number().int()),
  /** Why the source was not split into answers, and what would fix it; its whole text is then the preamble. */
  unsplit: z.object({ file: z.string(), line: z.number().int(), message: z.string() }).optional(),
  /** Keys of the rendered text before the first question and after the last. */
  preamble: z.string().optional(),
  appendix: z.string().optional(),
  answers: z.array(sourceAnswerSchema),
  /** An answer holds math, so the page links KaTeX's stylesheet. */
  math: z.literal(true).optional(),
});
export type SourcePage = z.infer<typeof sourcePageSchema>;

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

/** The generated `guide.json` entry that pages read for site-wide text. */
export const siteSchema = z.object({
  ...guideConfigSchema.shape,
  lang: z.string(),
  sources: z.array(z.object({ id: z.string(), label: z.string(), labelLang: z.string().optional(), unsplit: z.literal(true).optional() })),
  /** Files under `content/sources/` that were not read, with why. */
  unread: z.array(unreadFileSchema),
  /** Languages of answers other than the guide's; each has its own search index. */
  languages: z.array(z.string()),
  questions: z.number().int(),
});
export type Site = z.infer<typeof siteSchema>;

/** One concept on the glossary page, with every answer that names it. */
export const glossaryPageEntrySchema = z.object({
  id: z.string(),
  term: z.string(),
  code: z.boolean(),
  definition: z.string().optional(),
  link: z.string().optional(),
  aliases: z.array(z.string()),
  uses: z.array(
    z.object({
      number: z.number().int(),
      id: z.string(),
      slug: z.string(),
      title: z.string(),
      sources: z.array(z.object({ id: z.string(), label: z.string(), phrase: z.string() })),
    }),
  ),
});
export type GlossaryPageEntry = z.infer<typeof glossaryPageEntrySchema>;

/** One output of a notebook code cell, as nbformat 4 stores it; only the text is shown. */
const multiline = z.union([z.string(), z.array(z.string())], { error: 'expected text: a string or a list of strings' });
export const notebookOutputSchema = z.looseObject({
  output_type: z.string(),
  /** `stream` outputs. */
  text: multiline.optional(),
  /** `execute_result` and `display_data` outputs, by MIME type. */
  data: z.record(z.string(), z.unknown()).optional(),
  execution_count: z.number().int().nullable().optional(),
  /** `error` outputs. */
  ename: z.string().optional(),
  evalue: z.string().optional(),
  traceback: z.array(z.string()).optional(),
});
export type NotebookOutput = z.infer<typeof notebookOutputSchema>;

export const notebookCellSchema = z.looseObject({
  cell_type: z.enum(['markdown', 'code', 'raw']),
  source: multiline,
  execution_count: z.number().int().nullable().optional(),
  outputs: z.array(notebookOutputSchema).optional(),
});
export type NotebookCell = z.infer<typeof notebookCellSchema>;

/** A Jupyter notebook (`.ipynb`, nbformat 4): only the parts Crossguide reads. */
export const notebookSchema = z.looseObject({
  nbformat: z
    .literal(4, { error: 'only nbformat 4 notebooks can be read; open and save it in a current Jupyter to upgrade it' })
    .optional(),
  metadata: z
    .looseObject({
      kernelspec: z.looseObject({ language: z.string().optional() }).optional(),
      language_info: z.looseObject({ name: z.string().optional() }).optional(),
    })
    .optional(),
  cells: z.array(notebookCellSchema),
});
export type Notebook = z.infer<typeof notebookSchema>;
