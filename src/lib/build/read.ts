/** Reads one entry of `content/sources/`: a file, or a folder (one file per question, or a checkout holding an answer file). */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { contentRoot, insideContent, outsideLink, skipReason } from '../read/contained.ts';
import { join } from 'node:path';
import { decodeSource } from '../read/decode.ts';
import { diagnostic, type Diagnostic } from '../model/diagnostics.ts';
import type { AnswerSet, UnreadFile } from '../model/model.ts';
import type { RootContent } from 'mdast';
import { parseFolder, type FolderEntry } from '../parse/folder.ts';
import { parseAnswerSet, type ParsedFile } from '../parse/index.ts';
import type { ParseContext } from '../parse/types.ts';
import { wholeDocument } from '../parse/whole.ts';
import { asText, tooDeep, tooDeepProblem } from '../read/work-bound.ts';
import { looksLikeNotebook } from '../read/notebook-read.ts';
import { shownLines, type ShownLine } from '../verify/shown-lines.ts';

export interface ReadSource extends Omit<ParsedFile, 'document'> {
  /** Project-relative paths of the files the answers were read from. */
  files: string[];
  /**
   * What each line of the file shows once rendered, for the nothing-lost check, when parsing the file
   * gave it at no extra parse (`ParsedFile.document`); the check works it out itself otherwise.
   */
  shown?: ShownLine[];
  /**
   * When no layout could split the source into answers: its whole text as one answer set without
   * answers, to publish on its source page, and the warning that says why.
   */
  unsplit?: { answerSet: AnswerSet; problem: Diagnostic };
  /** Files that could not be read as text (a Word document, an image, an empty file), with why. */
  unread?: UnreadFile[];
  /** Paths in a source folder skipped unread (hidden, tool and backup files), with why, for `--verbose`. */
  skipped?: string[];
}

/** The most files one source folder is read for: a checkout of a large repository is cut there, with a warning. */
export const MAX_FOLDER_FILES = 500;

/**
 * Reads and parses the source at `path`; `file` is the same path relative
 * to the project, as diagnostics print it.
 */
export function readSource(id: string, path: string, file: string, context: ParseContext = {}, root?: string): ReadSource {
  if (statSync(path).isDirectory()) return readFolder(id, path, file, context, root ?? contentRoot(path));
  const decoded = decodeSource(file, readFileSync(path));
  if (decoded.text === undefined) return { diagnostics: decoded.diagnostics, files: [], unread: unreadOf(decoded.diagnostics) };
  // A file whose shape would cost the parser more than its size is published as its text, unparsed.
  const deep = looksLikeNotebook({ id, file, text: decoded.text }) ? undefined : tooDeep(decoded.text);
  if (deep) {
    const problem = tooDeepProblem(file, deep);
    const answerSet: AnswerSet = { format: 'unsplit', reason: problem.message, answers: [], preamble: asText(decoded.text) };
    return { diagnostics: [...decoded.diagnostics, problem], files: [file], unsplit: { answerSet, problem } };
  }
  const { document, ...parsed } = parseAnswerSet({ id, file, text: decoded.text }, context);
  const diagnostics = [...decoded.diagnostics, ...parsed.diagnostics];
  const shown = document ? { shown: shownLines(file, decoded.text, document) } : {};
  if (parsed.answerSet) return { ...parsed, diagnostics, files: [file], ...shown };
  const problem = diagnostics.find((d) => d.ruleId !== 'not-utf8') ?? diagnostics[0];
  if (!problem || problem.ruleId === 'empty-source') return { diagnostics, files: [], unread: unreadOf(diagnostics) };
  const answerSet: AnswerSet = {
    format: 'unsplit',
    reason: problem.message,
    answers: [],
    preamble: wholeDocument({ id, file, text: decoded.text }),
  };
  return {
    diagnostics: diagnostics.map((d) => (d === problem ? publishedWhole(d) : d)),
    files: [file],
    ...shown,
    unsplit: { answerSet, problem },
  };
}

/** Whether two answers still share a number (two files of a folder named for one question): such a set is published whole rather than lose one. */
const repeats = (answerSet: AnswerSet) => new Set(answerSet.answers.map((answer) => answer.number)).size < answerSet.answers.length;

