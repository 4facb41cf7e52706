/**
 * The nothing-lost check never fails on a well-formed file: 500 seeded
 * random Markdown answer sets, full of the constructs that once raised false
 * alarms (fences indented inside nested list items, quotes, tables, raw
 * HTML), go through the real parse → align → emit pipeline, their pages are
 * rendered as the site renders them, and the check must find every line.
 */
import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../model/diagnostics.ts';
import { assembleGuide } from '../build/load.ts';
import type { Source } from '../model/model.ts';
import { parseAnswerSet } from '../parse/index.ts';
import { createRandom, type Random } from '../testing/synthetic.ts';
import { renderGuide } from '../render/guide.ts';
import { pageTexts } from './page-text.ts';
import { findMissingLines } from './visible.ts';

const WORDS = [
  'tensor',
  'graph',
  'eager',
  'shape',
  'batch',
  'layer',
  'loss',
  'metric',
  'tape',
  'kernel',
  'weight',
  'step',
  'epoch',
  'dtype',
  'trace',
];

/** Builds one random answer file; every word is numbered, so a dropped line cannot hide behind another line's words. */
function answerFile(random: Random): string {
  let counter = 0;
  const word = () => `${random.pick(WORDS)}${++counter}`;
  const phrase = (min: number, max: number) => Array.from({ length: random.int(min, max) }, word).join(' ');
  const inline = (): string => {
    const parts = [phrase(1, 3)];
    for (let i = random.int(0, 2); i > 0; i--) {
      parts.push(
        random.pick([
          () => `\`${word()}.${word()}()\``,
          () => `*${phrase(1, 2)}*`,
          () => `**${phrase(1, 2)}**`,
          () => `_${word()}_`,
          () => `[${phrase(1, 2)}](https://example.org/${word()})`,
          () => `<https://example.org/${word()}>`,
          () => `www.example${word()}.org`,
          () => `<kbd>${word()}</kbd>`,
          () => `&amp; ${word()} &lt;${word()}&gt; caf&eacute; &#65;${word()}`,
          () => `${word()}\\*${word()}`,
          () => `~~${word()}~~`,
        ])(),
        phrase(0, 2),
      );
    }
    return parts.filter(Boolean).join(' ');
  };
  /** A paragraph's lines, soft-wrapped, sometimes with a hard break. */
  const paragraph = (): string[] => {
    const count = random.int(1, 2);
    return Array.from({ length: count }, (_, i) => inline() + (i < count - 1 && random.chance(0.3) ? random.pick(['  ', '\\']) : ''));
  };
  const codeLines = () =>
    Array.from({ length: random.int(1, 3) }, () =>
      random.pick([
        () => `${word()} = ${word()}(${word()})`,
        () => `    return [${word()}](${word()})`,
        () => `# ${word()} &amp; <div>${word()}</div>`,
        () => `1. ${word()} - ${word()}`,
        () => `> ${word()} | ${word()} |`,
      ])(),
    );
  type Lines = string[];
  const blocks = (depth: number, count: number): Lines[] => Array.from({ length: count }, () => block(depth));
  const block = (depth: number): Lines => {
    const kinds = ['paragraph', 'paragraph', 'fence', 'fence', 'tilde', 'quote', 'table', 'heading', 'html', 'indented'];
    if (depth < 4) kinds.push('list', 'list', 'list');
    switch (random.pick(kinds)) {
      case 'fence':
      case 'tilde': {
        const fence = random.pick(['```', '````', '~~~']);
        const extra = ' '.repeat(random.int(0, 3));
        const lang = random.pick(['', 'python', 'js', 'text']);
        return [`${extra}${fence}${lang}`, ...codeLines().map((line) => `${extra}${line}`), `${extra}${fence}`];
      }
      case 'indented':
        return ['', ...codeLines().map((line) => `    ${line}`), ''];
      case 'quote':
        return [...paragraph(), ...(random.chance(0.5) ? ['', ...list(depth + 1)] : [])].map((line) => (line ? `> ${line}` : '>'));
      case 'table': {
        const columns = random.int(1, 3);
        const row = () =>
          `| ${Array.from({ length: columns }, () => random.pick([() => phrase(1, 2), () => `\`${word()}\``, () => `**${word()}**`])()).join(' | ')} |`;
        // A blank line ends the table: a row that followed it would be read as one of its rows, and GFM drops cells beyond the header's.
        return [row(), `|${' --- |'.repeat(columns)}`, ...Array.from({ length: random.int(1, 3) }, row), ''];
      }
      case 'heading':
        return [`${'#'.repeat(random.int(3, 6))} ${phrase(1, 3)}`];
      case 'html':
        return ['<div class="note">', phrase(1, 3), '</div>'];
      case 'list':
        return list(depth + 1);
      default:
        return paragraph();
    }
  };
  /** A list whose items hold blocks indented as the item needs; nested lists go 4 deep at most. */
  function list(depth: number): Lines {
    const ordered = random.chance(0.5);
    const lines: Lines = [];
    const tight = random.chance(0.5);
    for (let item = 1, items = random.int(1, depth < 3 ? 3 : 2); item <= items; item++) {
      const marker = ordered ? `${item}. ` : `${random.pick(['-', '*', '+'])} `;
      const indent = ' '.repeat(marker.length);
      if (random.chance(0.15)) {
        // A fence can open on the item's own line; its code is indented as the item's content.
        const fence = random.pick(['```', '~~~']);
        lines.push(
          `${marker}${fence}${random.pick(['', 'python'])}`,
          ...codeLines().map((line) => `${indent}${line}`),
          `${indent}${fence}`,
        );
      } else {
        const [first, ...rest] = paragraph();
        lines.push(`${marker}${first}`, ...rest.map((line) => `${indent}${line}`));
      }
      for (const inner of blocks(depth, random.int(0, depth < 2 ? 2 : 1))) {
        if (!tight || inner[0] === '' || inner[0]?.startsWith('>')) lines.push('');
        lines.push(...inner.map((line) => (line ? `${indent}${line}` : '')));
      }
      if (!tight) lines.push('');
    }
    return lines;
  }
  const headings = random.chance(0.5);
  // A file with one heading and numbered lists in its answer reads as numbered answers; two headings make the layout plain.
  const questions = random.int(headings ? 2 : 1, 3);
  const out: string[] = [];
  for (let number = 1; number <= questions; number++) {
    const prompt = `${phrase(2, 4)}?`;
    // An answer opens with prose: a layout removes the indentation its first lines share, so code there would read as prose.
    const body = [paragraph(), ...blocks(1, random.int(0, 2))].flatMap((lines) => [...lines, '']);
    if (headings) out.push(`## ${number}. ${prompt}`, '', ...body);
    else out.push(`${number}. ${prompt}`, ...body.map((line) => (line ? `   ${line}` : '')));
    out.push('');
  }
  return out.join('\n');
}

