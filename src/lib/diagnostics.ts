/** Problems found in the content, printed as `file:line:column: message [rule-id]`. */

export interface Diagnostic {
  /** Path relative to the project root. */
  file: string;
  line: number;
  column: number;
  /** Stable id of the rule, e.g. `duplicate-question`. */
  ruleId: string;
  /** What is wrong and how to fix it, in one line. */
  message: string;
  /** Fatal problems stop the build; others are warnings. */
  fatal: boolean;
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

/** Thrown when content cannot become a guide; carries every diagnostic at once. */
export class ContentError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    const sorted = sortDiagnostics(diagnostics);
    super(sorted.map(formatDiagnostic).join('\n'));
    this.name = 'ContentError';
    this.diagnostics = sorted;
  }
}
