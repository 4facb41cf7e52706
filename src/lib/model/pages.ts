/** The generated page entries that Astro's content collections read: question, source, site and glossary pages. */
import { z } from 'astro/zod';
import type { PhrasingContent } from 'mdast';
import { formatSchema } from './answers.ts';
import { comparisonSchema } from './compare.ts';
import { guideConfigSchema } from './config.ts';
import { unreadFileSchema } from './guide.ts';

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
  /** The id the source wrote, where the answer was placed under this question by its wording or content. */
  written: z.string().optional(),
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
  /** The id this source wrote, where the answer was placed under another question by its wording or content. */
  written: z.string().optional(),
  /** The source's own wording of the question. */
  prompt: inlineSchema.optional(),
  /** Key of the rendered answer body. */
  body: z.string(),
  /** The question's page is a maintainer's that leaves this answer out. */
  leftOut: z.literal(true).optional(),
});
export type SourceAnswerData = z.infer<typeof sourceAnswerSchema>;

/** A generated question page. */
export const questionPageSchema = z.object({
  /** In a book, the chapter's slug (`07-ensembles`): the page is under `/07-ensembles/`. */
  chapter: z.string().optional(),
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
  /** The maintainer's page (`content/questions/<NN>.mdx`) that replaces the generated one: its content entry's id. */
  custom: z.string().optional(),
  /** The sources whose answers the page shows, in the page's order. */
  shows: z.array(z.string()),
  /** The sources an empty `<Answers />` shows: every one on a generated page, those it places nowhere else on a maintainer's. */
  rest: z.array(z.string()),
  /** Every source's answer, in the sources' order. */
  sections: z.array(answerSectionSchema),
});
export type QuestionPage = z.infer<typeof questionPageSchema>;

/** A generated source page. */
export const sourcePageSchema = z.object({
  /** In a book, the chapter's slug. */
  chapter: z.string().optional(),
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
  /** A book's chapter: where it sits in the book, and the chapters beside it. */
  inBook: z.lazy(() => inBookSchema).optional(),
  /** A book's home: its chapters and members. */
  book: z.lazy(() => bookSchema).optional(),
});
export type Site = z.infer<typeof siteSchema>;

/** A chapter as the book's pages link it. */
export const chapterLinkSchema = z.object({
  /** The chapter folder's name, its path segment: `07-ensembles`. */
  slug: z.string(),
  number: z.number().int(),
  title: z.string(),
});
export type ChapterLink = z.infer<typeof chapterLinkSchema>;

/** A chapter's place in its book. */
export const inBookSchema = z.object({
  /** The book's title, shown above the chapter's. */
  title: z.string(),
  chapter: chapterLinkSchema,
  prev: chapterLinkSchema.optional(),
  next: chapterLinkSchema.optional(),
});

/** One member's part of one chapter: a cell of the book's matrix. */
export const memberCellSchema = z.object({
  /** The member's source id in the chapter (`alice`, or `alice-2` for a second file). */
  source: z.string(),
  answered: z.number().int(),
  skipped: z.number().int(),
  /** Questions the member answers whose verdicts or choices are disputed. */
  disputed: z.number().int(),
  unsplit: z.literal(true).optional(),
});
export type MemberCell = z.infer<typeof memberCellSchema>;

/** The book's home: chapters × members. */
export const bookSchema = z.object({
  chapters: z.array(chapterLinkSchema.extend({ questions: z.number().int(), members: z.record(z.string(), memberCellSchema) })),
  members: z.array(z.object({ id: z.string(), label: z.string(), link: z.string().optional() })),
  /** Members' files that no chapter claims (read-mes, notes, files named for no chapter), with why. */
  unsorted: z.array(unreadFileSchema),
});
export type Book = z.infer<typeof bookSchema>;

/** One concept on the glossary page, with every answer that names it. */
export const glossaryPageEntrySchema = z.object({
  /** In a book, the chapter's slug. */
  chapter: z.string().optional(),
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
      /** The answers the question's page shows, where a maintainer's page may leave some out. */
      shows: z.array(z.string()).optional(),
      sources: z.array(z.object({ id: z.string(), label: z.string(), phrase: z.string() })),
    }),
  ),
});
export type GlossaryPageEntry = z.infer<typeof glossaryPageEntrySchema>;
