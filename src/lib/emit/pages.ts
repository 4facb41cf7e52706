/** Turns the guide model into one page entry per question and per source. */
import { promptDiffers } from '../align/align.ts';
import { describeQuestion } from '../site/describe.ts';
import { inlineWithoutPositions, plainText, words } from '../read/markdown.ts';
import { conceptId } from '../compare/index.ts';
import type {
  Answer,
  AnswerSectionData,
  GlossaryPageEntry,
  Guide,
  Question,
  QuestionPage,
  Site,
  Source,
  SourceAnswerData,
  SourcePage,
} from '../model/model.ts';
import { shortTextLanguage } from '../model/language-tag.ts';
import { answerKey, appendixKey, preambleKey, type RenderedAnswers } from '../render/guide.ts';
import { toString } from 'mdast-util-to-string';
import { questionMdx } from './question-mdx.ts';
import type { Root } from 'mdast';
import { EXIT, visit } from 'unist-util-visit';

export interface EmittedFile {
  /** Path inside the generated folder, e.g. `questions/03-range-vs-constant.json`. */
  path: string;
  contents: string;
}

/**
 * Every generated file, in a stable order: a page entry per question and per
 * source (JSON, read by the content collections), whose answers name their
 * body by key, and each answer body's HTML once (`answers/q3-000.html`),
 * rendered before (`render/guide.ts`) and reused by every page that shows it.
 */
export function emitGuide(guide: Guide, rendered: RenderedAnswers, chapter?: string): EmittedFile[] {
  // In a book, each chapter's entries and answers sit in a folder of the chapter's (`emit/book.ts`).
  const dir = (name: string) => (chapter ? `${name}/${chapter}` : name);
  const keyed = <T extends object>(entry: T) => (chapter ? { ...entry, chapter } : entry);
  const site = siteEntry(guide, chapter ?? 'guide');
  return [
    { path: 'guide.json', contents: `${JSON.stringify([site], null, 2)}\n` },
    { path: 'glossary.json', contents: `${JSON.stringify(glossaryEntries(guide), null, 2)}\n` },
    // The maintainer's pages Astro compiles: those checked and placed, by file name (`content.config.ts`).
    { path: 'question-pages.json', contents: json(guide.questions.flatMap((question) => (question.page ? [question.page.name] : []))) },
    ...guide.questions.map((question, index) => ({
      path: `${dir('questions')}/${question.slug}.json`,
      contents: json(keyed(questionPage(guide, question, guide.questions[index - 1], guide.questions[index + 1], chapter))),
    })),
    // The MDX page of each question the maintainer has not written a page for.
    ...guide.questions
      .filter((question) => !question.page)
      .map((question) => ({ path: `${dir('pages')}/${question.slug}.mdx`, contents: questionMdx(guide, question) })),
    ...guide.sources.map((source, index) => ({
      path: `${dir('sources')}/${source.id}.json`,
      contents: json(keyed(sourcePage(guide, source, index, chapter))),
    })),
    ...[...rendered]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, { html }]) => ({ path: `${dir('answers')}/${key}.html`, contents: html })),
  ];
}

