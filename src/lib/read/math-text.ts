/**
 * TeX as a line of plain text, for the places a reader sees a title as text (the nav, the tab, link
 * previews): `\Theta(n \lg n)` reads `Θ(n lg n)`, `2^{n+1}` reads `2ⁿ⁺¹`. KaTeX parses the TeX and
 * writes MathML; its tokens are read in order, scripts raised or lowered where Unicode has the letters.
 */
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import katex from 'katex';

const SUPERSCRIPT: Record<string, string> = Object.fromEntries(
  [...'0123456789+-=()abcdefghijklmnoprstuvwxyz'].map((c, i) => [c, [...'⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ'][i]!]),
);
const SUBSCRIPT: Record<string, string> = Object.fromEntries(
  [...'0123456789+-=()aehijklmnoprstuvx'].map((c, i) => [c, [...'₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ'][i]!]),
);

/** `text` in raised or lowered letters, or with `^`/`_` and parentheses where Unicode lacks one. */
function script(text: string, letters: Record<string, string>, mark: string): string {
  const compact = text.replace(/\s+/g, '');
  if ([...compact].every((c) => letters[c])) return [...compact].map((c) => letters[c]).join('');
  return compact.length === 1 ? `${mark}${compact}` : `${mark}(${compact})`;
}

function textOf(nodes: readonly ElementContent[]): string {
  return nodes.map(nodeText).join('');
}

function nodeText(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  const children = node.children.filter((child): child is Element => child.type === 'element');
  switch (node.tagName) {
    case 'annotation':
      return '';
    case 'msup':
      return nodeText(children[0]!).trimEnd() + script(nodeText(children[1]!), SUPERSCRIPT, '^');
    case 'msub':
      return nodeText(children[0]!).trimEnd() + script(nodeText(children[1]!), SUBSCRIPT, '_');
    case 'msubsup':
      return (
        nodeText(children[0]!).trimEnd() + script(nodeText(children[1]!), SUBSCRIPT, '_') + script(nodeText(children[2]!), SUPERSCRIPT, '^')
      );
    case 'mfrac':
      return `${nodeText(children[0]!)}/${nodeText(children[1]!)}`;
    case 'msqrt':
      return `√(${textOf(node.children)})`;
    case 'mover':
    case 'munder':
      // An accent over a letter (`\hat\phi`): the letter.
      return nodeText(children[0]!);
    case 'mi': {
      const name = toString(node);
      // An operator's name (`\lg`, `\log`, `\max`) stands apart from its argument.
      return name.length > 1 ? ` ${name} ` : name;
    }
    case 'mo': {
      const operator = toString(node).replace(/\u2061/g, '');
      if (operator === ',') return ', ';
      return /^[=<>≤≥≠≈∈∉⊂⊆∪∩→←↔⇒⇔∼≡±×·]$/.test(operator) ? ` ${operator} ` : operator;
    }
    case 'mspace':
      return ' ';
    default:
      return textOf(node.children);
  }
}

/** TeX as plain text, or the TeX as written where KaTeX cannot read it. */
export function mathText(tex: string): string {
  // `\*` and `\_` keep a Markdown renderer without math from reading emphasis; TeX wants them bare.
  const markup = mathml(tex) ?? mathml(tex.replace(/\\([*_])/g, '$1'));
  if (markup === undefined) return tex;
  return textOf(fromHtml(markup, { fragment: true }).children as ElementContent[])
    .replace(/\s+/g, ' ')
    .replace(/\( /g, '(')
    .replace(/ \)/g, ')')
    .trim();
}

/** At most this many macros a source defines itself (`\\vecsp`) are left out of one title. */
const OWN_MACROS = 4;

/** KaTeX's MathML of `tex`; a macro KaTeX does not know, which the source defined for itself, is read as its argument, or as its name where it takes none. */
function mathml(tex: string): string | undefined {
  const macros: Record<string, string> = {};
  for (let tries = 0; tries <= OWN_MACROS; tries++) {
    try {
      return katex.renderToString(tex, { output: 'mathml', throwOnError: true, strict: 'ignore', macros });
    } catch (error) {
      const unknown = /Undefined control sequence: (\\[A-Za-z]+)/.exec(error instanceof Error ? error.message : '')?.[1];
      if (!unknown || unknown in macros) return undefined;
      // Before an argument (`\\vecsp R3`) it is a style, and the argument says it; alone (`\\ma, \\mb`) it names something.
      const argument = new RegExp(`\\${unknown}(?![A-Za-z])\\s*[{A-Za-z0-9]`).test(tex);
      macros[unknown] = argument ? '' : `\\mathrm{${unknown.slice(1)}}`;
    }
  }
  return undefined;
}
