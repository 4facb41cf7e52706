/**
 * The data model of a guide. Every type here is inferred from a zod schema;
 * the Astro content collections reuse the frontmatter schemas.
 */
export * from './common.ts';
export * from './config.ts';
export * from './answers.ts';
export * from './compare.ts';
export * from './guide.ts';
export * from './pages.ts';
export * from './notebook.ts';
export * from './question-page.ts';
