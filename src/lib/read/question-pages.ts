/**
 * Reads a maintainer's own question pages, `content/questions/<NN>.mdx`, and
 * checks them before Astro compiles them: an MDX syntax error, a component
 * the page neither imports nor may use, and a prop a component does not take
 * are configuration errors that stop the build with file, line and column,
 * instead of a stack trace from deep inside the compiler.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { frontmatter } from 'micromark-extension-frontmatter';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';
import { diagnostic, type Diagnostic } from '../model/diagnostics.ts';
import { pageComponentProps, type MaintainerPage, type PageComponentName } from '../model/question-page.ts';
import { closestName } from './config.ts';

export interface QuestionPagesResult {
  pages: MaintainerPage[];
  diagnostics: Diagnostic[];
}

const COMPONENTS = Object.keys(pageComponentProps) as PageComponentName[];
const isComponent = (name: string): name is PageComponentName => Object.hasOwn(pageComponentProps, name);

/** Reads every `.mdx` page in `dir`; `rel` turns a path into the form diagnostics print; `readable` says whether a path may be read. */
export function readQuestionPages(
  dir: string,
  rel: (path: string) => string,
  readable: (path: string) => boolean = () => true,
): QuestionPagesResult {
  const pages: MaintainerPage[] = [];
  const diagnostics: Diagnostic[] = [];
  if (!existsSync(dir) || !readable(dir)) return { pages, diagnostics };
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const file = rel(path);
    if (extname(name) === '.md') {
      diagnostics.push(
        diagnostic(
          file,
          1,
          1,
          'invalid-question-page',
          `A question page is MDX, so that it can use the page's components: rename it to \`${name}x\``,
        ),
      );
      continue;
    }
    // Images and other files a page uses live beside it.
    if (extname(name) !== '.mdx') continue;
    // As a note that leads outside content/, a page that does is not read: the generated page stands.
    if (!readable(path)) {
      diagnostics.push(
        diagnostic(
          file,
          1,
          1,
          'outside-link',
          'This is a symbolic link that leads outside content/ (or nowhere), so it is not read and the generated page is shown; copy the file into content/ if it belongs to the guide',
        ),
      );
      continue;
    }
    const read = readQuestionPage(file, name.slice(0, -'.mdx'.length), readFileSync(path, 'utf8'), (specifier) =>
      existsSync(join(dirname(path), specifier)),
    );
    diagnostics.push(...read.diagnostics);
    if (read.page) pages.push(read.page);
  }
  return { pages, diagnostics };
}

/**
 * Checks one page's MDX and finds the answers it places; `exists` says whether a relative import
 * (`./figure.png`, `../../src/components/Figure.astro`) names a file, seen from the page's folder.
 */
export function readQuestionPage(
  file: string,
  name: string,
  text: string,
  exists: (specifier: string) => boolean = () => true,
): { page?: MaintainerPage; diagnostics: Diagnostic[] } {
  const fail = (line: number, column: number, message: string) => diagnostic(file, line, column, 'invalid-question-page', message);
  let tree: Root;
  try {
    tree = fromMarkdown(text, {
      extensions: [frontmatter(['yaml']), mdxjs()],
      mdastExtensions: [frontmatterFromMarkdown(['yaml']), mdxFromMarkdown()],
    });
  } catch (error) {
    // micromark's MDX extensions throw a positioned message for a syntax error.
    const { line = 1, column = 1, reason = String(error) } = error as { line?: number; column?: number; reason?: string };
    return {
      diagnostics: [
        fail(
          line,
          column,
          `This page is not valid MDX: ${reason}; fix the syntax (a \`{\` or \`<\` in prose is written \`\\{\` or \`\\<\`)`,
        ),
      ],
    };
  }
  const diagnostics: Diagnostic[] = [];
  const imported = importedNames(tree);
  for (const { specifier, line, column } of relativeImports(tree))
    if (!exists(specifier))
      diagnostics.push(
        fail(
          line,
          column,
          `\`${specifier}\` is not there; an import's path is relative to the page's folder, so check its spelling and place`,
        ),
      );
  const placed: MaintainerPage['placed'] = [];
  let rest: { line: number } | undefined;
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const { name } = node;
    const { line = 1, column = 1 } = node.position?.start ?? {};
    // A fragment, an HTML element or an imported component is the MDX's own.
    if (!name || !/^[A-Z]/.test(name) || imported.has(name.split('.')[0]!)) return;
    if (!isComponent(name)) {
      const closest = closestName(name, COMPONENTS);
      diagnostics.push(
        fail(
          line,
          column,
          `Unknown component \`<${name}>\`${closest ? `; did you mean \`<${closest}>\`? A` : '; a'} question page may use ${COMPONENTS.map((c) => `\`<${c}>\``).join(', ')}, or import its own`,
        ),
      );
      return;
    }
    const problems = propProblems(node, name);
    diagnostics.push(...problems.map((message) => fail(line, column, message)));
    if (problems.length) return;
    if (name === 'Answer') {
      const source = (node.attributes[0] as MdxJsxAttribute).value as string;
      const twice = placed.find((answer) => answer.source === source);
      if (twice)
        diagnostics.push(
          fail(
            line,
            column,
            `Source ${source}'s answer is already placed on line ${twice.line}; a page shows each answer once, so remove one`,
          ),
        );
      else placed.push({ source, line, column });
    }
    if (name === 'Answers' && node.children.length === 0) {
      if (rest)
        diagnostics.push(
          fail(
            line,
            column,
            `An empty \`<Answers />\` is already on line ${rest.line} and shows every answer not placed elsewhere; remove one`,
          ),
        );
      else rest = { line };
    }
  });
  if (diagnostics.length) return { diagnostics };
  return { page: { file, name, placed, ...(rest ? { rest: rest.line } : {}) }, diagnostics };
}

