/**
 * Math rendered at build time by KaTeX, so no script runs in the reader's browser. KaTeX escapes the
 * TeX it is given and, untrusted, refuses `\href` and its kin; TeX it cannot read is shown as written.
 */
import katex from 'katex';

/** KaTeX's HTML (and MathML, for screen readers) for `tex`. */
export function texHtml(tex: string, display: boolean): string {
  return katex.renderToString(tex, { displayMode: display, throwOnError: false, output: 'htmlAndMathml', trust: false, strict: 'ignore' });
}
