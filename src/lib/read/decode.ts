/**
 * Turns a source file's bytes into text with `\n` line endings, or says
 * plainly why it cannot: a word-processor file, a binary file, too much text.
 * Text that is not UTF-8 is still read (as Latin-1) with a warning.
 */
import { readFileSync } from 'node:fs';
import { diagnostic, type Diagnostic } from '../model/diagnostics.ts';
import { typstAsMarkdown } from './typst.ts';

/** Text files above this size are refused: every line of a source becomes page text. */
export const MAX_TEXT_BYTES = 1_000_000;
/** Notebooks carry images and other outputs that are not shown, so the file may be larger. */
export const MAX_NOTEBOOK_BYTES = 50_000_000;

export interface DecodedSource {
  /** Undefined when the file cannot be read as text. */
  text?: string;
  diagnostics: Diagnostic[];
}

const SAVE_AS_TEXT = 'save the answers as Markdown (`.md`) or plain text (`.txt`) under the same name, then remove this file';

/** File kinds that are not answer sets, by extension. */
const UNSUPPORTED: Record<string, string> = {
  docx: 'a Word document',
  doc: 'a Word document',
  odt: 'an OpenDocument text',
  rtf: 'a rich-text document',
  pages: 'a Pages document',
  pdf: 'a PDF',
  xlsx: 'a spreadsheet',
  xls: 'a spreadsheet',
  ods: 'a spreadsheet',
  pptx: 'a presentation',
  ppt: 'a presentation',
  zip: 'a zip archive',
  png: 'an image',
  jpg: 'an image',
  jpeg: 'an image',
  gif: 'an image',
  webp: 'an image',
};

/** Leading bytes of file kinds that are not answer sets, whatever their extension. */
const MAGIC: Array<[bytes: number[], kind: string]> = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF'],
  [[0x50, 0x4b, 0x03, 0x04], 'a zip archive (such as a `.docx` Word document)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old-style Office document'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'a rich-text document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
];

/** Decodes `bytes` read from `file` (a project-relative path, used in diagnostics). */
export function decodeSource(file: string, bytes: Uint8Array): DecodedSource {
  const fail = (ruleId: 'unsupported-file-type' | 'binary-file' | 'file-too-large', message: string): DecodedSource => ({
    diagnostics: [diagnostic(file, 1, 1, ruleId, message)],
  });
  const extension = /\.([^./]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
  const kind = UNSUPPORTED[extension] ?? MAGIC.find(([magic]) => magic.every((byte, i) => bytes[i] === byte))?.[1];
  if (kind) return fail('unsupported-file-type', `This is ${kind}, which cannot be read as answers; ${SAVE_AS_TEXT}`);

  // A Typst document is read as the Markdown it would be, line for line (`typst.ts`).
  const normalise = extension === 'typ' ? (text: string) => typstAsMarkdown(normaliseText(text)) : normaliseText;
  const utf16 = utf16Encoding(bytes);
  if (!utf16 && looksBinary(bytes)) {
    return fail(
      'binary-file',
      `This file is binary, not text; answer sets are text files (\`.md\`, \`.txt\`, \`.ipynb\`): ${SAVE_AS_TEXT}`,
    );
  }

  const limit = extension === 'ipynb' ? MAX_NOTEBOOK_BYTES : MAX_TEXT_BYTES;
  if (bytes.length > limit) {
    return fail(
      'file-too-large',
      `This file is ${megabytes(bytes.length)}, over the ${megabytes(limit)} limit for one source; split it into a folder with one file per question (\`3.md\`, \`4.md\`, …) or remove pasted data from it`,
    );
  }

  if (utf16) {
    const text = new TextDecoder(utf16).decode(bytes);
    return {
      text: normalise(text),
      diagnostics: [
        diagnostic(
          file,
          1,
          1,
          'not-utf8',
          `This file is ${utf16.toUpperCase()} text; it was read correctly, but save it as UTF-8 to silence this warning`,
        ),
      ],
    };
  }
  const invalid = firstInvalidUtf8(bytes);
  if (invalid === -1) return { text: normalise(new TextDecoder('utf-8').decode(bytes)), diagnostics: [] };

  // Latin-1 (as browsers read it, Windows-1252) is what most non-UTF-8 text files are.
  const text = normalise(new TextDecoder('windows-1252').decode(bytes));
  const before = normalise(new TextDecoder('windows-1252').decode(bytes.subarray(0, invalid)));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  const byte = bytes[invalid]!.toString(16).toUpperCase().padStart(2, '0');
  return {
    text,
    diagnostics: [
      diagnostic(
        file,
        line,
        column,
        'not-utf8',
        `This file is not UTF-8 (byte 0x${byte} here); it was read as Latin-1, so check that accents look right, and save it as UTF-8 to silence this warning`,
      ),
    ],
  };
}

/** Removes a byte-order mark and turns CRLF and CR line endings into LF. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** A NUL byte, or many control characters, in the first 8 KB. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return head.length > 0 && control / head.length > 0.1;
}

/** Offset of the first byte that breaks UTF-8, or -1 when the whole buffer is valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    const length =
      byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    // Overlong forms, surrogates and code points above U+10FFFF.
    const second = bytes[i + 1] ?? 0;
    if (length === 3 && ((byte === 0xe0 && second < 0xa0) || (byte === 0xed && second > 0x9f))) return i;
    if (length === 4 && ((byte === 0xf0 && second < 0x90) || (byte === 0xf4 && second > 0x8f))) return i;
    i += length;
  }
  return -1;
}

/** The text of a source file as the parsers saw it: decoded, without a byte-order mark, with `\n` line endings. */
export function readSourceText(path: string, file: string): string {
  return decodeSource(file, readFileSync(path)).text ?? '';
}
