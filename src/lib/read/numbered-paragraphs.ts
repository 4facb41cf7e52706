/**
 * Numbered paragraphs that CommonMark would not read as list items: `5. …`
 * directly below a paragraph line (only a list starting at 1 may interrupt a
 * paragraph), `3.Answer` without a space after the number and `3 . Answer`
 * with one before the dot, and `1、说明` with the enumeration comma Chinese and Japanese number with. A line counts
 * only where its number continues the numbering above it (gaps of a few
 * skipped questions allowed), so `2019. was the year` in prose stays prose,
 * and `2.0` never counts.
 */

/** A numbered line: indentation, number, delimiter, and the space after it (maybe none). */
const NUMBERED = /^([ \t]{0,3})(\d{1,3})( ?)([.)、．])([ \t]*)(?=\S|$)/;
// A run of backticks with another backtick after it on its line is inline code (```dp[i][j]``` means …), not a fence (CommonMark).
const FENCE = /^[ \t]*(?:`{3,}[^`]*$|~{3,})/;

interface NumberedLine {
  /** 0-based line index. */
  index: number;
  /** Column after which a space is missing (`3.Answer`), if one is. */
  joinedAt?: number;
  /** Column of a space written before the delimiter (`3 . Answer`), if one is. */
  spacedAt?: number;
  /** Column of an enumeration comma or full-width stop used as the delimiter (`1、说明`), if one is. */
  commaAt?: number;
  /** Whether the line follows paragraph text directly, so Markdown would read it as that paragraph's. */
  interrupts: boolean;
}

