/** Reads editor notes, `content/notes/<NN>.mdx`: a verdict in the frontmatter, commentary below. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { parseYamlConfig } from './config.ts';
import type { Diagnostic } from '../model/diagnostics.ts';
import { noteSchema, type Note } from '../model/model.ts';

export interface NotesResult {
  /** Notes keyed by question number. */
  notes: Record<string, Note>;
  diagnostics: Diagnostic[];
}

/** Reads every note in `dir`; `rel` turns a path into the form diagnostics print; `readable` says whether a path may be read. */
export function readNotes(dir: string, rel: (path: string) => string, readable: (path: string) => boolean = () => true): NotesResult {
  const notes: Record<string, Note> = {};
  const diagnostics: Diagnostic[] = [];
  if (!existsSync(dir) || !readable(dir)) return { notes, diagnostics };
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.mdx') || n.endsWith('.md'))
    .sort()) {
    const file = rel(join(dir, name));
    // A note that is a link leading outside content/ is not read.
    if (!readable(join(dir, name))) {
      diagnostics.push({
        file,
        line: 1,
        column: 1,
        ruleId: 'outside-link',
        message:
          'This is a symbolic link that leads outside content/ (or nowhere), so it is not read and nothing of it is published; copy the file into content/ if it belongs to the guide',
        fatal: false,
      });
      continue;
    }
    const number = /^(\d+)\.mdx?$/.exec(name)?.[1];
    if (!number) {
      diagnostics.push({
        file,
        line: 1,
        column: 1,
        ruleId: 'invalid-note',
        message: 'A note is named after its question number, e.g. `content/notes/03.mdx`; rename the file',
        fatal: true,
      });
      continue;
    }
    const tree: Root = fromMarkdown(readFileSync(join(dir, name), 'utf8'), {
      extensions: [frontmatter(['yaml'])],
      mdastExtensions: [frontmatterFromMarkdown(['yaml'])],
    });
    const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0].value : '';
    // The frontmatter starts on line 2, after its opening `---`.
    const result = parseYamlConfig(file, yaml, noteSchema, 'invalid-note');
    diagnostics.push(...result.diagnostics.map((d) => ({ ...d, line: d.line + 1 })));
    if (result.value) notes[String(Number(number))] = result.value;
  }
  return { notes, diagnostics };
}
