/** Reads a content folder and turns it into a validated guide. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { align, skippedDiagnostics } from './align.ts';
import { parseYamlConfig } from './config.ts';
import type { Diagnostic } from './diagnostics.ts';
import { compareGuide } from './compare/index.ts';
import { readNotes } from './notes.ts';
import { glossaryFileSchema, guideConfigSchema, guideSchema, questionsFileSchema, sourcesFileSchema, type GlossaryEntry, type Guide, type Note, type QuestionConfig, type Source } from './model.ts';
import { parseAnswerSet } from './parse/index.ts';
import { sourceIdFromName, type SourceFile } from './source-file.ts';

export interface LoadResult {
  /** Undefined when a fatal diagnostic stopped the pipeline. */
  guide: Guide | undefined;
  diagnostics: Diagnostic[];
}

/** Paths are printed relative to `root`, the project folder. */
export function loadGuide(contentDir: string, root = process.cwd()): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const rel = (path: string) => relative(root, path).split('\\').join('/');
  const readConfig = <T>(name: string, parse: (file: string, text: string) => { value: T | undefined; diagnostics: Diagnostic[] }) => {
    const path = join(contentDir, name);
    if (!existsSync(path)) return undefined;
    const result = parse(rel(path), readFileSync(path, 'utf8'));
    diagnostics.push(...result.diagnostics);
    return result.value;
  };
  const sourceConfig =
    readConfig('sources.yaml', (file, text) => parseYamlConfig(file, text, sourcesFileSchema, 'invalid-sources-config')) ?? {};
  const questionConfig =
    readConfig('questions.yaml', (file, text) => parseYamlConfig(file, text, questionsFileSchema, 'invalid-questions-config')) ?? {};

  const glossary = readConfig('glossary.yaml', (file, text) => parseYamlConfig(file, text, glossaryFileSchema, 'invalid-glossary')) ?? [];
  const notesResult = readNotes(join(contentDir, 'notes'), rel);
  diagnostics.push(...notesResult.diagnostics);
  const guideConfig = readConfig('guide.yaml', (file, text) => parseYamlConfig(file, text, guideConfigSchema, 'invalid-guide-config'));

  const sourcesDir = join(contentDir, 'sources');
  const names = existsSync(sourcesDir) ? readdirSync(sourcesDir).filter((name) => !name.startsWith('.')).sort() : [];
  if (names.length === 0) {
    diagnostics.push({
      file: rel(sourcesDir),
      line: 1,
      column: 1,
      ruleId: 'no-sources',
      message: 'No answer files found; add at least one file such as `content/sources/001_alice.md`',
      fatal: true,
    });
  }

  const sources: Source[] = [];
  const ids = new Map<string, string>();
  for (const name of names) {
    const file: SourceFile = { id: sourceIdFromName(name), file: rel(join(sourcesDir, name)), text: '' };
    const clash = ids.get(file.id);
    if (clash) {
      diagnostics.push({ file: file.file, line: 1, column: 1, ruleId: 'duplicate-source-id', message: `Source id \`${file.id}\` is already used by ${clash}; rename one file so their leading numbers differ`, fatal: true });
      continue;
    }
    ids.set(file.id, file.file);
    file.text = readFileSync(join(sourcesDir, name), 'utf8').replace(/^\uFEFF/, '');
    const parsed = parseAnswerSet(file);
    diagnostics.push(...parsed.diagnostics);
    if (!parsed.answerSet) continue;
    const config = sourceConfig[file.id] ?? {};
    sources.push({
      id: file.id,
      file: file.file,
      label: config.label ?? `Source ${file.id}`,
      ...(config.author ? { author: config.author } : {}),
      ...(config.link ? { link: config.link } : {}),
      ...(config.license ? { license: config.license } : {}),
      reference: config.reference ?? false,
      answerSet: parsed.answerSet,
    });
  }
  sources.sort((a, b) => (sourceConfig[a.id]?.order ?? 0) - (sourceConfig[b.id]?.order ?? 0) || a.id.localeCompare(b.id));

  if (diagnostics.some((d) => d.fatal)) return { guide: undefined, diagnostics };
  const guide = assembleGuide({ ...guideConfig, sources, questionConfig, glossary, notes: notesResult.notes });
  diagnostics.push(...skippedDiagnostics(sources, guide.questions));
  return { guide, diagnostics };
}

export interface GuideParts {
  title?: string | undefined;
  description?: string | undefined;
  sources: Source[];
  questionConfig?: Record<string, QuestionConfig>;
  glossary?: GlossaryEntry[];
  notes?: Record<string, Note>;
}

/** Aligns parsed sources into questions, compares them, and validates the whole guide. */
export function assembleGuide({ title = 'Study guide', description, sources, questionConfig = {}, glossary = [], notes = {} }: GuideParts): Guide {
  const aligned = align(sources, questionConfig);
  const comparisons = compareGuide({ sources, questions: aligned }, glossary, notes);
  const questions = aligned.map((question) => ({ ...question, comparison: comparisons[question.number]! }));
  return guideSchema.parse({ title, ...(description ? { description } : {}), sources, questions, glossary, notes });
}
