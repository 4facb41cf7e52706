/**
 * Astro wraps every MDX entry in a module that starts with the string
 * `"use astro:head-inject";`. Nothing reads it any more (head propagation is
 * keyed by the module's `?astroPropagatedAssets` flag), but the bundler takes
 * it for a module-level directive and warns once per MDX file
 * (withastro/astro#18087). This plugin drops that one statement from those
 * modules only, so every other bundler warning still shows.
 */
import type { Plugin } from 'vite';

const DIRECTIVE = /^\s*"use astro:head-inject";/;

export function dropHeadInjectDirective(): Plugin {
  return {
    name: 'crossguide:drop-head-inject-directive',
    // After Astro's own transform, which writes the wrapper.
    enforce: 'post',
    transform: {
      filter: { id: /[?&]astroPropagatedAssets(?:[&=]|$)/ },
      handler(code) {
        return DIRECTIVE.test(code) ? { code: code.replace(DIRECTIVE, ''), map: null } : undefined;
      },
    },
  };
}
