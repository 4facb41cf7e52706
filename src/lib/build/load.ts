/** Reads a content folder and turns it into a validated guide. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { align, skippedDiagnostics, unknownQuestionDiagnostics } from '../align/align.ts';
import { compareGuide } from '../compare/index.ts';
import { parseYamlConfig, type ConfigResult } from '../read/config.ts';
import { diagnostic, type Diagnostic } from '../model/diagnostics.ts';
import type { MaintainerPage } from '../model/question-page.ts';
import {
  glossaryFileSchema,
  guideConfigSchema,
  guideSchema,
  questionsFileSchema,
  readSettingsSchema,
  sourcesFileSchema,
  type GlossaryEntry,
  type Guide,
  type GuideConfig,
  type Note,
  type QuestionConfig,
  type Source,
  type SourceConfig,
  type UnreadFile,
} from '../model/model.ts';
import { DEFAULT_LANGUAGE } from '../model/language-tag.ts';
import { detectLanguage, proseOf } from '../read/language.ts';
import { readNotes } from '../read/notes.ts';
import { readQuestionPages } from '../read/question-pages.ts';
import { placeQuestionPages } from '../align/question-pages.ts';
import { readAllSources, type SourceEntry } from './read-all.ts';
import type { ReadSource } from './read.ts';
import { contentRoot, insideContent, isLink, MAX_CONTENT_BYTES, outsideLink, sizeOf, skipReason } from '../read/contained.ts';
import type { ShownLine } from '../verify/shown-lines.ts';
import { placeByWording, wordingDiagnostics } from '../align/wording.ts';
import { placeByContent } from '../align/content.ts';
import { guideChapter, guideHyphenated, guideSectionDots, guideSectioned, keyAsGuide, printedId } from '../model/question-id.ts';
import { wholeDocument } from '../parse/whole.ts';
import { labelFromName, sourceIdFromName } from '../read/source-file.ts';

export interface LoadResult {
  /** Undefined when a fatal diagnostic stopped the pipeline. */
  guide: Guide | undefined;
  diagnostics: Diagnostic[];
  /** What each line shows, by project-relative file, for the files whose parse worked it out (`ReadSource.shown`). */
  shown: Map<string, ShownLine[]>;
  /** Paths under `content/sources/` skipped unread (hidden, tool and backup files), with why. */
  skipped: string[];
}

/** What a content folder holds before its sources are parsed: its settings, and the sources to read. */
export interface GuidePlan {
  /** The sources in file-name order, one entry per id. */
  entries: SourceEntry[];
  diagnostics: Diagnostic[];
  /** `sources.yaml`'s settings by source id. */
  sourceConfig: Record<string, SourceConfig>;
  questionConfig: Record<string, QuestionConfig>;
  guideConfig: GuideConfig | undefined;
  glossary: GlossaryEntry[];
  notes: Record<string, Note>;
  /** The maintainer's own question pages, `content/questions/<NN>.mdx`. */
  pages: MaintainerPage[];
  guideLang: string;
  /** Links under `content/sources/` that lead outside `content/`, not read. */
  unread: UnreadFile[];
  /** Entries of `content/sources/` skipped unread (hidden, tool and backup files), with why. */
  skipped: string[];
}

/** A source id not yet taken: `id`, else `id-2`, `id-3`, … */
function uniqueId(id: string, taken: ReadonlyMap<string, string>): string {
  let candidate = id;
  for (let n = 2; taken.has(candidate); n++) candidate = `${id}-${n}`;
  return candidate;
}

/** Reads one of a folder's `*.yaml` files, when there is one inside content/. */
function readConfig<T>(
  dir: string,
  rel: (path: string) => string,
  inside: string,
  diagnostics: Diagnostic[],
  name: string,
  parse: (file: string, text: string) => ConfigResult<T>,
) {
  const path = join(dir, name);
  if (!existsSync(path) && !isLink(path)) return undefined;
  if (!insideContent(path, inside)) {
    diagnostics.push(outsideLink(rel(path)));
    return undefined;
  }
  const result = parse(rel(path), readFileSync(path, 'utf8'));
  diagnostics.push(...result.diagnostics);
  return { ...result, file: rel(path) };
}

