/**
 * Book mode: one guide per chapter in one site. `content/chapters/<NN>-<slug>/` holds each chapter's
 * settings; `content/sources/<member>/` holds a member's files for any chapters (a checkout of their
 * repository), sorted into chapters by the chapter number in their file and folder names.
 */
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { diagnostic, type Diagnostic } from '../model/diagnostics.ts';
import type { SourceConfig, UnreadFile } from '../model/model.ts';
import { chapterFromName } from '../read/chapter-name.ts';
import { contentRoot, insideContent, outsideLink, skipReason } from '../read/contained.ts';
import { sourceIdFromName } from '../read/source-file.ts';
import { mostCommon } from '../model/question-id.ts';
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
  /** The member's id: their folder's name, as a source id. */
  member: string;
  /** The member's folder's name as written, the label `sources.yaml` can replace. */
  memberName: string;
  chapter: string;
}

export interface BookPlan {
  chapters: BookChapter[];
  /** Each chapter's sources, by chapter slug. */
  sources: Map<string, ChapterSources>;
  /** Members' files that no chapter claims, listed on the book's home. */
  unsorted: UnreadFile[];
  /** Hidden and tool files skipped unread. */
  skipped: string[];
  diagnostics: Diagnostic[];
}

/** A book's chapter folders, in their numbers' order; none when `content/chapters/` is absent (a one-chapter guide). */
export function bookChapters(contentDir: string): BookChapter[] {
  const dir = join(contentDir, 'chapters');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !skipReason(entry.name))
    .flatMap((entry) => {
      const number = /^(\d+)/.exec(entry.name)?.[1];
      return number === undefined ? [] : [{ slug: entry.name, number: Number(number), dir: join(dir, entry.name) }];
    })
    .sort((a, b) => a.number - b.number || a.slug.localeCompare(b.slug));
}

/** Files a checkout holds beside its answers: read-mes, licences, images, data and slides. */
const NOT_ANSWERS =
  /^(?:readme|license|licence|copying|changelog|contributing|code_of_conduct|requirements)\b|\.(?:png|jpe?g|gif|svg|webp|pdf|key|pptx?|csv|tsv|json|ya?ml|toml|lock|txt\.gz|zip|h5|pkl|npy|npz)$/i;

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

  const walk = (member: string, memberName: string, dir: string, depth: number) => {
    for (const name of list(dir)) {
      const path = join(dir, name);
      const number = chapterFromName(name, numbers);
      const folder = lstatSync(path).isDirectory();
      if (number !== undefined) {
        found.push({ id: member, member, memberName, chapter: byNumber.get(number)!.slug, path, file: rel(path), root: inside });
      } else if (folder && depth < MAX_DEPTH) walk(member, memberName, path, depth + 1);
      else unsorted.push({ file: rel(path) + (folder ? '/' : ''), reason: unsortedReason(name, folder, chapters) });
    }
  };
  if (existsSync(sourcesDir))
    for (const name of list(sourcesDir)) {
      const path = join(sourcesDir, name);
      if (lstatSync(path).isDirectory()) walk(sourceIdFromName(name), name, path, 1);
      else {
        // A file straight under sources/ is a member of its own, in the chapter its name gives.
        const number = chapterFromName(name, numbers);
        const member = sourceIdFromName(name);
        if (number === undefined) unsorted.push({ file: rel(path), reason: unsortedReason(name, false, chapters) });
        else
          found.push({
            id: member,
            member,
            memberName: basename(name),
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
    let id = entry.member;
    for (let n = 2; chapter.entries.some((other) => other.id === id); n++) id = `${entry.member}-${n}`;
    chapter.entries.push({ ...entry, id });
    chapter.sourceConfig[id] = { label: entry.memberName, ...sourcesYaml[entry.member] };
  }
  if (found.length === 0)
    diagnostics.push(
      diagnostic(
        rel(sourcesDir),
        1,
        1,
        'no-sources',
        'No member has a file named for a chapter; add e.g. `content/sources/alice/chapter-1.md`, or a folder per chapter',
      ),
    );
  return { chapters: [...chapters], sources, unsorted, skipped, diagnostics };
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
  const diagnostics: Diagnostic[] = [];
  const index = new Map(chapters.map((chapter, i) => [chapter.number, i]));
  for (const [from, chapter] of chapters.entries()) {
    for (let j = 0; j < sources[from]!.entries.length; j++) {
      const answers = reads[from]![j]!.answerSet?.answers ?? [];
      const printed = mostCommon(answers.flatMap((answer) => (answer.chapter === undefined ? [] : [answer.chapter])));
      const to = printed === undefined ? undefined : index.get(printed);
      if (to === undefined || to === from) continue;
      const [entry] = sources[from]!.entries.splice(j, 1);
      const [read] = reads[from]!.splice(j--, 1);
      const target = sources[to]!;
      let id = entry!.id.replace(/-\d+$/, '');
      for (let n = 2; target.entries.some((other) => other.id === id); n++) id = `${entry!.id.replace(/-\d+$/, '')}-${n}`;
      target.sourceConfig[id] = sources[from]!.sourceConfig[entry!.id] ?? {};
      target.entries.push({ ...entry!, id });
      reads[to]!.push(read!);
      diagnostics.push(
        diagnostic(
          rel(entry!.path),
          1,
          1,
          'other-chapter',
          `Its name puts it in chapter ${chapter.number}, but its exercises are numbered ${printed}.N, so it is placed in chapter ${printed} (${chapters[to]!.slug}); rename it if that is wrong`,
        ),
      );
    }
  }
  return diagnostics;
}
