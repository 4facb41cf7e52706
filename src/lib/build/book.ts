/**
 * Book mode: one guide per chapter in one site. `content/chapters/<NN>-<slug>/` holds each chapter's
 * settings; `content/sources/<member>/` holds a member's files for any chapters (a checkout of their
 * repository), sorted into chapters by the chapter number in their file and folder names.
 */
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { diagnostic, type Diagnostic } from '../model/diagnostics.ts';
import type { QuestionConfig, SourceConfig, UnreadFile } from '../model/model.ts';
import { chapterFromName } from '../read/chapter-name.ts';
import { contentRoot, insideContent, outsideLink, skipReason } from '../read/contained.ts';
import { sourceIdFromName } from '../read/source-file.ts';
import { mostCommon } from '../model/question-id.ts';
import { wordingFit } from '../align/wording.ts';
import { promptPool } from '../parse/prompt-index.ts';
import type { ReadSource } from './read.ts';
import type { ChapterSources } from './load.ts';
import type { SourceEntry } from './read-all.ts';

/** A chapter folder of a book: `content/chapters/07-ensembles/` is chapter 7, `07-ensembles` in URLs. */
export interface BookChapter {
  /** The folder's name, the chapter's path segment in URLs. */
  slug: string;
  /** The chapter's number, from the folder's name. */
  number: number;
  dir: string;
}

/** A member's file or folder, sorted into a chapter by its name. */
export interface MemberEntry extends SourceEntry {
  member: string;
  /** The member's settings: `sources.yaml`'s entry, labelled by their folder's name as written where it gives no label. */
  config: SourceConfig;
  chapter: string;
}

export interface BookPlan {
  chapters: BookChapter[];
  /** Each chapter's sources, by chapter slug. */
  sources: Map<string, ChapterSources>;
  /** Members' files that no chapter claims, listed on the book's home. */
  unsorted: UnreadFile[];
  /** Of those, the files that may hold answers, for their wording to place (`placeByChapterWording`). */
  strays: MemberEntry[];
  /** Hidden and tool files skipped unread. */
  skipped: string[];
  diagnostics: Diagnostic[];
}

/** A book's chapter folders, in their numbers' order; none when `content/chapters/` is absent (a one-chapter guide). */
export function bookChapters(contentDir: string): BookChapter[] {
  return listChapters(contentDir).chapters;
}

/**
 * The chapter folders, and a warning for each folder that is not one: a name with no leading number
 * (`intro/`), or a number another folder has (`07-boosting/` beside `07-ensembles/`), is left out.
 */
export function listChapters(
  contentDir: string,
  rel: (path: string) => string = (path) => path,
): { chapters: BookChapter[]; diagnostics: Diagnostic[] } {
  const dir = join(contentDir, 'chapters');
  if (!existsSync(dir)) return { chapters: [], diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const chapters: BookChapter[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isDirectory() || skipReason(entry.name)) continue;
    const number = /^(\d+)/.exec(entry.name)?.[1];
    const taken = number === undefined ? undefined : chapters.find((chapter) => chapter.number === Number(number));
    if (number === undefined || taken) {
      diagnostics.push(
        diagnostic(
          rel(join(dir, entry.name)),
          1,
          1,
          'chapter-folder',
          taken
            ? `This folder has chapter ${Number(number)}'s number, which ${taken.slug}/ already has, so it is left out; give it its own chapter's number or move its settings into ${taken.slug}/`
            : `A chapter folder's name starts with the chapter's number, e.g. \`07-${entry.name}\`, so this one is left out; rename it`,
        ),
      );
      continue;
    }
    chapters.push({ slug: entry.name, number: Number(number), dir: join(dir, entry.name) });
  }
  return { chapters: chapters.sort((a, b) => a.number - b.number || a.slug.localeCompare(b.slug)), diagnostics };
}

/** Files a checkout holds beside its answers: read-mes, licences, images, data and slides. */
const NOT_ANSWERS =
  /^(?:readme|license|licence|copying|changelog|contributing|code_of_conduct|requirements)\b|\.(?:png|jpe?g|gif|svg|webp|pdf|key|pptx?|csv|tsv|json|ya?ml|toml|lock|txt\.gz|zip|h5|pkl|npy|npz)$/i;