/** A guide's (or a book chapter's) settings: `questions.yaml`, `guide.yaml`, `glossary.yaml`, `notes/` and `questions/`. */
export function readGuideSettings(dir: string, root: string, inside: string) {
  const diagnostics: Diagnostic[] = [];
  const rel = (path: string) => relative(root, path).split('\\').join('/');
  const read = <T>(name: string, parse: (file: string, text: string) => ConfigResult<T>) =>
    readConfig(dir, rel, inside, diagnostics, name, parse);
  const questionConfig =
    read('questions.yaml', (file, text) => parseYamlConfig(file, text, questionsFileSchema, 'invalid-questions-config'))?.value ?? {};
  const guideConfig = read('guide.yaml', (file, text) => parseYamlConfig(file, text, guideConfigSchema, 'invalid-guide-config'))?.value;
  const glossary = read('glossary.yaml', (file, text) => parseYamlConfig(file, text, glossaryFileSchema, 'invalid-glossary'))?.value ?? [];
  const guideLang = guideConfig?.lang ?? DEFAULT_LANGUAGE;
  const notes = readNotes(join(dir, 'notes'), rel, (path) => insideContent(path, inside));
  diagnostics.push(...notes.diagnostics);
  const pages = readQuestionPages(join(dir, 'questions'), rel, (path) => insideContent(path, inside));
  diagnostics.push(...pages.diagnostics);
  return { diagnostics, questionConfig, guideConfig, glossary, guideLang, notes: notes.notes, pages: pages.pages };
}

/** A book's own settings: its `guide.yaml` (title, description, language) and the members' `sources.yaml`. */
export function readBookSettings(contentDir: string, root: string) {
  const diagnostics: Diagnostic[] = [];
  const rel = (path: string) => relative(root, path).split('\\').join('/');
  const inside = contentRoot(contentDir);
  const guideConfig = readConfig(contentDir, rel, inside, diagnostics, 'guide.yaml', (file, text) =>
    parseYamlConfig(file, text, guideConfigSchema, 'invalid-guide-config'),
  )?.value;
  const sourcesYaml =
    readConfig(contentDir, rel, inside, diagnostics, 'sources.yaml', (file, text) =>
      parseYamlConfig(file, text, sourcesFileSchema, 'invalid-sources-config'),
    )?.value ?? {};
  return { diagnostics, guideConfig, sourcesYaml };
}

/** Paths are printed relative to `root`, the project folder. */
export function loadGuide(contentDir: string, root = process.cwd()): LoadResult {
  return finishGuide(planGuide(contentDir, root));
}

/** One chapter of a book (`build/book.ts`): its settings' folder and the members' files sorted into it. */
export interface ChapterSources {
  /** `content/chapters/<NN>-<slug>/`: the chapter's `guide.yaml`, `questions.yaml`, `glossary.yaml` and `notes/`. */
  dir: string;
  entries: SourceEntry[];
  /** Each entry's settings, from the member's entry in the book's `sources.yaml`. */
  sourceConfig: Record<string, SourceConfig>;
}

/**
 * Reads a content folder's settings and lists its sources, without parsing them: the parsing of
 * each source on its own can then run anywhere (`read-parallel.ts`) before `finishGuide`.
 * For a book's chapter, the settings are the chapter folder's and the sources those sorted into it.
 */
