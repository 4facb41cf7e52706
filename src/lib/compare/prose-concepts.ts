/**
 * Concepts from plain prose, for a guide without a glossary: the noun phrases
 * of each answer (wink-nlp's part-of-speech tags), kept where they are what
 * the answers of this question are about rather than filler. A phrase is kept
 * when two sources of the question use it, or when it is a name of two words
 * or more; either way, not when most of the guide's questions use it (a
 * chapter's own vocabulary, `model`, `training data`) nor when the question
 * itself names it. Wordings merge by their normal form (`estimators` =
 * `estimator`), and an abbreviation merges with the phrase it abbreviates
 * (`OOB` = `out-of-bag evaluation`).
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { plainText } from '../read/markdown.ts';
import { nounPhrases, stemSequence } from '../read/similarity.ts';
import type { Found } from './extract.ts';
import { normalisePhrase } from './normalise.ts';

/** The most prose concepts one answer contributes: the table shows what an answer is about, not all it says. */
const PER_ANSWER = 8;
/** Of those, the most that only this source names where many sources answer: with twenty, a table of what each alone says would drown what they share. */
const OWN_PER_ANSWER = 3;
/** Up to this many answering sources, each may name as many concepts of its own as it names in all. */
const FEW_SOURCES = 5;
/**
 * A phrase that more than this share of the guide's questions use is the chapter's vocabulary, not a concept of one question.
 * A chapter's main techniques (`random forest`, `gradient boosting` in a chapter on ensembles) come back in many of its
 * questions, so only a phrase of two words or more in most of them is dropped.
 */
const GENERIC_SHARE = 0.5;
/** A single word is the chapter's vocabulary sooner: `model`, `data`, `layer` come back everywhere. */
const GENERIC_WORD_SHARE = 0.3;

/** Adjectives that judge or order rather than name: `useful tools`, `previous predictor`, `right number`. */
const VAGUE_MODIFIERS = new Set(
  'useful appropriate nice right wrong small large big bigger smaller larger little overall new old previous next regular richer rich second first last additional extra high low higher lower highest lowest greater greatest deeper better worse good bad best worst expensive cheap cheaper annoying same different other many more most few several certain specific whole entire main important simple general common usual typical possible real actual whole original final initial given such various particular proper'.split(
    ' ',
  ),
);
/** Nouns every answer uses in passing, whatever it is about, and the study's own words (`exercise`, `hint`). */
const PASSING_NOUNS = new Set(
  'result results order output outputs print prints pattern patterns variable variables response thing things way ways number numbers value values data example examples people case cases time times part parts point points idea reason reasons fact question questions answer answers step steps lot kind type types sort use problem problems exercise exercises hint hints todo solution solutions chapter chapters section sections page pages book finding findings tool tools note notes comment comments'.split(
    ' ',
  ),
);

/** An abbreviation in capitals: `LDA`, `KNN`, `OOB`, `SVMs`. */
const ACRONYM = /^[A-Z]{2,6}s?$/;

/** One word of letters and digits both, as code names a variable: `lag2`, `mpg01`, `power3`. */
const VARIABLE_NAME = /^(?=[a-z_]*\d)(?=\d*[a-z])[a-z][a-z0-9_]*$/;

/** Verbs that open an instruction, which the tagger takes for nouns at the start of a line: "Use train split …". */
const IMPERATIVES = new Set('use using try make take see get set run let consider note'.split(' '));

interface Candidate {
  key: string;
  phrase: string;
  count: number;
  words: number;
  /** Stems of its words, to tell whether the question names it. */
  stems: readonly string[];
}

/** The answer's prose: paragraphs, headings and table cells, not code. */
function proseBlocks(body: Root): string[] {
  const texts: string[] = [];
  visit(body, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      texts.push(toString(node));
      return 'skip';
    }
    return undefined;
  });
  return texts;
}

function candidates(body: Root): Map<string, Candidate> {
  const found = new Map<string, Candidate>();
  for (const text of proseBlocks(body)) {
    for (const whole of nounPhrases(text)) {
      // `regular decision trees` names decision trees; `useful tools` names nothing.
      const words = whole.text.split(' ');
      let lead = 0;
      while (lead < words.length - 1 && (VAGUE_MODIFIERS.has(words[lead]!.toLowerCase()) || IMPERATIVES.has(words[lead]!.toLowerCase())))
        lead++;
      const phrase = { text: words.slice(lead).join(' '), stems: whole.stems.slice(lead) };
      const kept = words.slice(lead).map((word) => word.toLowerCase());
      if (kept.every((word) => PASSING_NOUNS.has(word)) || (kept.length === 1 && VAGUE_MODIFIERS.has(kept[0]!))) continue;
      // A name mixing letters and digits (`Lag2`, `mpg01`, `x2`) is a dataset's variable, not a concept the answer names.
      if (kept.length === 1 && VARIABLE_NAME.test(kept[0]!)) continue;
      const key = normalisePhrase(phrase.text);
      if (!key) continue;
      const seen = found.get(key);
      if (seen) seen.count++;
      // Stemmed as the prompt is, word by word (`out-of-bag` is three), so a phrase the question names is known as such.
      else found.set(key, { key, phrase: phrase.text, count: 1, words: phrase.stems.length, stems: stemSequence(phrase.text) });
    }
  }
  return found;
}

