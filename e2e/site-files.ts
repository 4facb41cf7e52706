import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
/** A file of a built site; HTML pages carry their text. */
export interface BuiltFile {
  path: string;
  html?: string;
}

/** Every file of a built site, with the text of its HTML pages. */
export function readBuiltSite(dir: string): BuiltFile[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/');
      return path.endsWith('.html') ? { path, html: readFileSync(join(dir, path), 'utf8') } : { path };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}