export function planGuide(contentDir: string, root = process.cwd(), chapter?: ChapterSources): GuidePlan {
  const rel = (path: string) => relative(root, path).split('\\').join('/');
  const inside = existsSync(contentDir) ? contentRoot(contentDir) : contentDir;
  const settings = readGuideSettings(chapter?.dir ?? contentDir, root, inside);
  const { diagnostics } = settings;
  if (chapter) {
    const { entries, sourceConfig } = chapter;
    for (const entry of entries) {
      const config = sourceConfig[entry.id];
      const read = config && readSettingsSchema.parse(config);
      if (read && Object.keys(read).length) entry.settings = read;
    }
    return { ...settings, entries, sourceConfig, unread: [], skipped: [] };
  }
  const sourcesYaml = readConfig(contentDir, rel, inside, diagnostics, 'sources.yaml', (file, text) =>
    parseYamlConfig(file, text, sourcesFileSchema, 'invalid-sources-config'),
  );
  const sourcesDir = join(contentDir, 'sources');
  const sourcesInside = existsSync(sourcesDir) && insideContent(sourcesDir, inside);
  if (existsSync(sourcesDir) && !sourcesInside) diagnostics.push(outsideLink(rel(sourcesDir)));
  const listed = sourcesInside ? readdirSync(sourcesDir).sort() : [];
  const skipped = listed.flatMap((name) => {
    const reason = skipReason(name);
    return reason ? [`${rel(join(sourcesDir, name))} (${reason})`] : [];
  });
  const unread: UnreadFile[] = [];
  // A link that leads outside content/ is named, never read.
  const names = listed.filter((name) => {
    if (skipReason(name)) return false;
    if (insideContent(join(sourcesDir, name), inside)) return true;
    diagnostics.push(outsideLink(rel(join(sourcesDir, name))));
    unread.push({ file: rel(join(sourcesDir, name)), reason: 'A symbolic link that leads outside content/' });
    return false;
  });
  if (names.length === 0) {
    diagnostics.push(
      diagnostic(
        rel(sourcesDir),
        1,
        1,
        'no-sources',
        'No answer files found; add at least one file such as `content/sources/001_alice.md`',
      ),
    );
  }

  const entries: SourceEntry[] = [];
  const ids = new Map<string, string>();
  for (const name of names) {
    const id = sourceIdFromName(name);
    const file = rel(join(sourcesDir, name));
    const clash = ids.get(id);
    if (clash) {
      // Read all the same, under an id of its whole name, so a clash of numbers loses no one's answers.
      const own = uniqueId(sourceIdFromName(name.replace(/^\d+/, `${id}-`)), ids);
      diagnostics.push(
        diagnostic(
          file,
          1,
          1,
          'duplicate-source-id',
          `Source id \`${id}\` is already used by ${clash}, so this file is read as source \`${own}\`; rename one file so their leading numbers differ`,
        ),
      );
      ids.set(own, file);
      entries.push({ id: own, path: join(sourcesDir, name), file, root: inside });
      continue;
    }
    ids.set(id, file);
    entries.push({ id, path: join(sourcesDir, name), file, root: inside });
  }

  // A bound on the whole: past it, the remaining sources are listed as not read.
  let total = 0;
  for (const [i, entry] of entries.entries()) {
    total += sizeOf(entry.path);
    if (total <= MAX_CONTENT_BYTES) continue;
    for (const over of entries.splice(i)) {
      diagnostics.push(
        diagnostic(
          over.file,
          1,
          1,
          'content-too-large',
          `The sources before this one already hold ${(MAX_CONTENT_BYTES / 1_000_000).toFixed(0)} MB, the most one guide reads, so this one is not read; remove pasted data or split the guide`,
        ),
      );
      unread.push({ file: over.file, reason: `Past the ${(MAX_CONTENT_BYTES / 1_000_000).toFixed(0)} MB one guide reads` });
    }
    break;
  }

  // How to read each source, where sources.yaml says.
  for (const entry of entries) {
    const config = sourcesYaml?.value?.[entry.id];
    // The reading settings alone: the schema drops the rest (label, author, …).
    const settings = config && readSettingsSchema.parse(config);
    if (settings && Object.keys(settings).length) entry.settings = settings;
  }

  if (sourcesYaml?.value && names.length) {
    for (const id of Object.keys(sourcesYaml.value).filter((key) => !ids.has(key))) {
      const known = [...ids.keys()].map((key) => `\`${key}\``).join(', ');
      diagnostics.push(
        diagnostic(
          sourcesYaml.file,
          sourcesYaml.lineOf([id]),
          1,
          'unknown-source-id',
          `There are settings for source \`${id}\` but no file in content/sources/ has that id; use one of ${known} (a file's leading number), or remove the entry`,
        ),
      );
    }
  }
  return {
    ...settings,
    entries,
    sourceConfig: sourcesYaml?.value ?? {},
    unread,
    skipped,
  };
}

