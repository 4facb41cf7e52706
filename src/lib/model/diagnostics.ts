/** Problems found in the content, printed as `file:line:column: message [rule-id]`. */

/**
 * Every rule a diagnostic can come from, with whether it stops the build.
 * Only configuration (`*.yaml`, notes) and a parser that lost a line stop it:
 * a source problem is a warning, and the source is published whole or listed
 * as not read (`--strict` makes every warning stop the build).
 * The README's diagnostics table lists each of them with an example.
 */
export const rules = {
  'empty-source': { fatal: false, summary: 'a source file has no text' },
  'no-numbering': { fatal: false, summary: 'no numbered questions could be found' },
  'duplicate-question': { fatal: false, summary: 'a question number appears twice in one source' },
  'duplicate-source-id': { fatal: false, summary: 'two sources share an id' },
  'no-sources': { fatal: true, summary: '`content/sources/` has no answer files' },
  'invalid-sources-config': { fatal: true, summary: '`sources.yaml` does not match its schema' },
  'invalid-questions-config': { fatal: true, summary: '`questions.yaml` does not match its schema' },
  'invalid-guide-config': { fatal: true, summary: '`guide.yaml` does not match its schema' },
  'invalid-glossary': { fatal: true, summary: '`glossary.yaml` does not match its schema' },
  'invalid-note': { fatal: true, summary: 'an editor note is misnamed or its frontmatter does not match its schema' },
  'invalid-question-page': {
    fatal: true,
    summary:
      'a maintainer’s question page (`content/questions/<NN>.mdx`) is not valid MDX, uses an unknown component or prop, or names no question or source',
  },
  'page-leaves-out-answer': {
    fatal: false,
    summary: 'a maintainer’s question page does not show a source’s answer (it stays on its source page)',
  },
  'unsupported-file-type': { fatal: false, summary: 'a word-processor, PDF, archive or image file' },
  'binary-file': { fatal: false, summary: 'a file that is not text' },
  'file-too-large': { fatal: false, summary: 'a file with more text than a page can show' },
  'invalid-notebook': { fatal: false, summary: 'an `.ipynb` file that is not a readable notebook' },
  'unnumbered-file': { fatal: false, summary: 'a file in a folder source has no question number in its name' },
  'code-fence-hides-questions': { fatal: false, summary: 'an unclosed code fence swallows the questions after it' },
  'line-not-visible': { fatal: true, summary: 'after a build, a source line is not visible on its page' },
  'not-utf8': { fatal: false, summary: 'a file is not UTF-8 and was read as Latin-1 or UTF-16' },
  'skipped-question': { fatal: false, summary: 'a source has no answer to a question' },
  'numbering-gap': { fatal: false, summary: 'a source’s numbers jump over a question' },
  'numbering-slip': { fatal: false, summary: 'a number written twice in a row where the next is missing, read as the next' },
  'out-of-order': { fatal: false, summary: 'a question number is lower than the one before it' },
  renumbered: { fatal: false, summary: 'every question has the same number, so they were numbered in order' },
  'unknown-question': { fatal: false, summary: 'a question number no other source or `questions.yaml` knows' },
  'mismatched-question': { fatal: false, summary: 'a numbered question words another number’s question' },
  'renumbered-by-content': {
    fatal: false,
    summary: 'most of a source’s answers read as other numbers’ answers, so they are placed by content',
  },
  'other-chapter': { fatal: false, summary: 'none of a source’s questions matches the guide’s: another chapter’s answers' },
  'number-mismatch': { fatal: false, summary: 'a file’s name and its first heading give different numbers' },
  'empty-answer': { fatal: false, summary: 'a question marker with no answer below it' },
  'unclosed-code-fence': { fatal: false, summary: 'a code fence that is never closed' },
  'content-too-large': { fatal: false, summary: 'the sources together hold more than one guide reads' },
  'too-deep': { fatal: false, summary: 'a file nested or marked up past the limits the parser reads in linear time' },
  'too-many-files': { fatal: false, summary: 'a source folder with more files than one source is read for' },
  'outside-link': { fatal: false, summary: 'a symbolic link under `content/` that leads outside it: not read' },
  'unused-setting': { fatal: false, summary: 'a reading setting in `sources.yaml` that does not apply to its file' },
  'unknown-source-id': { fatal: false, summary: '`sources.yaml` names a source that has no file' },
  'chapter-folder': {
    fatal: false,
    summary: 'a folder under `content/chapters/` whose name gives no chapter number, or the number of another chapter folder',
  },
} as const satisfies Record<string, { fatal: boolean; summary: string }>;

export type RuleId = keyof typeof rules;

export interface Diagnostic {
  /** Path relative to the project root. */
  file: string;
  line: number;
  column: number;
  /** Stable id of the rule, e.g. `duplicate-question`. */
  ruleId: RuleId;
  /** What is wrong and how to fix it, in one line. */
  message: string;
  /** Fatal problems stop the build; others are warnings. */
  fatal: boolean;
}

/** A diagnostic whose severity comes from its rule. */
export function diagnostic(file: string, line: number, column: number, ruleId: RuleId, message: string): Diagnostic {
  return { file, line, column, ruleId, message, fatal: rules[ruleId].fatal };
}

/** Every diagnostic made fatal: what `--strict` (or `CROSSGUIDE_STRICT=1`) does to a build's warnings. */
export function strictly(list: readonly Diagnostic[]): Diagnostic[] {
  return list.map((d) => (d.fatal ? d : { ...d, fatal: true }));
}

/** Whether this run asked for `--strict`: on the command line (`npm run build -- --strict`) or as `CROSSGUIDE_STRICT=1`. */
export function strictRequested(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): boolean {
  return argv.includes('--strict') || ['1', 'true'].includes(env.CROSSGUIDE_STRICT ?? '');
}

/** Formats one diagnostic the way compilers and linters do. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.fatal ? '' : 'warning: '}${d.message} [${d.ruleId}]`;
}

/** Sorts by file, then position, so output is stable. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId),
  );
}
