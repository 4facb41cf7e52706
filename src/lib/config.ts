/** Reads the YAML files in `content/` and turns schema problems into diagnostics. */
import type { z } from 'astro/zod';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Diagnostic } from './diagnostics.ts';

export interface ConfigResult<T> {
  value: T | undefined;
  diagnostics: Diagnostic[];
}

/**
 * Parses `text` as YAML and validates it with `schema`. Every problem is
 * reported at the line of the offending key, with its dotted path.
 */
export function parseYamlConfig<S extends z.ZodType>(file: string, text: string, schema: S, ruleId: string): ConfigResult<z.infer<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number | undefined, message: string): Diagnostic => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return { file, line, column: col, ruleId, message, fatal: true };
  };
  if (doc.errors.length) {
    return {
      value: undefined,
      diagnostics: doc.errors.map((error) => at(error.pos[0], `Invalid YAML: ${error.message.split('\n')[0]}`)),
    };
  }
  const result = schema.safeParse(doc.toJS() ?? {});
  if (result.success) return { value: result.data, diagnostics: [] };
  return {
    value: undefined,
    diagnostics: result.error.issues.map((issue) => {
      const path = issue.path.map(String);
      const offset = nodeAt(doc, path)?.range?.[0];
      const where = path.length ? `\`${path.join('.')}\`: ` : '';
      return at(offset, `${where}${issue.message}`);
    }),
  };
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
