/** Reads a content folder and turns it into a validated guide. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { align, skippedDiagnostics, unknownQuestionDiagnostics } from './align.ts';
import { compareGuide } from './compare/index.ts';
import { parseYamlConfig, type ConfigResult } from './config.ts';
import { diagnostic, type Diagnostic } from './diagnostics.ts';
import {
  glossaryFileSchema,
  guideConfigSchema,
  guideSchema,
  questionsFileSchema,
  sourcesFileSchema,
  type GlossaryEntry,
  type Guide,
  type Note,
  type QuestionConfig,
  type Source,
} from './model.ts';
import { DEFAULT_LANGUAGE } from './language-tag.ts';
import { detectLanguage, proseOf } from './language.ts';
import { readNotes } from './notes.ts';
import { readAllSources, type SourceEntry } from './read-all.ts';
import { wordingDiagnostics } from './wording.ts';
import { sourceIdFromName } from './source-file.ts';

export interface LoadResult {
  /** Undefined when a fatal diagnostic stopped the pipeline. */
  guide: Guide | undefined;
  diagnostics: Diagnostic[];
}

/** Paths are printed relative to `root`, the project folder. */
export function loadGuide(contentDir: string, root = process.cwd()): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const rel = (path: string) => relative(root, path).split('\\').join('/');
  const readConfig = <T>(name: string, parse: (file: string, text: string) => ConfigResult<T>) => {
    const path = join(contentDir, name);
    if (!existsSync(path)) return undefined;
    const result = parse(rel(path), readFileSync(path, 'utf8'));
    diagnostics.push(...result.diagnostics);
    return { ...result, file: rel(path) };
  };
  const sourcesYaml = readConfig('sources.yaml', (file, text) => parseYamlConfig(file, text, sourcesFileSchema, 'invalid-sources-config'));
  const sourceConfig = sourcesYaml?.value ?? {};
  const questionConfig =
    readConfig('questions.yaml', (file, text) => parseYamlConfig(file, text, questionsFileSchema, 'invalid-questions-config'))?.value ?? {};
  const guideConfig = readConfig('guide.yaml', (file, text) => parseYamlConfig(file, text, guideConfigSchema, 'invalid-guide-config'))?.value;
  const glossary = readConfig('glossary.yaml', (file, text) => parseYamlConfig(file, text, glossaryFileSchema, 'invalid-glossary'))?.value ?? [];
  const guideLang = guideConfig?.lang ?? DEFAULT_LANGUAGE;
  const notes = readNotes(join(contentDir, 'notes'), rel);
  diagnostics.push(...notes.diagnostics);

  const sourcesDir = join(contentDir, 'sources');
  const names = existsSync(sourcesDir) ? readdirSync(sourcesDir).filter((name) => !name.startsWith('.')).sort() : [];
  if (names.length === 0) {
    diagnostics.push(
      diagnostic(rel(sourcesDir), 1, 1, 'no-sources', 'No answer files found; add at least one file such as `content/sources/001_alice.md`'),
    );
  }

  const entries: SourceEntry[] = [];
  const ids = new Map<string, string>();
  for (const name of names) {
    const id = sourceIdFromName(name);
    const file = rel(join(sourcesDir, name));
    const clash = ids.get(id);
    if (clash) {
      diagnostics.push(
        diagnostic(file, 1, 1, 'duplicate-source-id', `Source id \`${id}\` is already used by ${clash}; rename one file so their leading numbers differ`),
      );
      continue;
    }
    ids.set(id, file);
    entries.push({ id, path: join(sourcesDir, name), file });
  }
  const read = readAllSources(entries, questionConfig);
  const sources: Source[] = [];
  for (const [i, { id, file }] of entries.entries()) {
    const parsed = read[i]!;
    diagnostics.push(...parsed.diagnostics);
    if (!parsed.answerSet) continue;
    const config = sourceConfig[id] ?? {};
    sources.push({
      id,
      file,
      files: parsed.files,
      label: config.label ?? `Source ${id}`,
      ...(config.author ? { author: config.author } : {}),
      ...(config.link ? { link: config.link } : {}),
      ...(config.license ? { license: config.license } : {}),
      reference: config.reference ?? false,
      lang: config.lang ?? detectLanguage(proseOf([parsed.answerSet.preamble, ...parsed.answerSet.answers.map((answer) => answer.body)]), guideLang),
      answerSet: parsed.answerSet,
    });
  }
  // Sources without an `order` come after those with one, by id.
  const orderOf = (id: string) => sourceConfig[id]?.order ?? Number.POSITIVE_INFINITY;
  sources.sort((a, b) => (orderOf(a.id) === orderOf(b.id) ? 0 : orderOf(a.id) < orderOf(b.id) ? -1 : 1) || a.id.localeCompare(b.id));

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

  if (diagnostics.some((d) => d.fatal)) return { guide: undefined, diagnostics };
  const guide = assembleGuide({ ...guideConfig, lang: guideLang, sources, questionConfig, glossary, notes: notes.notes });
  diagnostics.push(
    ...skippedDiagnostics(sources, guide.questions),
    ...unknownQuestionDiagnostics(sources, questionConfig),
    ...wordingDiagnostics(sources),
  );
  return { guide, diagnostics };
}

export interface GuideParts {
  title?: string | undefined;
  description?: string | undefined;
  lang?: string | undefined;
  sources: Source[];
  questionConfig?: Record<string, QuestionConfig>;
  glossary?: GlossaryEntry[];
  notes?: Record<string, Note>;
}

/** Aligns parsed sources into questions, compares them, and validates the whole guide. */
export function assembleGuide({ title = 'Study guide', description, lang = DEFAULT_LANGUAGE, sources, questionConfig = {}, glossary = [], notes = {} }: GuideParts): Guide {
  const aligned = align(sources, questionConfig, lang);
  const comparisons = compareGuide({ sources, questions: aligned }, glossary, notes);
  const questions = aligned.map((question) => ({ ...question, comparison: comparisons[question.number]! }));
  return guideSchema.parse({ title, lang, ...(description ? { description } : {}), sources, questions, glossary, notes });
}
