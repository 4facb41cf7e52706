/** A Jupyter notebook (nbformat 4), as far as Crossguide reads it. */
import { z } from 'astro/zod';

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
