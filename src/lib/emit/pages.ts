/** Turns the guide model into one MDX document per question and per source. */
import type { RootContent } from 'mdast';
import { promptDiffers } from '../align.ts';
import { describeQuestion } from '../describe.ts';
import { parseInline, plainText, words } from '../markdown.ts';
import { conceptId } from '../compare/index.ts';
import type { Answer, GlossaryPageEntry, Guide, Question, QuestionPage, Site, Source, SourcePage } from '../model.ts';
import { shortTextLanguage } from '../language-tag.ts';
import { answerKey, appendixKey, preambleKey, type RenderedAnswers } from '../render/guide.ts';
import { element, serialiseMdx } from './mdx.ts';
import { toString } from 'mdast-util-to-string';

export interface EmittedFile {
  /** Path inside the generated folder, e.g. `questions/03-range-vs-constant.mdx`. */
  path: string;
  contents: string;
}

/**
 * Every generated file, in a stable order: a page per question and per source,
 * whose answers name their body by key (`<AnswerBody id="q3-000" />`), and each
 * answer body's HTML once (`answers/q3-000.html`), rendered before (`render/guide.ts`).
 */
export function emitGuide(guide: Guide, rendered: RenderedAnswers): EmittedFile[] {
  const site: Site & { id: string } = {
    id: 'guide',
    title: guide.title,
    ...(guide.description ? { description: guide.description } : {}),
    lang: guide.lang,
    sources: guide.sources.map((source) => ({ id: source.id, label: source.label, ...languages(guide, source) })),
    languages: [...new Set(guide.sources.map((source) => source.lang).filter((lang) => lang !== guide.lang))].sort(),
    questions: guide.questions.length,
  };
  return [
    { path: 'guide.json', contents: `${JSON.stringify([site], null, 2)}\n` },
    { path: 'glossary.json', contents: `${JSON.stringify(glossaryEntries(guide), null, 2)}\n` },
    ...guide.questions.map((question, index) => ({
      path: `questions/${question.slug}.mdx`,
      contents: questionDocument(guide, question, guide.questions[index - 1], guide.questions[index + 1]),
    })),
    ...guide.sources.map((source, index) => ({
      path: `sources/${source.id}.mdx`,
      contents: sourceDocument(guide, source, index),
    })),
    ...[...rendered].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, { html }]) => ({ path: `answers/${key}.html`, contents: html })),
  ];
}

/** Where a page shows a rendered answer body. */
const body = (key: string) => element('AnswerBody', { id: key });

/** Number of words a reader sees in an answer. */
export function answerWords(answer: Answer): number {
  return words(toString(answer.body)).length;
}

const paragraph = (markdown: string): RootContent => ({ type: 'paragraph', children: parseInline(markdown) });

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
  return question ? { slug: question.slug, title: question.title, number: question.number } : undefined;
}

function questionDocument(guide: Guide, question: Question, prev?: Question, next?: Question): string {
  const frontmatter: QuestionPage = {
    number: question.number,
    slug: question.slug,
    title: question.title,
    prompt: plainText(question.prompt),
    promptInline: question.prompt ? withoutPositions(parseInline(question.prompt)) : [],
    description: describeQuestion(plainText(question.prompt), guide.sources.map((source) => question.answers[source.id]).find(Boolean)?.body),
    answers: guide.sources.map((source) => {
      const answer = question.answers[source.id];
      return { source: source.id, label: source.label, answered: Boolean(answer), words: answer ? answerWords(answer) : 0, ...languages(guide, source) };
    }),
    comparison: question.comparison,
    ...(guide.notes[String(question.number)] ? { note: true as const } : {}),
    ...(prev ? { prev: link(prev) } : {}),
    ...(next ? { next: link(next) } : {}),
  };
  const children: RootContent[] = [];
  for (const source of guide.sources) {
    const answer = question.answers[source.id];
    if (!answer) {
      const { labelLang } = languages(guide, source);
      children.push(element('AnswerSection', { source: source.id, label: source.label, labelLang, question: String(question.number), skipped: 'true' }));
      continue;
    }
    const attributes = languageAttributes(guide, source);
    const own = promptDiffers(answer.prompt, question.prompt) ? [element('SourcePrompt', { guideLang: attributes.guideLang }, [paragraph(answer.prompt!)])] : [];
    children.push(
      element(
        'AnswerSection',
        {
          source: source.id,
          label: source.label,
          ...attributes,
          question: String(question.number),
          title: answer.title,
          titleLang: titleLang(guide, source, answer.title),
          line: String(answer.position.start.line),
          file: answer.file ?? source.file,
          part: answer.file?.split('/').pop(),
          reference: source.reference ? 'true' : undefined,
          empty: answer.body.children.length === 0 ? 'true' : undefined,
        },
        [...own, body(answerKey(question.number, source.id))],
      ),
    );
  }
  return serialiseMdx(frontmatter, children);
}

function sourceDocument(guide: Guide, source: Source, order: number): string {
  const { answerSet } = source;
  const frontmatter: SourcePage = {
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
    answered: answerSet.answers.map((answer) => answer.number),
  };
  const children: RootContent[] = [];
  const { lang, guideLang } = languageAttributes(guide, source);
  if (answerSet.preamble?.children.length) children.push(element('SourcePreamble', { lang }, [body(preambleKey(source.id))]));
  for (const answer of answerSet.answers) {
    const question = guide.questions.find((q) => q.number === answer.number)!;
    const own = answer.prompt ? [element('SourcePrompt', { guideLang }, [paragraph(answer.prompt)])] : [];
    children.push(
      element(
        'SourceAnswer',
        {
          number: String(answer.number),
          slug: question.slug,
          title: answer.title ?? question.title,
          titleLang: titleLang(guide, source, answer.title),
          source: source.id,
          lang,
          guideLang,
          empty: answer.body.children.length === 0 ? 'true' : undefined,
        },
        [...own, body(answerKey(answer.number, source.id))],
      ),
    );
  }
  if (answerSet.appendix?.children.length) children.push(element('SourceAppendix', { lang }, [body(appendixKey(source.id))]));
  return serialiseMdx(frontmatter, children);
}

/** Inline nodes without source positions, so frontmatter stays small and stable. */
function withoutPositions<T extends object>(nodes: T[]): T[] {
  return JSON.parse(JSON.stringify(nodes, (key, value) => (key === 'position' ? undefined : value)));
}

/** Every glossary term and every extracted concept, with where each source names it. */
export function glossaryEntries(guide: Guide): GlossaryPageEntry[] {
  const entries = new Map<string, GlossaryPageEntry>();
  for (const entry of guide.glossary) {
    const id = conceptId(entry.term);
    entries.set(id, { id, term: entry.term, code: false, definition: entry.definition, ...(entry.link ? { link: entry.link } : {}), aliases: entry.aliases, uses: [] });
  }
  const labels = new Map(guide.sources.map((source) => [source.id, source.label]));
  for (const question of guide.questions) {
    for (const row of question.comparison.rows) {
      const entry = entries.get(row.id) ?? { id: row.id, term: row.label, code: row.code, aliases: [], uses: [] };
      entry.uses.push({
        number: question.number,
        slug: question.slug,
        title: question.title,
        sources: Object.entries(row.sources).map(([id, mention]) => ({ id, label: labels.get(id) ?? id, phrase: mention.phrase })),
      });
      entries.set(row.id, entry);
    }
  }
  return [...entries.values()].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id));
}