/** The warning for a source that is published whole says so. */
const publishedWhole = (problem: Diagnostic): Diagnostic => ({
  ...problem,
  message: `${problem.message}; until then its whole text is published on its source page, not split into answers`,
});

/** The reasons files were not read, from the diagnostics that said so. */
function unreadOf(diagnostics: readonly Diagnostic[]): UnreadFile[] {
  return diagnostics.filter((d) => d.ruleId !== 'not-utf8').map((d) => ({ file: d.file, reason: d.message }));
}

interface FolderListing {
  /** Files by their path inside the folder (`part1/3.md`). */
  files: string[];
  /** Paths skipped unread, with why. */
  skipped: string[];
  /** Links that lead outside the content folder. */
  outside: string[];
}

/**
 * Every file under a source folder, by its path inside it, in name order: hidden, tool and backup
 * files left out, links followed only inside the content folder (`root`), each folder read once.
 */
function folderFiles(
  path: string,
  root: string,
  prefix = '',
  listing: FolderListing = { files: [], skipped: [], outside: [] },
  seen = new Set<string>(),
): FolderListing {
  seen.add(realpathSync(path));
  for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const at = join(path, entry.name);
    const reason = skipReason(entry.name);
    if (reason) listing.skipped.push(`${prefix}${entry.name} (${reason})`);
    else if (!insideContent(at, root)) listing.outside.push(`${prefix}${entry.name}`);
    else if (statSync(at).isDirectory()) {
      if (!seen.has(realpathSync(at))) folderFiles(at, root, `${prefix}${entry.name}/`, listing, seen);
    } else listing.files.push(`${prefix}${entry.name}`);
  }
  return listing;
}

/**
 * A folder source: one file per question, numbered by name; failing that, a checkout holding
 * one answer file (the file that splits into the most answers), its other files shown beside it.
 */
