/// <reference types="astro/client" />

// Lets plain `tsc` resolve `.astro` imports; `astro check` types them fully.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