/**
 * Parses the planned sources (`firstReads`, when given, is each source read on its own, in `plan.entries`' order),
 * then aligns, compares and validates the guide.
 */
export function finishGuide(plan: GuidePlan, firstReads?: readonly ReadSource[]): LoadResult {
  const { entries, sourceConfig, questionConfig, guideConfig, glossary, notes, pages, guideLang } = plan;
  const diagnostics = [...plan.diagnostics];
  const read = readAllSources(entries, questionConfig, firstReads);
  const shown = new Map<string, ShownLine[]>();
  for (const [i, { file }] of entries.entries()) if (read[i]!.shown) shown.set(file, read[i]!.shown!);
  const sources: Source[] = [];
  const unread: UnreadFile[] = [...plan.unread];
  const skipped = [...plan.skipped];
  for (const [i, { id, file }] of entries.entries()) {
    const parsed = read[i]!;
    diagnostics.push(...parsed.diagnostics);
    unread.push(...(parsed.unread ?? []));
    skipped.push(...(parsed.skipped ?? []));
    // A source no layout could split is published whole, never dropped.
    const answerSet = parsed.answerSet ?? parsed.unsplit?.answerSet;
    if (!answerSet) continue;
    const { problem } = parsed.unsplit ?? {};
    const config = sourceConfig[id] ?? {};
    sources.push({
      id,
      file,
      files: parsed.files,
      label: config.label ?? labelFromName(basename(file)) ?? `Source ${id}`,
      ...(config.author ? { author: config.author } : {}),
      ...(config.link ? { link: config.link } : {}),
      ...(config.license ? { license: config.license } : {}),
      reference: config.reference ?? false,
      lang: config.lang ?? detectLanguage(proseOf([answerSet.preamble, ...answerSet.answers.map((answer) => answer.body)]), guideLang),
      answerSet,
      ...(problem ? { unsplit: { file: problem.file, line: problem.line, ruleId: problem.ruleId, message: problem.message } } : {}),
    });
  }
  // Sources without an `order` come after those with one, by id.
  const orderOf = (id: string) => sourceConfig[id]?.order ?? Number.POSITIVE_INFINITY;
  sources.sort((a, b) => (orderOf(a.id) === orderOf(b.id) ? 0 : orderOf(a.id) < orderOf(b.id) ? -1 : 1) || a.id.localeCompare(b.id));

  if (diagnostics.some((d) => d.fatal)) return { guide: undefined, diagnostics, shown, skipped };
  keyAsGuide(sources.map((source) => source.answerSet.answers));
  diagnostics.push(...placeByWording(sources), ...placeByContent(sources));
  const placed = withQuestionPages(
    assembleGuide({ ...guideConfig, lang: guideLang, sources, questionConfig, glossary, notes, unread }),
    pages,
  );
  const { guide } = placed;
  diagnostics.push(
    ...placed.diagnostics,
    ...skippedDiagnostics(sources, guide.questions, (n) =>
      printedId(n, guide.chapter, guide.sectioned, guide.hyphenated, guide.sectionDots),
    ),
    ...unknownQuestionDiagnostics(sources, questionConfig),
    ...wordingDiagnostics(sources),
  );
  return { guide, diagnostics, shown, skipped };
}

/**
 * The guide again with the sources `ids` published whole (unsplit), for sources whose answers lost
 * a line on the way to the pages: `readText` gives each of their files' text as the parsers read it.
 * Their answers leave the questions, which are aligned and compared again.
 */