/** `OOB` for `out-of-bag evaluation`: an all-capital word whose letters start the words (or hyphenated parts) of a longer phrase. */
function abbreviates(short: string, long: Candidate): boolean {
  if (!/^[A-Z]{2,6}s?$/.test(short) || long.words < 2) return false;
  const initials = long.phrase
    .split(/[\s-]+/)
    .map((word) => word[0]!.toUpperCase())
    .join('');
  return initials.startsWith(short.replace(/s$/, '')) && initials.length <= short.length + 1;
}

export interface ProseQuestion {
  number: number;
  prompt: string;
  /** Answer bodies by source id. */
  answers: Record<string, Root>;
}

/** Per question number, per source id, the prose concepts its answer names, in the extractor's shape. */
export function proseConcepts(questions: readonly ProseQuestion[]): Map<number, Map<string, Found[]>> {
  const bySource = new Map(
    questions.map((question) => [question.number, new Map(Object.entries(question.answers).map(([id, body]) => [id, candidates(body)]))]),
  );
  // How many questions use each phrase, in any of their answers.
  const questionsUsing = new Map<string, number>();
  for (const answers of bySource.values()) {
    for (const key of new Set([...answers.values()].flatMap((found) => [...found.keys()])))
      questionsUsing.set(key, (questionsUsing.get(key) ?? 0) + 1);
  }
  const generic = (key: string, words: number) =>
    questions.length >= 4 && questionsUsing.get(key)! > questions.length * (words >= 2 ? GENERIC_SHARE : GENERIC_WORD_SHARE);

  const result = new Map<number, Map<string, Found[]>>();
  for (const question of questions) {
    const asked = new Set(stemSequence(plainText(question.prompt)));
    const answers = bySource.get(question.number)!;
    const sourcesUsing = new Map<string, number>();
    for (const found of answers.values()) for (const key of found.keys()) sourcesUsing.set(key, (sourcesUsing.get(key) ?? 0) + 1);
    const longForms = [...new Map([...answers.values()].flatMap((found) => [...found.values()]).map((c) => [c.key, c])).values()].filter(
      (c) => c.words >= 2,
    );

    const ownLimit = answers.size <= FEW_SOURCES ? PER_ANSWER : OWN_PER_ANSWER;
    const perSource = new Map<string, Found[]>();
    for (const [id, found] of answers) {
      let own = 0;
      const kept = [...found.values()]
        .map((candidate) => {
          const long = candidate.words === 1 ? longForms.find((other) => abbreviates(candidate.phrase, other)) : undefined;
          return long ? { ...candidate, key: long.key, phrase: long.phrase } : candidate;
        })
        // A technique's abbreviation (`LDA`, `KNN`) names it however many of the chapter's questions use it.
        .filter(
          (candidate) =>
            !candidate.stems.every((stem) => asked.has(stem)) &&
            (!generic(candidate.key, candidate.words) || ACRONYM.test(candidate.phrase)),
        )
        .filter((candidate) => (sourcesUsing.get(candidate.key) ?? 0) >= 2 || candidate.words >= 2)
        // Between equals, the phrase fewer of the guide's questions use: what this question's answers are about.
        .sort(
          (a, b) =>
            (sourcesUsing.get(b.key) ?? 0) - (sourcesUsing.get(a.key) ?? 0) ||
            b.words - a.words ||
            b.count - a.count ||
            questionsUsing.get(a.key)! - questionsUsing.get(b.key)!,
        )
        .filter((candidate) => (sourcesUsing.get(candidate.key) ?? 0) >= 2 || own++ < ownLimit)
        .slice(0, PER_ANSWER);
      perSource.set(
        id,
        kept.map((candidate) => ({ key: candidate.key, phrase: candidate.phrase, count: candidate.count, inCode: false })),
      );
    }
    result.set(question.number, perSource);
  }
  return result;
}
