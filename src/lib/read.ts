/** Reads one entry of `content/sources/`: a file, or a folder with one file per question. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeSource } from './decode.ts';
import type { Diagnostic } from './diagnostics.ts';
import { parseFolder, type FolderEntry } from './parse/folder.ts';
import { parseAnswerSet, type ParsedFile } from './parse/index.ts';
import type { ParseContext } from './parse/types.ts';
import { shownLines, type ShownLine } from './verify/shown-lines.ts';

export interface ReadSource extends Omit<ParsedFile, 'document'> {
  /** Project-relative paths of the files the answers were read from. */
  files: string[];
  /**
   * What each line of the file shows once rendered, for the nothing-lost check, when parsing the file
   * gave it at no extra parse (`ParsedFile.document`); the check works it out itself otherwise.
   */
  shown?: ShownLine[];
}

/**
 * Reads and parses the source at `path`; `file` is the same path relative
 * to the project, as diagnostics print it.
 */
export function readSource(id: string, path: string, file: string, context: ParseContext = {}): ReadSource {
  if (statSync(path).isDirectory()) {
    const diagnostics: Diagnostic[] = [];
    const entries: FolderEntry[] = readdirSync(path, { withFileTypes: true })
      .filter((entry) => !entry.name.startsWith('.'))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((entry) => {
        const entryFile = `${file}/${entry.name}`;
        if (entry.isDirectory()) return { name: entry.name, file: entryFile, kind: 'folder' };
        const decoded = decodeSource(entryFile, readFileSync(join(path, entry.name)));
        diagnostics.push(...decoded.diagnostics);
        return { name: entry.name, file: entryFile, kind: 'file', ...(decoded.text === undefined ? {} : { text: decoded.text }) };
      });
    const parsed = parseFolder(file, entries, context);
    return { ...parsed, diagnostics: [...diagnostics, ...parsed.diagnostics] };
  }
  const decoded = decodeSource(file, readFileSync(path));
  if (decoded.text === undefined) return { diagnostics: decoded.diagnostics, files: [] };
  const { document, ...parsed } = parseAnswerSet({ id, file, text: decoded.text }, context);
  return {
    ...parsed,
    diagnostics: [...decoded.diagnostics, ...parsed.diagnostics],
    files: [file],
    ...(document ? { shown: shownLines(file, decoded.text, document) } : {}),
  };
}

/** The text of a source file as the parsers saw it: decoded, without a byte-order mark, with `\n` line endings. */
export function readSourceText(path: string, file: string): string {
  return decodeSource(file, readFileSync(path)).text ?? '';
}
