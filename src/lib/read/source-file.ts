/** A source file as read from `content/sources/`. */
export interface SourceFile {
  /** Stable id: the file name's leading number (`000_x.txt` → `000`), else its slugged stem. */
  id: string;
  /** Path relative to the project root, as printed in diagnostics. */
  file: string;
  /** Decoded text, without a byte-order mark. */
  text: string;
}

/** Derives a source id from a file name. */
export function sourceIdFromName(name: string): string {
  const stem = name.replace(/\.[^.]+$/, '');
  const leading = /^(\d+)(?:[_\-. ]|$)/.exec(stem);
  if (leading?.[1]) return leading[1];
  return (
    stem
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'source'
  );
}

/**
 * A readable label from a file or folder name, for a source `sources.yaml` does not label: the name
 * less its leading number and extension (`101_zilleplus-ch7.md` → `zilleplus-ch7`); none when what is
 * left is empty, only digits, or a hash (`000_d9c0ade0902cf93b.txt`).
 */
export function labelFromName(name: string): string | undefined {
  const stem = name
    .replace(/\.[^.]+$/, '')
    .replace(/^\d+(?:[_\-. ]+|$)/, '')
    .trim();
  if (!stem || /^\d+$/.test(stem) || /^[0-9a-f]{8,}$/i.test(stem)) return undefined;
  return stem;
}

/** Splits text into lines, accepting LF and CRLF endings. */
export function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}

/** True for a line with nothing visible on it. */
export function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** A line of a source file, with its place in the file. */
export interface Line {
  text: string;
  /** 1-based line number in the file. */
  line: number;
}
