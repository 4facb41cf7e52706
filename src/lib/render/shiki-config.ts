/** Shiki settings shared by the site (`astro.config.mjs`) and `npm run ingest`, so both highlight code the same way. */
import type { ElementContent } from 'hast';
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

/**
 * A token in the code block's own text colour needs no span: the line inherits that colour from
 * the block. Dropping those spans takes about a third of a highlighted block's markup away.
 */
const plainTokensAsText: ShikiTransformer = {
  name: 'crossguide:plain-tokens-as-text',
  code(code) {
    // The block's style holds the default colours first, then the backgrounds (`--shiki-light-bg`).
    const blockStyle = String(this.pre.properties.style ?? '');
    const plain = normaliseStyle(
      blockStyle
        .split(';')
        .filter((declaration) => !declaration.includes('-bg:'))
        .join(';'),
    );
    if (!plain) return;
    for (const line of this.lines) {
      const children: ElementContent[] = [];
      for (const child of line.children) {
        const bare =
          child.type === 'element' &&
          Object.keys(child.properties).length === 1 &&
          normaliseStyle(String(child.properties.style ?? '')) === plain;
        for (const node of bare ? child.children : [child]) {
          const previous = children.at(-1);
          if (node.type === 'text' && previous?.type === 'text') previous.value += node.value;
          else children.push(node);
        }
      }
      line.children = children;
    }
    return code;
  },
};

const normaliseStyle = (style: string) =>
  style
    .split(';')
    .map((declaration) => declaration.trim().toLowerCase())
    .filter(Boolean)
    .join(';');

export const shikiConfig = {
  themes: { light: 'github-light', dark: 'github-dark' } as const,
  // Both themes as CSS variables; the styles pick one with light-dark().
  defaultColor: false as const,
  transformers: [tokenizeFully, plainTokensAsText],
};