function readFolder(id: string, path: string, file: string, context: ParseContext, root: string): ReadSource {
  const diagnostics: Diagnostic[] = [];
  const unread: UnreadFile[] = [];
  const listing = folderFiles(path, root);
  for (const name of listing.outside) {
    diagnostics.push(outsideLink(`${file}/${name}`));
    unread.push({ file: `${file}/${name}`, reason: 'A symbolic link that leads outside content/' });
  }
  if (listing.files.length > MAX_FOLDER_FILES) {
    diagnostics.push(
      diagnostic(
        file,
        1,
        1,
        'too-many-files',
        `This source folder holds ${listing.files.length} files, over the limit of ${MAX_FOLDER_FILES}; the first ${MAX_FOLDER_FILES} by name are read: keep only the answer files of this guide in it`,
      ),
    );
    for (const name of listing.files.slice(MAX_FOLDER_FILES))
      unread.push({ file: `${file}/${name}`, reason: `Beyond the first ${MAX_FOLDER_FILES} files of its folder` });
  }
  const entries: FolderEntry[] = listing.files.slice(0, MAX_FOLDER_FILES).map((name) => {
    const entryFile = `${file}/${name}`;
    const decoded = decodeSource(entryFile, readFileSync(join(path, name)));
    if (decoded.text === undefined) unread.push(...unreadOf(decoded.diagnostics));
    else diagnostics.push(...decoded.diagnostics);
    return { name, file: entryFile, kind: 'file', ...(decoded.text === undefined ? {} : { text: decoded.text }) };
  });
  const withUnread = (read: ReadSource): ReadSource => ({
    ...read,
    ...(unread.length ? { unread } : {}),
    ...(listing.skipped.length ? { skipped: listing.skipped.map((name) => `${file}/${name}`) } : {}),
  });
  const parsed = parseFolder(file, entries, context);
  if (parsed.answerSet && !repeats(parsed.answerSet))
    return withUnread({ ...parsed, diagnostics: [...diagnostics, ...parsed.diagnostics] });

  // No numbered files: the folder's answer file is the one that splits into the most answers.
  const texts = entries.filter((entry): entry is FolderEntry & { text: string } => entry.text !== undefined && entry.text.trim() !== '');
  const readings = texts.map((entry) => ({ entry, read: parseAnswerSet({ id, file: entry.file, text: entry.text }, context) }));
  const best = readings.reduce<(typeof readings)[number] | undefined>(
    (top, candidate) => ((candidate.read.answerSet?.answers.length ?? 0) > (top?.read.answerSet?.answers.length ?? 0) ? candidate : top),
    undefined,
  );
  // Other files that number questions the answer file does not (`Practice.md` with 3.1 … 3.7 beside `Exercises.md` with 3.8 …) answer them too.
  const joined = best?.read.answerSet ? otherAnswerFiles(best, readings) : [];
  const others = texts.filter((entry) => entry !== best?.entry && !joined.some((reading) => reading.entry === entry));
  const extra = others.flatMap((entry) => wholeDocument({ id, file: entry.file, text: entry.text }).children);
  if (best?.read.answerSet) {
    const answerSet = { ...best.read.answerSet, answers: [...best.read.answerSet.answers] };
    for (const answer of answerSet.answers) answer.file = best.entry.file;
    const around: RootContent[] = [];
    for (const { entry, read } of joined) {
      for (const answer of read.answerSet!.answers) answerSet.answers.push({ ...answer, file: entry.file });
      around.push(...(read.answerSet!.preamble?.children ?? []), ...(read.answerSet!.appendix?.children ?? []));
    }
    answerSet.answers.sort((a, b) => a.number - b.number);
    const appendix = [...(answerSet.appendix?.children ?? []), ...around, ...extra];
    return withUnread({
      answerSet: {
        ...answerSet,
        reason: `${best.entry.name} in a folder: ${answerSet.reason}`,
        ...(appendix.length ? { appendix: { type: 'root', children: appendix } } : {}),
      },
      diagnostics: [...diagnostics, ...best.read.diagnostics, ...joined.flatMap((reading) => reading.read.diagnostics)],
      files: [best.entry.file, ...joined.map((reading) => reading.entry.file), ...others.map((entry) => entry.file)],
    });
  }
  const problem =
    parsed.diagnostics.find((d) => d.ruleId === 'no-numbering') ??
    diagnostic(
      file,
      1,
      1,
      'no-numbering',
      'This source folder has no file with numbered answers; name each file after its question (`3.md`) or number the answers in one file',
    );
  if (texts.length === 0) {
    unread.push({ file, reason: 'The folder holds no text file' });
    return withUnread({ diagnostics: [...diagnostics, problem], files: [] });
  }
  const answerSet: AnswerSet = { format: 'unsplit', reason: problem.message, answers: [], preamble: { type: 'root', children: extra } };
  return withUnread({
    diagnostics: [...diagnostics, publishedWhole(problem)],
    files: others.map((entry) => entry.file),
    unsplit: { answerSet, problem },
  });
}

export { readSourceText } from '../read/decode.ts';

interface FileReading {
  entry: FolderEntry & { text: string };
  read: ReturnType<typeof parseAnswerSet>;
}

/**
 * The files of a folder, besides its answer file, that number two or more questions of the same chapter by their
 * own markers (not by wording), none of them a question already answered: most answers first.
 */
function otherAnswerFiles(best: FileReading, readings: readonly FileReading[]): FileReading[] {
  const numbered = (reading: FileReading) => {
    const set = reading.read.answerSet;
    return set !== undefined && set.format !== 'question-text' && set.format !== 'unsplit' && set.answers.length >= 2;
  };
  const chapter = best.read.answerSet!.answers.find((answer) => answer.chapter !== undefined)?.chapter;
  const taken = new Set(best.read.answerSet!.answers.map((answer) => answer.number));
  const joined: FileReading[] = [];
  const candidates = readings
    .filter((reading) => reading !== best && numbered(reading))
    .sort((a, b) => b.read.answerSet!.answers.length - a.read.answerSet!.answers.length);
  for (const reading of candidates) {
    const { answers } = reading.read.answerSet!;
    if (answers.some((answer) => taken.has(answer.number) || (answer.chapter ?? chapter) !== chapter)) continue;
    for (const answer of answers) taken.add(answer.number);
    joined.push(reading);
  }
  return joined;
}
