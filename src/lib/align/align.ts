/**
 * Groups every source's answers by question number and chooses each
 * question's prompt, short title and slug.
 */
import { matchMarker } from '../parse/markers.ts';
import { slug as githubSlug } from 'github-slugger';
import { diagnostic, type Diagnostic } from '../model/diagnostics.ts';
import { plainText, readableText, words } from '../read/markdown.ts';
import type { Answer, Question, QuestionConfig, Source } from '../model/model.ts';
import { idKey, idSlug, numberRanges, printedId } from '../model/question-id.ts';
import { medoid, stemSequence } from '../read/similarity.ts';
import { asks, MAX_TITLE_WORDS, setsTask } from '../parse/phrasing.ts';

/** A question before comparison: its answers, prompt, title and slug. */
export type AlignedQuestion = Omit<Question, 'comparison'>;

/**
 * Groups answers by question; questions are ordered by number. The prompt and
 * title come from the sources written in `guideLang` when any of them gives one,
 * so a guide's headings are in its own language.
 */
export function align(
  sources: readonly Source[],
  overrides: Record<string, QuestionConfig> = {},
  guideLang?: string,
  chapter?: number,
  sectioned = false,
  hyphenated = false,
  sectionDots = false,
): AlignedQuestion[] {
  const numbers = new Set<number>(Object.keys(overrides).map((key) => idKey(key, chapter, sectioned)));
  for (const source of sources) for (const answer of source.answerSet.answers) numbers.add(answer.number);

  return [...numbers]
    .sort((a, b) => a - b)
    .map((number) => {
      const answers: Record<string, Answer> = {};
      for (const source of sources) {
        const answer = source.answerSet.answers.find((a) => a.number === number);
        if (answer) answers[source.id] = answer;
      }
      const given = sources.flatMap((source) => answers[source.id] ?? []);
      const own = sources.filter((source) => !guideLang || source.lang === guideLang).flatMap((source) => answers[source.id] ?? []);
      const wording = own.some((a) => a.prompt || a.title) ? own : given;
      const id = printedId(number, chapter, sectioned, hyphenated, sectionDots);
      const override = overrides[id] ?? overrides[String(number)] ?? {};
      const prompt = override.prompt ?? sharedPrompt(wording) ?? sharedPrompt(given) ?? '';
      // A source's "title" of a paragraph (a label followed by the whole exercise) is no title: it is shortened as a prompt is.
      const titleOf = (asText: boolean) => {
        const titles = wording.flatMap((a) => {
          const own = a.title && readableTitle(a.title, asText);
          return own ? [own] : [];
        });
        return (
          override.title ??
          titles.find((t) => words(t).length <= MAX_TITLE_WORDS && namesPrompt(t, prompt)) ??
          titleFromPrompt(prompt, asText) ??
          (titles[0] && titleFromPrompt(titles[0], asText)) ??
          `Question ${id}`
        );
      };
      const title = titleOf(true);
      // The slug is made from the title with its math as written, so a page's address stays as it was.
      const slug = `${idSlug(number, chapter, sectioned)}-${override.slug ?? (githubSlug(plainText(titleOf(false))) || 'question')}`;
      return { number, id, slug, title, prompt, answers };
    });
}

/**
 * A title as a reader sees it in the nav and the tab: its math as text (`Θ(n lg n)`), without the star that
 * marks a harder exercise. (A heading's Pandoc attributes, `{#ch8:ex1 .unnumbered}`, are gone since parsing.)
 */
function readableTitle(written: string, mathAsText = true): string | undefined {
  const text = (mathAsText ? readableText(written) : plainText(written)).replace(/^[⋆★*]\s*/u, '').trim();
  return text || undefined;
}

/**
 * Whether a source's short title may stand for a question that asks: a few words (`Speed`, `range vs constant`),
 * or a sentence that shares the question's words. One that says other things (`drv is the drive type, f = front
 * wheels`) is an answer written where a title would be, and the question's words title it instead.
 */
function namesPrompt(title: string, prompt: string): boolean {
  const asked = plainText(prompt);
  if (!/[?？؟]/.test(asked)) return true;
  // A short title may name the question in other words (`Speed` for "Is it fast?"); a sentence must share its words.
  if (words(title).length < 5) return true;
  const own = stemSequence(title);
  const question = new Set(stemSequence(asked));
  return own.filter((stem) => question.has(stem)).length * 2 >= own.length;
}

/** Two digits at least, so pages sort in question order. */
export function padNumber(number: number): string {
  return String(number).padStart(2, '0');
}

/**
 * The wording the sources share: the prompt most similar to all the others
 * (their medoid), so a reworded or misspelt prompt never replaces the common
 * one merely by being longer. Between the same words, the richer Markdown
 * wins (`tf.range(10)` in code); between equals, source order decides.
 */
export function sharedPrompt(answers: readonly Answer[]): string | undefined {
  const given = answers.flatMap((answer) => (answer.prompt ? [answer.prompt] : []));
  if (given.length === 0) return undefined;
  // A wording that asks or sets a task is a question; a statement beside it may be an answer taken for one.
  const asking = given.filter((prompt) => asks(plainText(prompt)) || setsTask(plainText(prompt)));
  const prompts = asking.length ? asking : given;
  const chosen = prompts[medoid(prompts)]!;
  const same = (prompt: string) => words(plainText(prompt)).join(' ').toLowerCase() === words(plainText(chosen)).join(' ').toLowerCase();
  return prompts.filter(same).reduce((best, prompt) => (prompt.length > best.length ? prompt : best));
}

