/**
 * What a guide may read: only what lies inside its content folder. A
 * symbolic link is followed only where its real path stays inside (as
 * Jekyll's safe mode and Hugo do), and the hidden and tool files a
 * repository checkout brings (`.git/`, `.env`, `.ipynb_checkpoints/`,
 * `__pycache__/`, `node_modules/`, editor backups) are never read.
 */
import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
import { diagnostic, type Diagnostic } from '../model/diagnostics.ts';

/** Folders a checkout or a tool brings that hold no one's answers. */
const TOOL_FOLDERS = new Set(['node_modules', '__pycache__']);

/** Why a file or folder under `content/` is skipped unread, or undefined when it is read. */
export function skipReason(name: string): string | undefined {
  if (name.startsWith('.')) return 'hidden';
  if (TOOL_FOLDERS.has(name)) return 'a tool folder';
  if (name.endsWith('~') || /\.(?:swp|swo|bak|orig)$/i.test(name) || /^#.*#$/.test(name)) return 'an editor backup';
  return undefined;
}

/** Whether an entry of a source folder is skipped unread: hidden, tool and backup files. */
export const isSkipped = (name: string): boolean => skipReason(name) !== undefined;

/** Whether a path is a symbolic link, even one that leads nowhere. */
export function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The real path of the content folder, which every path read must lie inside. */
export function contentRoot(contentDir: string): string {
  return realpathSync(contentDir);
}

/**
 * Whether `path` may be read: it is no symbolic link, or its real path lies inside `root`
 * (the content folder's real path). A broken link is not read either.
 */
export function insideContent(path: string, root: string): boolean {
  if (!lstatSync(path).isSymbolicLink()) return true;
  try {
    const real = realpathSync(path);
    return real === root || real.startsWith(root + sep);
  } catch {
    return false;
  }
}

/** The warning for a link that leads outside `content/`: it names the link, never what it points at. */
export function outsideLink(file: string): Diagnostic {
  return diagnostic(
    file,
    1,
    1,
    'outside-link',
    `This is a symbolic link that leads outside content/ (or nowhere), so it is not read and nothing of it is published; copy the file into content/ if it belongs to the guide`,
  );
}

/** The most bytes of sources one guide reads: the sources after that, by name, are listed as not read. */
export const MAX_CONTENT_BYTES = 100_000_000;

/** Bytes in a source file, or in every file a source folder is read for (links and skipped files aside). */
export function sizeOf(path: string): number {
  const stat = lstatSync(path);
  if (!stat.isDirectory()) return stat.isFile() ? stat.size : 0;
  return readdirSync(path).reduce((sum, name) => sum + (isSkipped(name) ? 0 : sizeOf(join(path, name))), 0);
}
