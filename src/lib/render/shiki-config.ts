/** Shiki settings shared by the site (`astro.config.mjs`) and `npm run ingest`, so both highlight code the same way. */
import type { ShikiTransformer } from 'shiki';

/**
 * Shiki stops tokenising a line after 500 ms of wall-clock time, so a loaded
 * machine would highlight the same code differently from build to build; never stop.
 */
const tokenizeFully: ShikiTransformer = {
  name: 'crossguide:tokenize-fully',
  preprocess(code, options) {
    options.tokenizeTimeLimit = 0;
    return code;
  },
};

export const shikiConfig = {
  themes: { light: 'github-light', dark: 'github-dark' } as const,
  // Both themes as CSS variables; the styles pick one with light-dark().
  defaultColor: false as const,
  transformers: [tokenizeFully],
};