/** Marks of difficulty a book prints before an exercise, which a learner copies before its words (`$\star\star$ Show that …`, `★`, the NLTK book's `☼ ◑ ●`). */
const DIFFICULTY_MARK = /^(?:\$(?:\s*\\(?:big)?star)+\s*\$|[★☆⋆☼◑●]+)\s*/u;

/** Numbered parts after a question's lead, `1. …` then `2. …`, to the end of its words. */
const NUMBERED_PARTS = /\s1\.\s(?=[\s\S]*\s2\.\s)[\s\S]*$/;

/** A short title from a prompt: its first sentence, cut at a word boundary; its math as symbols, or as written (`asText: false`, for slugs). */
export function titleFromPrompt(prompt: string, asText = true): string | undefined {
  const written = readableTitle(prompt.replace(DIFFICULTY_MARK, ''), asText);
  if (!written) return undefined;
  // A prompt that opens with its own label (`Exercise 3.6 Suppose …`, copied from the book) is titled by its words.
  const label = matchMarker(written);
  const text = label?.prefixed ? written.slice(label.length).trimStart() : written;
  if (!text) return undefined;
  // A question of numbered parts (`Suggest an order for processing 1. … 2. …`) is titled by what comes before them.
  const lead = NUMBERED_PARTS.test(text) ? text.replace(NUMBERED_PARTS, '').trim() || text : text;
  const sentence = firstSentence(lead)
    .replace(/[?.!]$/, '')
    .replace(/[:;,]$/, '');
  if (sentence.length <= 60) return sentence;
  const cut = sentence.slice(0, 60);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 20 ? cut.lastIndexOf(' ') : 60)}…`;
}

/** Abbreviations whose full stop ends no sentence: `(i.e. the peak)`, `e.g.`, `cf.`, `vs.`, `Fig.`, `Eq.`. */
const ABBREVIATION = /(?:^|[\s(])(?:i\.e|e\.g|cf|vs|etc|resp|fig|figs|eq|eqs|ex|no|approx|dr|mr|mrs|ms|st)\.$/i;

/** A text's first sentence: up to the first `?`, `!` or full stop before a space that does not end an abbreviation. */
function firstSentence(text: string): string {
  for (const end of text.matchAll(/[?.!](?=\s|$)/g)) {
    const sentence = text.slice(0, end.index + 1);
    if (end[0] !== '.' || !ABBREVIATION.test(sentence)) return sentence;
  }
  return text;
}

/** Whether a source's own wording says more than the canonical prompt shows. */
export function promptDiffers(own: string | undefined, canonical: string): boolean {
  if (!own) return false;
  return words(plainText(own)).join(' ').toLowerCase() !== words(plainText(canonical)).join(' ').toLowerCase();
}

/**
 * Warnings for questions a source skips before its first answer or after its
 * last, so a gap is never silent; gaps between its answers are reported by
 * the parser as `numbering-gap`.
 */
export function skippedDiagnostics(
  sources: readonly Source[],
  questions: readonly AlignedQuestion[],
  print: (number: number) => string = String,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const source of sources) {
    const { answers } = source.answerSet;
    if (answers.length === 0) continue;
    const numbers = answers.map((a) => a.number);
    const [low, high] = [Math.min(...numbers), Math.max(...numbers)];
    const missing = questions.filter((q) => !q.answers[source.id]).map((q) => q.number);
    const report = (list: number[], near: Answer, where: string) => {
      if (list.length === 0) return;
      const plural = list.length > 1;
      diagnostics.push(
        diagnostic(
          near.file ?? source.file,
          near.position.start.line,
          1,
          'skipped-question',
          `No answer to question${plural ? 's' : ''} ${list.map(print).join(', ')} ${where}; ${plural ? 'they are' : 'it is'} shown as skipped (add ${plural ? 'them' : 'it'} if the source meant to answer)`,
        ),
      );
    };
    report(
      missing.filter((n) => n < low),
      answers.find((a) => a.number === low)!,
      `before question ${print(low)}`,
    );
    // Exercises beyond the rest that a single source adds are its own, not skipped by the others.
    const sharedAfter = missing.filter((n) => n > high && Object.keys(questions.find((q) => q.number === n)!.answers).length > 1);
    report(
      sharedAfter,
      answers.find((a) => a.number === high)!,
      `after question ${print(high)}`,
    );
  }
  return diagnostics;
}

/** Warnings for answers to questions that `content/questions.yaml` does not list, when it lists any. */
export function unknownQuestionDiagnostics(sources: readonly Source[], overrides: Record<string, QuestionConfig>): Diagnostic[] {
  const known = Object.keys(overrides)
    .map(Number)
    .sort((a, b) => a - b);
  if (known.length === 0) return [];
  const listed = numberRanges(known);
  return sources.flatMap((source) =>
    source.answerSet.answers
      .filter((answer) => !known.includes(answer.number))
      .map((answer) =>
        diagnostic(
          answer.file ?? source.file,
          answer.position.start.line,
          1,
          'unknown-question',
          `Question ${printedId(answer.number, answer.chapter, answer.sectioned)} is not one of the questions in content/questions.yaml (${listed}); check its number, or add it to questions.yaml if the guide should have it`,
        ),
      ),
  );
}
