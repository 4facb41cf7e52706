/**
 * Reads a Typst document (`.typ`) as the Markdown it would be, line for
 * line, so every Markdown layout reads it and every line keeps its place:
 * `= Heading` is `# Heading`, an enumeration's `+ ` items are numbered as
 * Typst numbers them (`1. `, `2. ` …, counted per list and per level), `- `
 * stays a bullet, `/ Term: text` a bullet with its term, and a line of code
 * (`#set …`, `#show: template.with(`, up to its closing bracket) code. Typst has no parser in JavaScript short of its compiler,
 * and its block structure is by lines and indentation, so lines are read here.
 */

/** `= Title`, `== Review Questions`: a heading, its level by the count of `=`. */
const HEADING = /^(=+)[ \t]+(.*)$/;
/** `+ item`, `- item`, `/ Term: text`, or a `+` alone whose content is the nested list below it. */
const ITEM = /^([ \t]*)([+-]|\/)(?:[ \t]+(.*))?$/;
/** A line of code at the top level: `#import`, `#set`, `#show: …`, `#let`, a call `#table(`. */
const CODE = /^#(?:import|include|set|show|let|if|for|while|[A-Za-z_][\w.-]*[([])/;

interface Level {
  /** The column of the item's marker in the Typst file. */
  marker: number;
  /** The column where the item's content starts in the Typst file, and in the Markdown. */
  typst: number;
  markdown: number;
  kind: '+' | '-' | '/';
  count: number;
}

/** The Markdown a Typst document reads as, with as many lines. */
export function typstAsMarkdown(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let levels: Level[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) {
      out.push('');
      continue;
    }
    const code = CODE.test(line) ? codeEnd(lines, i) : -1;
    if (code !== -1) {
      levels = [];
      const block = lines.slice(i, code + 1);
      out.push(...fenced(block));
      i = code;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      levels = [];
      out.push(`${'#'.repeat(Math.min(heading[1]!.length, 6))} ${heading[2]}`);
      continue;
    }
    const indent = /^[ \t]*/.exec(line)![0].length;
    const item = ITEM.exec(line);
    if (item && (item[3] !== undefined || item[2] !== '/')) {
      const kind = item[2] as Level['kind'];
      const rest = item[3] ?? '';
      while (levels.length && levels.at(-1)!.marker > indent) levels.pop();
      const same = levels.at(-1);
      if (same && same.marker === indent && same.kind !== kind) levels.pop();
      const sibling = levels.at(-1)?.marker === indent ? levels.pop() : undefined;
      const parent = levels.at(-1)?.markdown ?? 0;
      const count = (sibling?.count ?? 0) + 1;
      const term = kind === '/' ? /^([^:]*):[ \t]*(.*)$/.exec(rest) : null;
      const marker = kind === '+' ? `${count}. ` : '- ';
      const content = term ? `${term[1]}: ${term[2]}` : rest;
      out.push(`${' '.repeat(parent)}${marker}${content}`);
      levels.push({
        marker: indent,
        typst: indent + line.slice(indent).indexOf(rest.length ? rest : item[2]!) + (rest.length ? 0 : 2),
        markdown: parent + marker.length,
        kind,
        count,
      });
      continue;
    }
    // Text inside an item goes on with it, at the item's depth in the Markdown; text at the margin ends every list.
    while (levels.length && levels.at(-1)!.typst > indent && levels.at(-1)!.marker >= indent) levels.pop();
    const within = levels.at(-1);
    if (!within || indent === 0) {
      levels = indent === 0 ? [] : levels;
      out.push(line);
      continue;
    }
    out.push(`${' '.repeat(within.markdown + Math.max(0, indent - within.typst))}${line.slice(indent)}`);
  }
  return out.join('\n');
}

/** The last line of the code that opens at `start`: where its brackets close. */
function codeEnd(lines: readonly string[], start: number): number {
  let depth = 0;
  for (let i = start; i < lines.length; i++) {
    for (const char of lines[i]!) {
      if (char === '(' || char === '[' || char === '{') depth++;
      else if (char === ')' || char === ']' || char === '}') depth--;
    }
    if (depth <= 0) return i;
  }
  // Brackets left open: the code is the one line, and the rest is read as text.
  return start;
}

/**
 * Code as Markdown shows it without adding a line: one line as inline code, several as an indented
 * code block (a fence would need lines of its own).
 */
function fenced(block: readonly string[]): string[] {
  if (block.length === 1) return [`\`\` ${block[0]!} \`\``];
  return block.map((line) => `    ${line}`);
}