/** What is wrong with a page component's props and content, one message each. */
function propProblems(node: MdxJsxFlowElement | MdxJsxTextElement, name: PageComponentName): string[] {
  const schema = pageComponentProps[name];
  const allowed = Object.keys(schema.shape);
  const takes = allowed.length ? `\`<${name}>\` takes ${allowed.map((key) => `\`${key}\``).join(', ')}` : `\`<${name}>\` takes no props`;
  const problems: string[] = [];
  const props: Record<string, unknown> = {};
  for (const attribute of node.attributes as Array<MdxJsxAttribute | MdxJsxExpressionAttribute>) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push(`Spread props (\`{…}\`) cannot be checked; ${takes}, written out`);
      continue;
    }
    if (!allowed.includes(attribute.name)) {
      const closest = closestName(attribute.name, allowed);
      problems.push(`Unknown prop \`${attribute.name}\`${closest ? `; did you mean \`${closest}\`?` : ';'} ${takes}`);
      continue;
    }
    if (typeof attribute.value !== 'string') {
      problems.push(`\`${attribute.name}\` is written in quotes, e.g. \`<${name} ${attribute.name}="003" />\``);
      continue;
    }
    props[attribute.name] = attribute.value;
  }
  if (problems.length) return problems;
  const result = schema.safeParse(props);
  if (!result.success)
    for (const issue of result.error.issues) {
      const key = issue.path.map(String).join('.');
      problems.push(`\`<${name}>\` needs \`${key}\`, e.g. \`<${name} ${key}="003" />\``);
    }
  if (name !== 'Answers' && node.children.length > 0)
    problems.push(
      `\`<${name}>\` shows what the guide holds and nothing written inside it; close it as \`<${name} />\` and put your text beside it`,
    );
  return problems;
}

/** The page's imports of its own files (`./figure.png`), with where each is written. */
function relativeImports(tree: Root): Array<{ specifier: string; line: number; column: number }> {
  const found: Array<{ specifier: string; line: number; column: number }> = [];
  visit(tree, 'mdxjsEsm', (node) => {
    for (const statement of node.data?.estree?.body ?? []) {
      const specifier = statement.type === 'ImportDeclaration' ? statement.source.value : undefined;
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) continue;
      found.push({
        specifier,
        line: statement.loc?.start.line ?? node.position?.start.line ?? 1,
        column: (statement.loc?.start.column ?? 0) + 1,
      });
    }
  });
  return found;
}

/** Names the page's `import` and `export` statements bring in. */
function importedNames(tree: Root): Set<string> {
  const names = new Set<string>();
  visit(tree, 'mdxjsEsm', (node) => {
    for (const statement of node.data?.estree?.body ?? []) {
      if (statement.type === 'ImportDeclaration') for (const specifier of statement.specifiers) names.add(specifier.local.name);
      if (statement.type === 'ExportNamedDeclaration' && statement.declaration?.type === 'VariableDeclaration')
        for (const declarator of statement.declaration.declarations) if (declarator.id.type === 'Identifier') names.add(declarator.id.name);
      if (statement.type === 'ExportNamedDeclaration' && statement.declaration?.type === 'FunctionDeclaration' && statement.declaration.id)
        names.add(statement.declaration.id.name);
    }
  });
  return names;
}
