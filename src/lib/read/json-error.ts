/**
 * Where a JSON text first goes wrong, and what was expected there.
 * `JSON.parse` reports this differently across Node versions, and sometimes
 * only as a quoted snippet; a small scanner gives a line and column to point at.
 */

export interface JsonError {
  /** Offset of the first character that cannot be part of valid JSON. */
  offset: number;
  /** What was expected there, e.g. "a value" or "`,` or `}`". */
  expected: string;
}

/** Returns the first error in `text`, or undefined when it is valid JSON. */
export function findJsonError(text: string): JsonError | undefined {
  let at = 0;
  const fail = (expected: string): never => {
    throw { offset: at, expected } satisfies JsonError;
  };
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, at)) at += word.length;
    else fail('a value');
  };
  const string = () => {
    at++;
    while (at < text.length && text[at] !== '"') {
      if (text[at] === '\\') at++;
      else if (text.charCodeAt(at) < 0x20) fail('`"` to close the string');
      at++;
    }
    if (at >= text.length) fail('`"` to close the string');
    at++;
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
    if (!match) fail('a value');
    at += match![0].length;
  };
  const value = (): void => {
    space();
    const c = text[at];
    if (c === '{') return container('}', true);
    if (c === '[') return container(']', false);
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    fail('a value');
  };
  const container = (close: string, object: boolean) => {
    at++;
    space();
    if (text[at] === close) {
      at++;
      return;
    }
    for (;;) {
      if (object) {
        space();
        if (text[at] !== '"') fail('a `"`-quoted key');
        string();
        space();
        if (text[at] !== ':') fail('`:` after the key');
        at++;
      }
      value();
      space();
      if (text[at] === ',') {
        at++;
        space();
        if (text[at] === close) fail(object ? 'another key after `,`' : 'another value after `,`');
        continue;
      }
      if (text[at] === close) {
        at++;
        return;
      }
      fail(`\`,\` or \`${close}\``);
    }
  };
  try {
    value();
    space();
    if (at < text.length) fail('the end of the file');
    return undefined;
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'offset' in error) return error as JsonError;
    throw error;
  }
}