/** Files whose kind can hold answers: what a stray file must be for its wording to place it. */
const ANSWER_KINDS = /\.(?:md|markdown|txt|text|ipynb|py|r|rmd|qmd|rnw|tex|typ|org|rst|hs|scm|rkt|go|c|cc|cpp|java|js|ts|jl|ml|rs)$/i;

/** Why a member's file is in no chapter: what it is, and what to do if it does hold answers. */
function unsortedReason(name: string, folder: boolean, chapters: readonly BookChapter[]): string {
  const example = `\`chapter-${chapters[0]?.number ?? 1}\``;
  if (!folder && NOT_ANSWERS.test(name))
    return `Not an answer file (a read-me, licence, image or data file), so it is in no chapter; if it holds answers, put its chapter in its name (e.g. ${example})`;
  return `Its name gives no chapter of the book; put the chapter in its name (e.g. ${example}) if it holds answers`;
}

/** Past this depth below a member's folder, files are not looked for. */
const MAX_DEPTH = 8;

/**
 * Sorts every member's files into the book's chapters: the shallowest file or folder whose name gives one
 * of the chapters' numbers is that member's source for the chapter (a folder is read whole, as a folder
 * source). `sourcesYaml` holds the members' settings, by member id.
 */
export function planBook(
  contentDir: string,
  root: string,
  chapters: readonly BookChapter[],
  sourcesYaml: Record<string, SourceConfig> = {},
): BookPlan {
  const rel = (path: string) => relative(root, path).split('\\').join('/');
  const inside = contentRoot(contentDir);
  const diagnostics: Diagnostic[] = [];
  const unsorted: UnreadFile[] = [];
  const strays: MemberEntry[] = [];
  const skipped: string[] = [];
  const byNumber = new Map(chapters.map((chapter) => [chapter.number, chapter]));
  const numbers = new Set(byNumber.keys());
  const found: MemberEntry[] = [];
  const sourcesDir = join(contentDir, 'sources');

  /** Lists a folder's entries to read, naming those skipped or leading outside content/. */
  const list = (dir: string) =>
    readdirSync(dir)
      .sort()
      .filter((name) => {
        const path = join(dir, name);
        const reason = skipReason(name);
        if (reason) skipped.push(`${rel(path)} (${reason})`);
        else if (!insideContent(path, inside)) {
          diagnostics.push(outsideLink(rel(path)));
          unsorted.push({ file: rel(path), reason: 'A symbolic link that leads outside content/' });
        } else return true;
        return false;
      });

  const configOf = (member: string, name: string): SourceConfig => ({ label: name, ...sourcesYaml[member] });
  const walk = (member: string, config: SourceConfig, dir: string, depth: number) => {
    for (const name of list(dir)) {
      const path = join(dir, name);
      const number = chapterFromName(name, numbers);
      const folder = lstatSync(path).isDirectory();
      if (number !== undefined) {
        found.push({ id: member, member, config, chapter: byNumber.get(number)!.slug, path, file: rel(path), root: inside });
      } else if (folder && depth < MAX_DEPTH) walk(member, config, path, depth + 1);
      else {
        unsorted.push({ file: rel(path) + (folder ? '/' : ''), reason: unsortedReason(name, folder, chapters) });
        if (!folder && ANSWER_KINDS.test(name) && !NOT_ANSWERS.test(name))
          strays.push({ id: member, member, config, chapter: '', path, file: rel(path), root: inside });
      }
    }
  };
  if (existsSync(sourcesDir))
    for (const name of list(sourcesDir)) {
      const path = join(sourcesDir, name);
      if (lstatSync(path).isDirectory()) walk(sourceIdFromName(name), configOf(sourceIdFromName(name), name), path, 1);
      else {
        // A file straight under sources/ is a member of its own, in the chapter its name gives.
        const number = chapterFromName(name, numbers);
        const member = sourceIdFromName(name);
        if (number === undefined) unsorted.push({ file: rel(path), reason: unsortedReason(name, false, chapters) });
        else
          found.push({
            id: member,
            member,
            config: configOf(member, basename(name)),
            chapter: byNumber.get(number)!.slug,
            path,
            file: rel(path),
            root: inside,
          });
      }
    }

  const sources = new Map<string, ChapterSources>(
    chapters.map((chapter) => [chapter.slug, { dir: chapter.dir, entries: [], sourceConfig: {} }]),
  );
  for (const entry of found) {
    const chapter = sources.get(entry.chapter)!;
    // A member with two files for one chapter: the second is `member-2`.
    const id = freeId(chapter, entry.member);
    chapter.entries.push({ ...entry, id });
    chapter.sourceConfig[id] = entry.config;
  }
  if (found.length === 0 && strays.length === 0)
    diagnostics.push(
      diagnostic(
        rel(sourcesDir),
        1,
        1,
        'no-sources',
        'No member has a file named for a chapter; add e.g. `content/sources/alice/chapter-1.md`, or a folder per chapter',
      ),
    );
  return { chapters: [...chapters], sources, unsorted, strays, skipped, diagnostics };
}