function numberedLines(lines: readonly string[]): NumberedLine[] {
  const found: NumberedLine[] = [];
  // Each delimiter numbers on its own: `1)Question` … `5)Question` around lists of parts `1.` … `9.`.
  const lastBy = new Map<string, number>();
  let inFence = false;
  for (const [index, line] of lines.entries()) {
    if (FENCE.test(line)) inFence = !inFence;
    const match = inFence ? null : NUMBERED.exec(line);
    if (!match) continue;
    const [whole, indent, digits, before, delimiter, space] = match as unknown as [string, string, string, string, string, string];
    const number = Number(digits);
    const last = lastBy.get(delimiter) ?? 0;
    // The next number, or a few further on where a question is skipped.
    if (number <= last || number > last + 5) continue;
    const comma = delimiter === '、' || delimiter === '．';
    const joined = !comma && space === '' && (delimiter === '.' || delimiter === ')') && /^\p{L}/u.test(line.slice(whole.length));
    if (comma && before) continue;
    if (space === '' && !joined && !comma && line.slice(whole.length) !== '') continue;
    const previous = lines[index - 1] ?? '';
    const interrupts = number > 1 && previous.trim() !== '' && !NUMBERED.test(previous) && !/^[ \t]*(?:[-*+>|#]|```|~~~)/.test(previous);
    found.push({
      index,
      interrupts,
      ...(joined ? { joinedAt: indent.length + digits.length + 1 } : {}),
      ...(before ? { spacedAt: indent.length + digits.length } : {}),
      ...(comma ? { commaAt: indent.length + digits.length } : {}),
    });
    lastBy.set(delimiter, number);
  }
  return found;
}

/** `3.Answer` becomes `3. Answer`: lines stay where they are, so every position still points into the file. */
export function spaceAfterNumbers(text: string): string {
  const lines = text.split('\n');
  const found = numberedLines(lines);
  const joined = found.filter((line) => line.joinedAt !== undefined);
  // `3 . Answer`, a space before the dot, read as `3. Answer`, where two or more lines number so.
  const spaced = found.filter((line) => line.spacedAt !== undefined);
  // `1、说明` read as `1. 说明`, where two or more lines number so.
  const commas = found.filter((line) => line.commaAt !== undefined);
  if (joined.length < 2 && spaced.length < 2 && commas.length < 2) return text;
  if (commas.length >= 2)
    for (const { index, commaAt } of commas)
      lines[index] = `${lines[index]!.slice(0, commaAt)}. ${lines[index]!.slice(commaAt! + 1).replace(/^[ \t]+/, '')}`;
  if (joined.length >= 2)
    for (const { index, joinedAt } of joined) lines[index] = `${lines[index]!.slice(0, joinedAt)} ${lines[index]!.slice(joinedAt)}`;
  if (spaced.length >= 2)
    for (const { index, spacedAt } of spaced) lines[index] = `${lines[index]!.slice(0, spacedAt)}${lines[index]!.slice(spacedAt! + 1)} `;
  return lines.join('\n');
}

/** A bold label at the start of a line whose closing `**` has a space before it: `8. **Practice training: **`. */
const OPEN_BOLD = /^([ \t]*(?:\d{1,4}[.)][ \t]+|[-*+][ \t]+|#{1,6}[ \t]+|>[ \t]*)?)\*\*(\S(?:[^*\n]*\S)?)([ \t]+)\*\*/;

/**
 * `**Title: **` becomes `**Title:** `, which Markdown reads as bold (a closing `**` after a space is
 * not one): the space moves, the line keeps its length and words, so positions still point into the file.
 */
export function closeBoldLabels(text: string): string {
  if (!text.includes(' **')) return text;
  return text
    .split('\n')
    .map((line) => line.replace(OPEN_BOLD, (_all, lead: string, words: string, space: string) => `${lead}**${words}**${space}`))
    .join('\n');
}

export interface SeparatedText {
  text: string;
  /** For each line of `text`, its line in the input (1-based); an inserted blank line takes the next line's. */
  lineOf: number[] | undefined;
}

/**
 * A blank line before each numbered line that interrupts a paragraph, and around each line of
 * plain text that `alone` says stands on its own (a line that words a known question), so it is
 * a paragraph of its own even written right below or above other text; and where each line came from.
 */
export function separateNumberedParagraphs(text: string, alone?: (line: string) => boolean): SeparatedText {
  const lines = text.split('\n');
  const breaks = new Set(
    numberedLines(lines)
      .filter((found) => found.interrupts)
      .map((found) => found.index),
  );
  if (alone) {
    let inFence = false;
    for (const [index, line] of lines.entries()) {
      if (FENCE.test(line)) {
        inFence = !inFence;
        continue;
      }
      const next = lines[index + 1] ?? '';
      // A bullet that words a question ends there: the text below it is its answer, not its continuation.
      const bullet = /^[ \t]*[-*+][ \t]+(\S.*)$/.exec(line);
      if (!inFence && bullet && next.trim() && !FENCE.test(next) && !/^[ \t]*(?:[-*+>|]|\d{1,3}[.)])/.test(next) && alone(bullet[1]!))
        breaks.add(index + 1);
      if (inFence || !line.trim() || /^[ \t]*(?:[-*+>|]|#{1,6}(?:[ \t]|$)|\d{1,3}[.)])/.test(line) || !alone(line)) continue;
      const previous = lines[index - 1] ?? '';
      if (index > 0 && previous.trim() && !FENCE.test(previous)) breaks.add(index);
      if (next.trim() && !FENCE.test(next)) breaks.add(index + 1);
    }
  }
  if (breaks.size === 0) return { text, lineOf: undefined };
  const out: string[] = [];
  const lineOf: number[] = [];
  for (const [index, line] of lines.entries()) {
    if (breaks.has(index)) {
      out.push('');
      lineOf.push(index + 1);
    }
    out.push(line);
    lineOf.push(index + 1);
  }
  return { text: out.join('\n'), lineOf };
}

/** A heading written without the space CommonMark needs after its hashes: `##FizzBuzz`. */
const UNSPACED_HEADING = /^#{1,6}(?=[^\s#])(?!(?:include|define|undef|ifn?def|if|else|elif|endif|pragma|import|error)\b|!)/u;

/**
 * `##FizzBuzz` becomes `## FizzBuzz`, as GitHub read it for years and learners still write it, where two or more lines outside
 * code blocks do so; a lone `#hashtag`, and C's `#include` however many, stay as written. Only for Markdown: in a script, `#`
 * opens a comment.
 */
export function spaceAfterHashes(text: string): string {
  const lines = text.split('\n');
  let inFence = false;
  const found: number[] = [];
  for (const [index, line] of lines.entries()) {
    if (FENCE.test(line)) inFence = !inFence;
    else if (!inFence && UNSPACED_HEADING.test(line)) found.push(index);
  }
  if (found.length < 2) return text;
  for (const index of found) lines[index] = lines[index]!.replace(/^(#{1,6})/, '$1 ');
  return lines.join('\n');
}

/** A line that opens with a question's number (`00. 文字列の逆順`, `3) Title`), and the underline of a setext heading (`---`, `===`). */
const NUMBERED_TITLE = /^\d{1,3}[.)][ \t]+\S/;
const SETEXT_UNDERLINE = /^[ \t]{0,3}(?:=+|-+)[ \t]*$/;

/**
 * `00. 文字列の逆順` underlined with `---` is the heading its writer underlined, as a setext heading is; Markdown reads a
 * numbered line as a list item, and its underline as a rule. Lines stay where they are.
 */
export function headingsOfUnderlinedNumbers(text: string): string {
  if (!text.includes('\n-') && !text.includes('\n=')) return text;
  const lines = text.split('\n');
  let inFence = false;
  let changed = false;
  for (let index = 0; index + 1 < lines.length; index++) {
    const line = lines[index]!;
    if (FENCE.test(line)) inFence = !inFence;
    if (inFence || !NUMBERED_TITLE.test(line) || !SETEXT_UNDERLINE.test(lines[index + 1]!)) continue;
    if (index > 0 && lines[index - 1]!.trim() !== '') continue;
    // The escaped delimiter (`00\.`) keeps Markdown from reading a list item, so the underline makes the line a heading.
    lines[index] = line.replace(/^(\d{1,3})([.)])/, '$1\\$2');
    changed = true;
  }
  return changed ? lines.join('\n') : text;
}