/**
 * Parses, aligns and emits the files as sources of one guide, renders its
 * pages, and runs the check on them; `drop` may take nodes out of the parsed
 * answers before the pages are emitted, as a faulty parser would.
 */
async function checkGuide(texts: readonly string[], drop?: (sources: Source[]) => void): Promise<string[]> {
  const sources: Source[] = [];
  const byFile = new Map<string, string>();
  for (const [index, text] of texts.entries()) {
    const id = String(index + 1).padStart(3, '0');
    const file = `content/sources/${id}_random.md`;
    const parsed = parseAnswerSet({ id, file, text });
    const fatal = parsed.diagnostics.filter((d) => d.fatal).map(formatDiagnostic);
    if (!parsed.answerSet || fatal.length) return fatal;
    byFile.set(file, text);
    sources.push({ id, file, files: [file], label: `Source ${id}`, reference: false, lang: 'en', answerSet: parsed.answerSet });
  }
  const guide = assembleGuide({ title: 'Random', sources });
  const shown = structuredClone(sources);
  drop?.(shown);
  const pages = drop ? assembleGuide({ title: 'Random', sources: shown }) : guide;
  return findMissingLines({
    guide,
    readSource: (file) => byFile.get(file)!,
    pageText: pageTexts(pages, await renderGuide(pages)),
  }).map(formatDiagnostic);
}

const FILES = 500;
const PER_GUIDE = 10;
const batches = Array.from({ length: FILES / PER_GUIDE }, (_, batch) =>
  Array.from({ length: PER_GUIDE }, (_, offset) => batch * PER_GUIDE + offset + 1),
);

describe(`the nothing-lost check on ${FILES} random well-formed Markdown answer sets`, () => {
  test.each(batches.map((seeds) => [seeds[0]!, seeds.at(-1)!, seeds]))(
    'finds every line of seeds %i to %i on their rendered pages',
    async (_first, _last, seeds) => {
      const texts = seeds.map((seed) => answerFile(createRandom(seed)));
      const problems = await checkGuide(texts);
      // Name the seed and show the file of the first line reported, so a failure can be replayed.
      const index = Number(/sources\/(\d+)_/.exec(problems[0] ?? '')?.[1] ?? 1) - 1;
      expect(problems.length ? `seed ${seeds[index]}:\n${problems.join('\n')}\n${texts[index]}` : '').toBe('');
    },
  );

  // Every tenth batch again with one block dropped from one answer: the check must name that block's lines, and only those.
  test.each(batches.filter((_, index) => index % 10 === 0).map((seeds) => [seeds[0]!, seeds.at(-1)!, seeds]))(
    'names the lines of a block dropped from an answer among seeds %i to %i',
    async (_first, _last, seeds) => {
      const texts = seeds.map((seed) => answerFile(createRandom(seed)));
      let dropped: { file: string; from: number; to: number } | undefined;
      const problems = await checkGuide(texts, (sources) => {
        const source = sources[seeds[0]! % sources.length]!;
        const answer = source.answerSet.answers.at(-1)!;
        const node = answer.body.children.at(-1)!;
        answer.body.children.pop();
        dropped = { file: source.file, from: node.position!.start.line, to: node.position!.end.line };
      });
      expect(problems.length).toBeGreaterThan(0);
      for (const problem of problems) {
        const [file, line] = problem.split(':');
        expect(file).toBe(dropped!.file);
        expect(Number(line)).toBeGreaterThanOrEqual(dropped!.from);
        expect(Number(line)).toBeLessThanOrEqual(dropped!.to);
      }
    },
  );
});
