/** Shapes every area shares: positions in a source file, mdast trees, source ids, language tags. */
import { z } from 'astro/zod';
import type { Root } from 'mdast';
import { canonicalLanguage } from './language-tag.ts';

const point = z.object({ line: z.number().int().min(1), column: z.number().int().min(1) });

/** A line range in a source file, 1-based and inclusive. */
export const positionSchema = z.object({ start: point, end: point });
export type Position = z.infer<typeof positionSchema>;

/** An mdast tree; its shape is guaranteed by the parsers, not re-validated. */
export const mdastRoot = z.custom<Root>(
  (value) => typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'root',
  {
    message: 'expected an mdast root node',
  },
);

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