/**
 * Confirms each file's chapter by the ids its exercises print: a file sorted into one chapter by its
 * name whose exercises are numbered in another of the book's chapters (`chapter_7/` holding `8.1`,
 * `8.2` …) moves to that chapter, with a warning that says so. `reads[i]` are `sources[i]`'s readings.
 */
export function placeByPrintedChapter(
  chapters: readonly BookChapter[],
  sources: ReadonlyArray<Pick<ChapterSources, 'entries' | 'sourceConfig'>>,
  reads: ReadonlyArray<ReadSource[]>,
  rel: (path: string) => string,
): Diagnostic[] {
  const index = new Map(chapters.map((chapter, i) => [chapter.number, i]));
  const moves: Move[] = [];
  for (const [from, chapter] of chapters.entries()) {
    for (const [j, read] of reads[from]!.entries()) {
      const answers = read.answerSet?.answers ?? [];
      const printed = mostCommon(answers.flatMap((answer) => (answer.chapter === undefined ? [] : [answer.chapter])));
      const to = printed === undefined ? undefined : index.get(printed);
      if (to === undefined || to === from) continue;
      const entry = sources[from]!.entries[j]!;
      moves.push({
        from,
        at: j,
        to,
        warning: diagnostic(
          rel(entry.path),
          1,
          1,
          'other-chapter',
          `Its name puts it in chapter ${chapter.number}, but its exercises are numbered ${printed}.N, so it is placed in chapter ${printed} (${chapters[to]!.slug}); rename it if that is wrong`,
        ),
      });
    }
  }
  return applyMoves(sources, reads, moves);
}

/** Above this share of its wordings read as a chapter's questions, a file answers that chapter. */
const FITS = 0.5;
/** Below this share, a file does not answer the chapter its name gives. */
const MISFITS = 0.25;

/**
 * Confirms each file's chapter by how its questions are worded against each chapter's other files: a file
 * whose wordings read as another chapter's questions (and hardly as its own chapter's) moves there, with a
 * warning. `stray` are members' answer files whose names give no chapter, read: each goes to the chapter
 * its wordings fit, if one does, and is otherwise left out (the caller lists it). Returns the warnings and
 * the strays placed.
 */
