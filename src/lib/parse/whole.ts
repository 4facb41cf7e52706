/**
 * A source that could not be split into answers is published whole: its
 * text as one document, read the way its kind is read everywhere else
 * (a notebook's cells, a script's comments as text, Markdown as Markdown),
 * so a reader sees every line of it on the source page.
 */
import type { Root } from 'mdast';
import { parseMarkdown } from '../read/markdown.ts';
import type { SourceFile } from '../read/source-file.ts';
import { notebookTree } from './notebook.ts';
import { looksLikeNotebook, readNotebook } from '../read/notebook-read.ts';
import { looksLikeScript, readScript, scriptLanguage } from '../read/script-read.ts';

/** The whole file as one tree; a notebook that is not valid JSON is shown as its text. */
export function wholeDocument(file: SourceFile): Root {
  if (looksLikeNotebook(file)) {
    const read = readNotebook(file.file, file.text);
    if (!('diagnostics' in read)) return { type: 'root', children: notebookTree(read).children };
    return { type: 'root', children: [{ type: 'code', lang: 'json', value: file.text.replace(/\s+$/, '') }] };
  }
  if (looksLikeScript(file)) return { type: 'root', children: notebookTree(readScript(file.text, scriptLanguage(file.file))).children };
  return parseMarkdown(file.text);
}
