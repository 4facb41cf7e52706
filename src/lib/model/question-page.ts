/**
 * A question page's MDX: the components it is composed of, with the props
 * each takes, and what the pipeline learns of a maintainer's own page
 * (`content/questions/<NN>.mdx`). The generated pages, the check of a
 * maintainer's page and the components' `Props` all read these schemas.
 */
import { z } from 'astro/zod';

const none = z.object({}).strict();

/**
 * Every component a question page's MDX may use without importing it, with its props.
 * Each reads the page's question from the route, so only `Answer` needs a prop.
 */
export const pageComponentProps = {
  /** The question as the book (or most sources) words it. @example <Prompt /> */
  Prompt: none,
  /** The editor's note of `content/notes/<NN>.mdx`; nothing when the question has none. @example <EditorNote /> */
  EditorNote: none,
  /** "How the answers compare": verdicts, consensus, the concept table, coverage and closeness. @example <Comparison /> */
  Comparison: none,
  /** Each source's yes/no verdict, with a disputed mark when they differ. @example <Verdicts /> */
  Verdicts: none,
  /** Each source's choice on an either-or question. @example <Choices /> */
  Choices: none,
  /** What every source says, what one source alone says. @example <Consensus /> */
  Consensus: none,
  /** Which source names which concept. @example <ComparisonTable /> */
  ComparisonTable: none,
  /** How much of the answer key each answer covers. @example <Coverage /> */
  Coverage: none,
  /** How alike the answers are, and near-copies. @example <Closeness /> */
  Closeness: none,
  /**
   * The "Answers" heading, its list of answers and the compare form, then the answers inside it;
   * left empty, every answer the page does not show elsewhere, in the sources' order.
   * @example <Answers />
   */
  Answers: none,
  /** One source's answer, with its heading, anchor `#answer-<source>` and copy-link button. */
  Answer: z
    .object({
      /** The source's id, as its source page's URL and `sources.yaml` give it. @example "003" */
      source: z.string(),
    })
    .strict(),
} as const satisfies Record<string, z.ZodObject>;

export type PageComponentName = keyof typeof pageComponentProps;
export type PageComponentProps<Name extends PageComponentName> = z.infer<(typeof pageComponentProps)[Name]>;

/** Where in a maintainer's page a source's answer is placed. */
export const placedAnswerSchema = z.object({ source: z.string(), line: z.number().int(), column: z.number().int() });

/** A maintainer's page for one question, `content/questions/<NN>.mdx`, as read and checked by the pipeline. */
export const maintainerPageSchema = z.object({
  /** Path relative to the project root, as diagnostics print it. */
  file: z.string(),
  /** The file's name without `.mdx`, `03` or `3.4`: the question it is for, and its content entry's id. */
  name: z.string(),
  /** Each `<Answer source="…" />`, in the page's order. */
  placed: z.array(placedAnswerSchema),
  /** Line of the page's empty `<Answers />`, which shows every answer the page does not place itself. */
  rest: z.number().int().optional(),
});
export type MaintainerPage = z.infer<typeof maintainerPageSchema>;

/** A question whose page is the maintainer's own: which file, and the sources whose answers it shows, in its order. */
export const customPageSchema = z.object({
  /** The page's content entry id: its file name without `.mdx`. */
  name: z.string(),
  file: z.string(),
  shows: z.array(z.string()),
  /** The sources an empty `<Answers />` shows: those the page does not place itself. */
  rest: z.array(z.string()),
});
export type CustomPage = z.infer<typeof customPageSchema>;