export function placeByChapterWording(
  chapters: readonly BookChapter[],
  sources: ReadonlyArray<Pick<ChapterSources, 'entries' | 'sourceConfig'>>,
  reads: ReadonlyArray<ReadSource[]>,
  stray: ReadonlyArray<{ entry: MemberEntry; read: ReadSource }>,
  rel: (path: string) => string,
  /** Each chapter's `questions.yaml`, whose prompts word its questions as the members' files do. */
  configs: ReadonlyArray<Record<string, QuestionConfig>> = [],
): { diagnostics: Diagnostic[]; placed: MemberEntry[] } {
  const wordings = (read: ReadSource) => {
    const prompts = new Map<number, string[]>();
    for (const { number, prompt } of read.answerSet?.answers ?? [])
      if (prompt) prompts.set(number, [...(prompts.get(number) ?? []), prompt]);
    return prompts;
  };
  const promptsOf = (read: ReadSource) => [...wordings(read).values()].flat();
  // After the members' wordings, so each file's own index (`without(j)`) stays its own.
  const configured = (config: Record<string, QuestionConfig> = {}) =>
    new Map(
      Object.entries(config).flatMap(([key, question]) =>
        question.prompt && /^\d+$/.test(key) ? [[Number(key), [question.prompt]] as const] : [],
      ),
    );
  const pools = reads.map((chapterReads, i) => promptPool([...chapterReads.map(wordings), configured(configs[i])]));
  /** The chapter other than `own` whose questions the wordings fit, if one clearly does. */
  const bestOther = (prompts: readonly string[], own: number) => {
    let best: { to: number; fit: number } | undefined;
    for (const [to, pool] of pools.entries()) {
      if (to === own) continue;
      const fit = wordingFit(prompts, pool.without(-1));
      if (fit !== undefined && fit >= FITS && fit > (best?.fit ?? 0)) best = { to, fit };
    }
    return best;
  };
  const moves: Move[] = [];
  for (const [from, chapter] of chapters.entries()) {
    for (const [j, read] of reads[from]!.entries()) {
      const prompts = promptsOf(read);
      const own = wordingFit(prompts, pools[from]!.without(j));
      if (own === undefined || own >= MISFITS) continue;
      const best = bestOther(prompts, from);
      if (!best) continue;
      const entry = sources[from]!.entries[j]!;
      const target = chapters[best.to]!;
      moves.push({
        from,
        at: j,
        to: best.to,
        warning: diagnostic(
          rel(entry.path),
          1,
          1,
          'other-chapter',
          `Its name puts it in chapter ${chapter.number}, but its questions are chapter ${target.number}'s (${Math.round(best.fit * 100)} % of them read as that chapter's), so it is placed in chapter ${target.number} (${target.slug}); rename it if that is wrong`,
        ),
      });
    }
  }
  const diagnostics = applyMoves(sources, reads, moves);
  const placed: MemberEntry[] = [];
  for (const { entry, read } of stray) {
    const best = bestOther(promptsOf(read), -1);
    if (!best) continue;
    const target = chapters[best.to]!;
    const id = freeId(sources[best.to]!, entry.member);
    sources[best.to]!.entries.push({ ...entry, id, chapter: target.slug } as MemberEntry);
    sources[best.to]!.sourceConfig[id] = entry.config;
    reads[best.to]!.push(read);
    placed.push(entry);
    diagnostics.push(
      diagnostic(
        rel(entry.path),
        1,
        1,
        'other-chapter',
        `Its name gives no chapter, but its questions are chapter ${target.number}'s (${Math.round(best.fit * 100)} % of them read as that chapter's), so it is placed in chapter ${target.number} (${target.slug}); put the chapter in its name to silence this warning`,
      ),
    );
  }
  return { diagnostics, placed };
}

/** A file to move from one chapter (its index `at` there) to another, and the warning that says so. */
interface Move {
  from: number;
  at: number;
  to: number;
  warning: Diagnostic;
}

/** `member`, or `member-2`, `member-3` …: the first id the chapter has not given a source. */
function freeId(chapter: Pick<ChapterSources, 'entries'>, member: string): string {
  let id = member;
  for (let n = 2; chapter.entries.some((other) => other.id === id); n++) id = `${member}-${n}`;
  return id;
}

/** Moves files between chapters, with their readings and settings; returns the moves' warnings. */
function applyMoves(
  sources: ReadonlyArray<Pick<ChapterSources, 'entries' | 'sourceConfig'>>,
  reads: ReadonlyArray<ReadSource[]>,
  moves: readonly Move[],
): Diagnostic[] {
  // Taken out last first, so the indices of the moves not yet made hold.
  const taken = [...moves]
    .sort((a, b) => a.from - b.from || b.at - a.at)
    .map((move) => ({ move, entry: sources[move.from]!.entries.splice(move.at, 1)[0]!, read: reads[move.from]!.splice(move.at, 1)[0]! }));
  for (const { move, entry, read } of taken) {
    const member = entry.member ?? entry.id;
    const id = freeId(sources[move.to]!, member);
    sources[move.to]!.sourceConfig[id] = sources[move.from]!.sourceConfig[entry.id] ?? {};
    sources[move.to]!.entries.push({ ...entry, id });
    reads[move.to]!.push(read);
  }
  return moves.map((move) => move.warning);
}
