/// <reference types="astro/client" />

// Lets plain `tsc` resolve `.astro` imports; `astro check` types them fully.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}

interface ImportMetaEnv {
  /** Folder of the rendered answer bodies, set by the crossguide integration. */
  readonly CROSSGUIDE_ANSWERS: string;
  /** Folder of link-preview images kept by content hash, set by the crossguide integration. */
  readonly CROSSGUIDE_PREVIEW_CACHE: string;
}

declare module 'wink-lemmatizer' {
  /** WordNet's base forms: `noun('indices')` is `index`; a word it does not know comes back as it is. */
  const lemmatizer: { noun(word: string): string; verb(word: string): string; adjective(word: string): string };
  export default lemmatizer;
}

declare namespace App {
  interface Locals {
    /** The question page being rendered, for the components its MDX is composed of (`components/page/`). */
    question?: import('./lib/model/model').QuestionPage;
  }
}
