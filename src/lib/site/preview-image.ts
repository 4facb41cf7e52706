/**
 * The link-preview card of a page as an SVG document (1200 × 630, the size
 * Open Graph and Twitter cards expect); the build renders it to PNG.
 */
import stringWidth from 'string-width';

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

export interface PreviewCard {
  /** The guide's title, shown small at the top. @example "Custom Models and Training with TensorFlow" */
  site: string;
  /** Short line above the title. @example "Question 4 of 11" */
  eyebrow: string;
  title: string;
  /** The prompt or description, shown under the title when there is room. */
  text?: string;
  /** One line at the bottom, e.g. the sources that answer. */
  footer: string;
}

const FONT = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";
const MARGIN = 88;
const colours = { bg: '#fbfaf7', text: '#1d1f21', muted: '#5a5f66', accent: '#1f6f5c', soft: '#e3f1ec', border: '#e2ded5' };

/** Escapes text for an XML text node or attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Breaks `text` into at most `maxLines` lines of about `maxChars` columns (string-width: a Chinese or
 * Japanese character takes two), at spaces, and between the characters of a run of such wide text,
 * which has no spaces to break at; the last line ends with an ellipsis when text is left over.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .flatMap((word) => breakWide(word, maxChars))) {
    if (!word) continue;
    const candidate = line ? `${line}${joinsWide(line, word) ? '' : ' '}${word}` : word;
    if (stringWidth(candidate) <= maxChars || !line) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines) return [...lines, ...(line ? [line] : [])].map((l) => clip(l, maxChars));
  // Make room for the ellipsis by dropping the last word, or by cutting a lone long word.
  let last = lines[maxLines - 1]!;
  if (stringWidth(last) >= maxChars) last = last.includes(' ') ? last.slice(0, last.lastIndexOf(' ')) : cut(last, maxChars - 1);
  lines[maxLines - 1] = `${last.replace(/[\s,;:.]+$/, '')}…`;
  return lines.map((l) => clip(l, maxChars));
}

/** Whether a character takes two columns, as Chinese and Japanese ones do. */
const wide = (char: string) => stringWidth(char) > 1;

/** Wide text (`如果你的训练集有超过百万个特征`) wraps between its characters; a Latin word stays whole. */
function breakWide(word: string, maxChars: number): string[] {
  if (stringWidth(word) <= maxChars || ![...word].some(wide)) return [word];
  return [...word].reduce<string[]>((pieces, char) => {
    const last = pieces.at(-1);
    if (last !== undefined && stringWidth(last + char) <= maxChars) pieces[pieces.length - 1] = last + char;
    else pieces.push(char);
    return pieces;
  }, []);
}

/** Two pieces of one wide run join without a space. */
const joinsWide = (line: string, word: string) => wide(line.at(-1)!) && wide([...word][0]!);

/** The longest start of `text` that fits in `width` columns. */
function cut(text: string, width: number): string {
  let out = '';
  for (const char of text) {
    if (stringWidth(out + char) > width) break;
    out += char;
  }
  return out;
}

/** A single word longer than a line is cut rather than overflowing the card. */
function clip(line: string, maxChars: number): string {
  return stringWidth(line) <= maxChars ? line : `${cut(line, maxChars - 1)}…`;
}

/** Lines as `<text>` with one `<tspan>` per line. */
function textBlock(lines: string[], x: number, y: number, size: number, lineHeight: number, attributes: string): string {
  const spans = lines.map((line, i) => `<tspan x="${x}" y="${y + i * lineHeight}">${escapeXml(line)}</tspan>`).join('');
  return `<text font-family="${escapeXml(FONT)}" font-size="${size}" ${attributes}>${spans}</text>`;
}

/** The card as an SVG document. */
export function previewSvg(card: PreviewCard): string {
  const usable = PREVIEW_WIDTH - 2 * MARGIN;
  // Average glyph widths of a sans-serif face, so lines fit without measuring fonts.
  let titleSize = 68;
  let title = wrapText(card.title, Math.floor(usable / (titleSize * 0.6)), 2);
  if (title.length === 2 && title[1]!.endsWith('…')) {
    titleSize = 54;
    title = wrapText(card.title, Math.floor(usable / (titleSize * 0.6)), 3);
  }
  const titleTop = 200 + Math.round(titleSize * 0.9);
  const titleLine = Math.round(titleSize * 1.18);
  const textTop = titleTop + (title.length - 1) * titleLine + 78;
  const textLines = Math.max(0, Math.min(3, Math.floor((520 - textTop) / 46) + 1));
  const text = card.text && textLines ? wrapText(card.text, Math.floor(usable / (34 * 0.53)), textLines) : [];

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" viewBox="0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}">`,
    `<rect width="100%" height="100%" fill="${colours.bg}"/>`,
    `<rect width="20" height="100%" fill="${colours.accent}"/>`,
    `<circle cx="${MARGIN + 16}" cy="96" r="16" fill="${colours.soft}" stroke="${colours.accent}" stroke-width="3"/>`,
    textBlock(wrapText(card.site, 52, 1), MARGIN + 48, 106, 30, 0, `font-weight="600" fill="${colours.text}"`),
    textBlock([card.eyebrow.toUpperCase()], MARGIN, 180, 26, 0, `font-weight="700" letter-spacing="3" fill="${colours.accent}"`),
    textBlock(title, MARGIN, titleTop, titleSize, titleLine, `font-weight="700" fill="${colours.text}"`),
    text.length ? textBlock(text, MARGIN, textTop, 34, 46, `fill="${colours.muted}"`) : '',
    `<rect x="${MARGIN}" y="548" width="${usable}" height="2" fill="${colours.border}"/>`,
    textBlock(wrapText(card.footer, 80, 1), MARGIN, 592, 24, 0, `fill="${colours.muted}"`),
    '</svg>',
  ].join('\n');
}
