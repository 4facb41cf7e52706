/**
 * Math rendered at build time by KaTeX, so no script runs in the reader's browser. KaTeX escapes the
 * TeX it is given and, untrusted, refuses `\href` and its kin; TeX it cannot read is shown as written.
 */
import katex from 'katex';

/** An environment TeX typesets only apart from the words (`\begin{align*}`), which a question may quote in its line. */
const DISPLAY_ONLY = /^\s*\\begin\{(?:equation|align|gather|multline|alignat|flalign|eqnarray)\*?\}/;

/** KaTeX's HTML (and MathML, for screen readers) for `tex`; a display environment is typeset as display wherever it stands. */
export function texHtml(tex: string, display: boolean): string {
  return katex.renderToString(tex, {
    displayMode: display || DISPLAY_ONLY.test(tex),
    throwOnError: false,
    output: 'htmlAndMathml',
    trust: false,
    strict: 'ignore',
    // `\label{eq:1.2}` names an equation for LaTeX's cross-references and prints nothing; KaTeX has no such command.
    macros: { '\\label': '\\vphantom{#1}' },
  });
}
