/** Reads the YAML files in `content/` and turns schema problems into diagnostics. */
import { z } from 'astro/zod';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { diagnostic, type Diagnostic, type RuleId } from '../model/diagnostics.ts';

export interface ConfigResult<T> {
  value: T | undefined;
  diagnostics: Diagnostic[];
  /** Line of the key at `path`, or 1 when there is none. */
  lineOf: (path: readonly string[]) => number;
}

/**
 * Parses `text` as YAML and validates it with `schema`. Every problem is
 * reported at the line of the offending key, with its dotted path.
 */
export function parseYamlConfig<S extends z.ZodType>(file: string, text: string, schema: S, ruleId: RuleId): ConfigResult<z.infer<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const position = (offset: number | undefined) => lineCounter.linePos(offset ?? 0);
  const at = (offset: number | undefined, message: string): Diagnostic => {
    const { line, col } = position(offset);
    return diagnostic(file, line, col, ruleId, message);
  };
  const lineOf = (path: readonly string[]) => position(nodeKeyAt(doc, path)?.range?.[0]).line;
  if (doc.errors.length) {
    return {
      value: undefined,
      diagnostics: doc.errors.map((error) => at(error.pos[0], `Invalid YAML: ${error.message.split('\n')[0]}`)),
      lineOf,
    };
  }
  const result = schema.safeParse(doc.toJS() ?? {});
  if (result.success) return { value: result.data, diagnostics: [], lineOf };
  return {
    value: undefined,
    diagnostics: result.error.issues.flatMap((issue) => {
      const path = issue.path.map(String);
      if (issue.code === 'unrecognized_keys') {
        const allowed = keysAt(schema, path);
        return issue.keys.map((key) =>
          at(nodeKeyAt(doc, [...path, key])?.range?.[0], `${formatIssuePath(path)}unknown setting \`${key}\`${suggest(key, allowed)}`),
        );
      }
      // zod says "expected string, received undefined" for a missing key.
      const message =
        issue.code === 'invalid_type' && /received undefined$/.test(issue.message) ? 'this setting is required' : issue.message;
      return [at(nodeAt(doc, path)?.range?.[0], `${formatIssuePath(path)}${message}`)];
    }),
    lineOf,
  };
}

/** `` `000.order`: `` for an issue's path, or nothing at the top level. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.length ? `\`${path.map(String).join('.')}\`: ` : '';
}

/** A hint naming the closest allowed key, and the allowed keys. */
function suggest(key: string, allowed: readonly string[]): string {
  if (allowed.length === 0) return '';
  const closest = closestName(key, allowed);
  const didYouMean = closest ? `; did you mean \`${closest}\`?` : '';
  return `${didYouMean}${didYouMean ? ' The' : '; the'} settings are ${allowed.map((k) => `\`${k}\``).join(', ')}`;
}

/** The allowed name `name` is most likely a misspelling of, for a "did you mean" hint; none when none is close. */
export function closestName(name: string, allowed: readonly string[]): string | undefined {
  const closest = [...allowed].sort((a, b) => distance(name, a) - distance(name, b))[0];
  return closest !== undefined && distance(name, closest) <= Math.max(2, Math.floor(name.length / 3)) ? closest : undefined;
}

/** The keys an object schema allows at `path`, looking through records. */
function keysAt(schema: z.ZodType, path: readonly string[]): string[] {
  let current: z.ZodType | undefined = schema;
  for (const _ of path) {
    if (current instanceof z.ZodRecord) current = current.valueType as z.ZodType;
    else if (current instanceof z.ZodObject) current = current.shape[_] as z.ZodType | undefined;
    else return [];
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

/** Levenshtein distance, for "did you mean" hints. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]!;
}

/** The deepest node along `path`, matching keys by their text so `4:` matches `"4"`. */
function nodeAt(doc: Document, path: readonly string[]): Node | undefined {
  let node: unknown = doc.contents;
  let found = isNode(node) ? node : undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => String(isScalar(item.key) ? item.key.value : item.key) === segment);
      node = pair?.value ?? pair?.key;
    } else if (isSeq(node)) node = node.items[Number(segment)];
    else break;
    if (!isNode(node)) break;
    found = node;
  }
  return found;
}

/** The key node of the last segment of `path`, so an unknown key is reported where it is written. */
function nodeKeyAt(doc: Document, path: readonly string[]): Node | undefined {
  const parent = nodeAt(doc, path.slice(0, -1));
  if (!isMap(parent)) return parent;
  const pair = parent.items.find((item) => String(isScalar(item.key) ? item.key.value : item.key) === path.at(-1));
  return isNode(pair?.key) ? pair.key : parent;
}