export function publishWhole(
  plan: GuidePlan,
  guide: Guide,
  problems: ReadonlyMap<string, Diagnostic>,
  readText: (file: string) => string,
): Guide {
  const sources = guide.sources.map((source): Source => {
    const problem = problems.get(source.id);
    if (!problem) return source;
    const children = source.files.flatMap((file) => wholeDocument({ id: source.id, file, text: readText(file) }).children);
    return {
      ...source,
      answerSet: { format: 'unsplit', reason: problem.message, answers: [], preamble: { type: 'root', children } },
      unsplit: { file: problem.file, line: problem.line, ruleId: problem.ruleId, message: problem.message },
    };
  });
  const { title, description, lang, glossary, notes, unread } = guide;
  const again = assembleGuide({
    title,
    description,
    lang,
    sources,
    questionConfig: plan.questionConfig,
    glossary,
    notes,
    unread,
    chapter: guide.chapter ?? false,
    sectioned: guide.sectioned ?? false,
  });
  // The pages' diagnostics were reported with the guide's first assembly.
  return withQuestionPages(again, plan.pages).guide;
}

/**
 * The guide with the maintainer's own question pages: each question one names carries its `page`,
 * with the answers it shows; a page that names no question or source, or leaves an answer out, is reported.
 */
export function withQuestionPages(guide: Guide, pages: readonly MaintainerPage[]): { guide: Guide; diagnostics: Diagnostic[] } {
  if (pages.length === 0) return { guide, diagnostics: [] };
  const answered = (question: Guide['questions'][number]) =>
    guide.sources.filter((source) => question.answers[source.id] && !source.unsplit).map((source) => source.id);
  const { custom, diagnostics } = placeQuestionPages(
    guide.questions.map((question) => ({ number: question.number, id: question.id, answered: answered(question) })),
    guide.sources.map((source) => source.id),
    pages,
  );
  const questions = guide.questions.map((question) => {
    const page = custom.get(question.number);
    return page ? { ...question, page } : question;
  });
  return { guide: { ...guide, questions }, diagnostics };
}

export interface GuideParts {
  title?: string | undefined;
  description?: string | undefined;
  lang?: string | undefined;
  sources: Source[];
  questionConfig?: Record<string, QuestionConfig>;
  glossary?: GlossaryEntry[];
  notes?: Record<string, Note>;
  unread?: UnreadFile[];
  /** The chapter `guide.yaml` pins (`false`: none); left out, the one most sources print. */
  chapter?: number | false | undefined;
  /** Whether exercises are numbered within sections; left out, as most sources that print a chapter number them. */
  sectioned?: boolean | undefined;
}

/** Aligns parsed sources into questions, compares them, and validates the whole guide. */
export function assembleGuide({
  title = 'Study guide',
  description,
  lang = DEFAULT_LANGUAGE,
  sources,
  questionConfig = {},
  glossary = [],
  notes = {},
  unread = [],
  ...parts
}: GuideParts): Guide {
  const chapter = parts.chapter === false ? undefined : (parts.chapter ?? guideChapter(sources.map((source) => source.answerSet.answers)));
  const sectioned = parts.sectioned ?? guideSectioned(sources.map((source) => source.answerSet.answers));
  const hyphenated = guideHyphenated(sources.map((source) => source.answerSet.answers));
  const sectionDots = sectioned && guideSectionDots(sources.map((source) => source.answerSet.answers));
  const aligned = align(sources, questionConfig, lang, chapter, sectioned, hyphenated, sectionDots);
  const comparisons = compareGuide({ sources, questions: aligned }, glossary, notes);
  const questions = aligned.map((question) => ({ ...question, comparison: comparisons[question.number]! }));
  return guideSchema.parse({
    title,
    lang,
    ...(description ? { description } : {}),
    sources,
    ...(chapter === undefined ? {} : { chapter }),
    ...(sectioned ? { sectioned } : {}),
    ...(hyphenated && chapter !== undefined && !sectioned ? { hyphenated } : {}),
    ...(sectionDots ? { sectionDots } : {}),
    questions,
    glossary,
    notes,
    unread,
  });
}