/** The site-wide text of a guide (or of a book's chapter, `id` its slug), the `guide` collection's entry. */
export function siteEntry(guide: Guide, id: string): Site & { id: string } {
  return {
    id,
    title: guide.title,
    ...(guide.description ? { description: guide.description } : {}),
    lang: guide.lang,
    sources: guide.sources.map((source) => ({
      id: source.id,
      label: source.label,
      ...languages(guide, source),
      ...(source.unsplit ? { unsplit: true as const } : {}),
    })),
    unread: guide.unread,
    languages: [...new Set(guide.sources.map((source) => source.lang).filter((lang) => lang !== guide.lang))].sort(),
    questions: guide.questions.length,
  };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Number of words a reader sees in an answer. */
export function answerWords(answer: Answer): number {
  return answer.empty ? 0 : words(toString(answer.body)).length;
}

/**
 * The `lang` attributes a source's answers and label need on a page in the
 * guide's language: none where the source is written in the guide's language.
 */
function languages(guide: Guide, source: Source): { lang?: string; labelLang?: string } {
  if (source.lang === guide.lang) return {};
  const labelLang = shortTextLanguage(source.label, source.lang, guide.lang);
  return { lang: source.lang, ...(labelLang ? { labelLang } : {}) };
}

/** Attributes that mark a foreign-language answer and, inside it, the guide's own words (its notes and labels). */
function languageAttributes(guide: Guide, source: Source): Record<string, string | undefined> {
  const { lang, labelLang } = languages(guide, source);
  return { lang, labelLang, guideLang: lang ? guide.lang : undefined };
}

/** A source's own title for a question, with its `lang` when it is written in the source's language. */
function titleLang(guide: Guide, source: Source, title: string | undefined): string | undefined {
  return title && source.lang !== guide.lang ? shortTextLanguage(title, source.lang, guide.lang) : undefined;
}

function link(question: Question | undefined) {
  return question ? { slug: question.slug, title: question.title, number: question.number, id: question.id } : undefined;
}

function questionPage(guide: Guide, question: Question, prev?: Question, next?: Question, chapter?: string): QuestionPage {
  const key = (name: string) => (chapter ? `${chapter}/${name}` : name);
  const sections = guide.sources.map((source): AnswerSectionData => {
    const answer = question.answers[source.id];
    const { lang, labelLang, guideLang } = languageAttributes(guide, source);
    if (source.unsplit)
      return { source: source.id, label: source.label, ...defined({ labelLang }), question: question.number, unsplit: true };
    if (!answer) return { source: source.id, label: source.label, ...defined({ labelLang }), question: question.number, skipped: true };
    return {
      source: source.id,
      label: source.label,
      question: question.number,
      ...defined({
        labelLang,
        lang,
        guideLang,
        title: answer.title,
        titleLang: titleLang(guide, source, answer.title),
        file: answer.file ?? source.file,
        line: answer.position.start.line,
        part: answer.file?.split('/').pop(),
        reference: source.reference ? (true as const) : undefined,
        empty: answer.body.children.length === 0 || answer.empty ? (true as const) : undefined,
        written: answer.written,
        prompt: promptDiffers(answer.prompt, question.prompt) ? inline(answer.prompt!) : undefined,
      }),
      body: key(answerKey(question.number, source.id)),
    };
  });
  return {
    number: question.number,
    id: question.id,
    slug: question.slug,
    title: question.title,
    prompt: plainText(question.prompt),
    promptInline: question.prompt ? inline(question.prompt) : [],
    description: describeQuestion(
      plainText(question.prompt),
      guide.sources.map((source) => question.answers[source.id]).find(Boolean)?.body,
    ),
    answers: guide.sources.map((source) => {
      const answer = question.answers[source.id];
      return {
        source: source.id,
        label: source.label,
        answered: Boolean(answer),
        ...(source.unsplit ? { unsplit: true as const } : {}),
        words: answer ? answerWords(answer) : 0,
        ...languages(guide, source),
      };
    }),
    comparison: question.comparison,
    ...([question.prompt, ...Object.values(question.answers).map((answer) => answer.prompt)].some(promptHasMath) ||
    Object.values(question.answers).some((answer) => hasMath(answer.body))
      ? { math: true as const }
      : {}),
    ...(guide.notes[String(question.number)] ? { note: true as const } : {}),
    ...(prev ? { prev: link(prev) } : {}),
    ...(next ? { next: link(next) } : {}),
    ...(question.page ? { custom: chapter ? `${chapter}/questions/${question.page.name}` : question.page.name } : {}),
    shows: question.page?.shows ?? guide.sources.map((source) => source.id),
    rest: question.page?.rest ?? guide.sources.map((source) => source.id),
    sections,
  };
}

function sourcePage(guide: Guide, source: Source, order: number, chapter?: string): SourcePage {
  const key = (name: string) => (chapter ? `${chapter}/${name}` : name);
  const { answerSet } = source;
  const { guideLang } = languageAttributes(guide, source);
  return {
    id: source.id,
    label: source.label,
    file: source.file,
    format: answerSet.format,
    order,
    ...(source.author ? { author: source.author } : {}),
    ...(source.link ? { link: source.link } : {}),
    ...(source.license ? { license: source.license } : {}),
    ...(source.reference ? { reference: true } : {}),
    ...languages(guide, source),
    ...defined({ guideLang }),
    answered: answerSet.answers.map((answer) => answer.number),
    ...(source.unsplit ? { unsplit: { file: source.unsplit.file, line: source.unsplit.line, message: source.unsplit.message } } : {}),
    ...(answerSet.preamble?.children.length ? { preamble: key(preambleKey(source.id)) } : {}),
    ...(answerSet.appendix?.children.length ? { appendix: key(appendixKey(source.id)) } : {}),
    ...([answerSet.preamble, answerSet.appendix, ...answerSet.answers.map((answer) => answer.body)].some((tree) => tree && hasMath(tree)) ||
    answerSet.answers.some((answer) => promptHasMath(answer.prompt))
      ? { math: true as const }
      : {}),
    answers: answerSet.answers.map((answer): SourceAnswerData => {
      const question = guide.questions.find((q) => q.number === answer.number)!;
      return {
        number: answer.number,
        id: question.id,
        slug: question.slug,
        title: answer.title ?? question.title,
        ...defined({
          titleLang: titleLang(guide, source, answer.title),
          empty: answer.body.children.length === 0 || answer.empty ? (true as const) : undefined,
          written: answer.written,
          prompt: answer.prompt ? inline(answer.prompt) : undefined,
        }),
        body: key(answerKey(answer.number, source.id)),
        ...(question.page && !question.page.shows.includes(source.id) ? { leftOut: true as const } : {}),
      };
    }),
  };
}

/** Whether a tree holds math (`$…$`, `$$…$$`), which its page then styles. */
function hasMath(tree: Root): boolean {
  let found = false;
  visit(tree, (node) => {
    if (node.type !== 'math' && node.type !== 'inlineMath') return undefined;
    found = true;
    return EXIT;
  });
  return found;
}

/** Whether a prompt (inline Markdown) holds math. */
function promptHasMath(prompt: string | undefined): boolean {
  return Boolean(prompt?.includes('$')) && hasMath({ type: 'root', children: [{ type: 'paragraph', children: inline(prompt!) }] });
}

/** The entries whose value is set, so a page's JSON names only what it has. */
function defined<T extends Record<string, unknown>>(values: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as never;
}

/** Inline Markdown (a prompt) as phrasing nodes, without positions, so page entries stay small and stable. */
const inline = inlineWithoutPositions;

/** As `localeCompare(…, 'en', { sensitivity: 'base' })` orders, with one collator instead of one per comparison. */
const byTerm = new Intl.Collator('en', { sensitivity: 'base' });

/** Every glossary term and every extracted concept, with where each source names it. */
export function glossaryEntries(guide: Guide): GlossaryPageEntry[] {
  const entries = new Map<string, GlossaryPageEntry>();
  for (const entry of guide.glossary) {
    const id = conceptId(entry.term);
    entries.set(id, {
      id,
      term: entry.term,
      code: false,
      definition: entry.definition,
      ...(entry.link ? { link: entry.link } : {}),
      aliases: entry.aliases,
      uses: [],
    });
  }
  const labels = new Map(guide.sources.map((source) => [source.id, source.label]));
  for (const question of guide.questions) {
    for (const row of question.comparison.rows) {
      const entry = entries.get(row.id) ?? { id: row.id, term: row.label, code: row.code, aliases: [], uses: [] };
      entry.uses.push({
        number: question.number,
        id: question.id,
        slug: question.slug,
        title: question.title,
        ...(question.page ? { shows: question.page.shows } : {}),
        sources: Object.entries(row.sources).map(([id, mention]) => ({ id, label: labels.get(id) ?? id, phrase: mention.phrase })),
      });
      entries.set(row.id, entry);
    }
  }
  return [...entries.values()].sort((a, b) => byTerm.compare(a.term, b.term) || a.id.localeCompare(b.id));
}
