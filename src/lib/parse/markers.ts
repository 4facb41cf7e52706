/**
 * How a question is labelled in prose: `3.`, `3a)`, `Q3:`, `Question 3 —`,
 * `Exercise 3`. Parsers match it against the text of headings, bold runs and
 * paragraphs from the mdast tree; the nothing-lost check strips it from lines.
 */
import { words } from '../read/markdown.ts';
import { letterSectionKey, SECTION, seriesKey, subsectionKey } from '../model/question-id.ts';
import { CJK_LETTERS } from '../read/scripts.ts';
import { SPELLED_NUMBER, spelledNumber } from '../read/number-words.ts';

export interface Marker {
  /** The exercise's number: `4` of `Exercise 3.4`. */
  number: number;
  /** The chapter printed before it, `3` of `Exercise 3.4` or `3-4`: books that number exercises within chapters. */
  chapter?: number;
  /** An id within a section, `2.1-3`: `number` is then the section's × 100 plus the exercise's (`question-id.ts`). */
  sectioned?: true;
  /**
   * The chapter joined to the number by a dot (`3.4`), not a hyphen (`3-4`): in a book numbered by sections, `2.2` is a section's
   * heading. In an id within a section, the section joined to the exercise by a dot (`1.1.4`), not a hyphen (`2.1-3`).
   */
  dotted?: true;
  /** A lettered id (`R12`, `P3`): `number` is its series' key (`question-id.ts`). */
  lettered?: true;
  /** A lettered id with its chapter after the letter (`R-1.1`), not before it (`2E1`). */
  letterFirst?: true;
  /** `a` in `3a)`: the label of a sub-part of question 3. */
  subpart?: string;
  /** Whether a word such as `Question` or `Q` came before the number. */
  prefixed: boolean;
  /** Length of the marker, including the punctuation and spaces after it. */
  length: number;
}

/** `Exercise` as learners spell it too: `Excercise`, `Exercice`, `Exerecise`, `Exersise`. */
const EXERCISE_WORD = String.raw`ex[a-z]{0,2}r[a-z]{0,2}[csz]i[csz]?e`;
/** `Exercise` and `Question` in Chinese, Japanese and Korean, written against the number: `练习3`, `习题1.1`, `問題2`. */
const CJK_EXERCISE_WORD = '练习|練習|习题|習題|演習|问题|問題|연습문제|문제';
const PREFIX = String.raw`(?:question|${EXERCISE_WORD}|problem|task|ex\.?|q\.?|${CJK_EXERCISE_WORD})`;
/** `Solution`, `Answer to`, `Solution of Exercise` before an id in a heading: the answer to that exercise. */
const ANSWER_HEADING_LEAD = /^(?:solution|answer)s?[ \t]+(?:(?:to|of|for)[ \t]+)?(?=(?:exercise|problem|question|ex\.?|q)?[ \t]*#?\d)/i;
/** A book's initials in capitals before an id that prints its chapter: `HA 2.1` (Hyndman and Athanasopoulos), `KJ 3.1`. */
const BOOK_INITIALS_LEAD = /^[A-Z]{2,4}[ \t]+(?=\d{1,2}[.-]\d)/;
/** After a word such as `Problem`, the number may be written `#1` or `No. 1`. */
const LEAD = new RegExp(String.raw`^(?:(${PREFIX})[ \t]*(?:(?:#|no\.)[ \t]*)?)?(\d{1,4})([a-z])?(?![\d])`, 'i');
/** A sub-part written after a dot, closed by `.` or `)`: `1.a.)`, `3.b)`. */
const DOTTED_SUBPART = new RegExp(String.raw`^(?:(${PREFIX})[ \t]*)?(\d{1,4})\.([a-z])(?=[.)])`, 'i');
/**
 * An exercise id printed with its chapter: `3.4`, `3-4`, `Exercise 3.4`; not a decimal inside prose
 * (`1.5 seconds`), which has no punctuation after it, nor a section number (`2.3.1`).
 */
const CHAPTER_LEAD = new RegExp(String.raw`^(?:(${PREFIX})[ \t]*)?(\d{1,2})[.-](\d{1,3})(?!\d|[.-]\d)`, 'i');
/** An exercise id after the word `Chapter`, joined by a hyphen: `Chapter 1-6` is exercise 6 of chapter 1. */
const CHAPTER_WORD_LEAD = /^(chapter[ \t]*|ch\.?[ \t]*)(\d{1,2})-(\d{1,3})(?!\d|[.-]\d)/i;
/**
 * An exercise id within a section, as *Introduction to Algorithms* prints it: `2.1-3`, `2-1-3`; and
 * `2.1.3` after a word such as `Exercise` (alone, `2.1.3` is more often a section's heading).
 */
const SECTION_LEAD = new RegExp(String.raw`^(?:(${PREFIX})[ \t]*)?(\d{1,2})([.-])(\d{1,2})([-.])(\d{1,3})(?!\d|[.-]\d)`, 'i');
/** An exercise of a section named by a letter, as Axler prints them: `1.A.3`, `1A.3`, `Exercise 1.A.3`. */
const LETTER_SECTION_LEAD = new RegExp(String.raw`^(?:(${PREFIX})[ 	]*)?(\d{1,2})\.?([A-H])[.-](\d{1,3})(?![\d\p{L}]|[.-]\d)`, 'iu');
/**
 * An exercise of a sub-section written in full, as learners of *R for Data Science* write exercise 1 of
 * "3.2.4 Exercises": `3.2.4.1`, `3.2.4-1`.
 */
const SUBSECTION_LEAD = new RegExp(String.raw`^(?:(${PREFIX})[ \t]*)?(\d{1,2})\.(\d{1,2})\.(\d{1,2})[.-](\d{1,2})(?!\d|[.-]\d)`, 'i');
/**
 * A lettered id, as networking and physics texts number their series: `R12`, `P3`, `Problem P3`, or with
 * the chapter first, as *Statistical Rethinking* prints its easy, medium and hard problems: `2E1`, `2M3`.
 * The letter is upper case, and neither A nor Q, which label answers and questions (`A3:`, `Q3.`). A lower-case
 * letter after the number is a part of the problem (`P3a.`, `P3b.`), as `3a` is of exercise 3, and so is a number after a dot (`2M1.1`, `2M1.2`).
 */
const LETTERED_LEAD =
  /^(?:((?:[Qq]uestion|[Ee]xercise|[Pp]roblem|[Tt]ask)[ \t]*))?(\d{1,2})?([B-PR-Z])(\d{1,3})([a-h]|\.\d{1,2}(?=[.):]?(?:\s|$)))?(?![\d\p{L}])/u;
/** Numbers written as words, after a word such as `Question`: `Question One`, `Exercise twelve`. */
const WORD_LEAD = new RegExp(String.raw`^(${PREFIX})[ \t]+(${SPELLED_NUMBER})\b`, 'i');
/** Emoji, symbols and emoji shortcodes that open a heading before its number. */
const DECORATION = /^(?:[ \t]*(?::[a-z0-9_+-]+:|[\p{Extended_Pictographic}\p{So}][\uFE0F\u200D]*))+[ \t]*/u;
/**
 * What may follow the number: `.`, `)`, `:`, a dash, or nothing; or a dot with a sentence right after it (`3.Name three`),
 * as Chinese and Japanese write it with no space (`1.说明…`), or their enumeration comma (`1、说明…`).
 */
const AFTER = new RegExp(
  String.raw`^(?:[ \t]*[.):]{1,2}(?:\s+|$)|[ \t]+[-–—][ \t]*|[ \t]*$|\.(?=\p{Lu}\p{Ll})|[.、．](?=[${CJK_LETTERS}]))`,
  'u',
);
/** After a marker that opens a paragraph, punctuation is required: `Question 3 was hard` is prose. */
const LABEL_AFTER = /^[ \t]*[.):](?:\s+|$)/;

/** Spaces other than the space and tab, each one character wide in the text, as a space is. */
const WIDE_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;

/** Where the text of a possible marker stands: opening a paragraph (`label`), a heading, or set in bold or italics (`emphasised`). */
interface MarkerOptions {
  label?: boolean;
  heading?: boolean;
  emphasised?: boolean;
}

/**
 * Matches a question marker at the start of `text`. Without a prefix word
 * the number needs punctuation after it (`3.`), so `2023 results` is not a
 * marker; a `label` (a marker opening a paragraph) needs both.
 */
export function matchMarker(text: string, options: MarkerOptions = {}): Marker | undefined {
  // A space of another width (`3.1&emsp;…`, a no-break space, the ideographic space) parts a number from its words as a space does.
  text = text.replace(WIDE_SPACES, ' ');
  // A heading that names the answer to an exercise (`\subsection*{Solution 8.1}`, `## Answer to Exercise 3`) heads it as the
  // exercise's id does; `## Solution 1.` alone numbers one of several solutions.
  // So does a book's initials before its chapter's id, as courses over several books write them (`### HA 2.1`, `## KJ 3.1`).
  const answering = options.heading ? (ANSWER_HEADING_LEAD.exec(text) ?? BOOK_INITIALS_LEAD.exec(text)) : null;
  if (answering) {
    const marker = matchMarker(text.slice(answering[0].length), { heading: true });
    const id = marker && (marker.prefixed || marker.chapter !== undefined || marker.sectioned || marker.lettered);
    return id ? { ...marker, prefixed: true, length: answering[0].length + marker.length } : undefined;
  }
  // Decoration before the number (`:small_orange_diamond:`, `📌`, `▶`) is not part of it.
  const decoration = DECORATION.exec(text)?.[0] ?? '';
  const worded = WORD_LEAD.exec(text.slice(decoration.length));
  const chaptered = worded
    ? undefined
    : (chapterMarker(text.slice(decoration.length), options) ?? letteredMarker(text.slice(decoration.length), options));
  if (chaptered) return { ...chaptered, length: decoration.length + chaptered.length };
  const lead = worded
    ? ([worded[0], worded[1], String(spelledNumber(worded[2]!))] as unknown as RegExpExecArray)
    : (DOTTED_SUBPART.exec(text.slice(decoration.length)) ?? LEAD.exec(text.slice(decoration.length)));
  if (!lead) return undefined;
  const prefixed = Boolean(lead[1]);
  if (options.label && !prefixed) return undefined;
  const rest = text.slice(decoration.length + lead[0].length);
  const after = options.label
    ? LABEL_AFTER.exec(rest)?.[0]
    : (AFTER.exec(rest)?.[0] ??
      // In a heading, a question may follow its number with a space alone: `# 3 What makes standards important?`.
      // So may one set in bold with its number: `**3 What makes standards important?**`.
      ((prefixed || ((options.heading || options.emphasised) && /^[ \t]+\p{Lu}[^?]*\?\s*$/u.test(rest))) && /^[ \t]/.test(rest)
        ? /^[ \t]+/.exec(rest)![0]
        : undefined));
  if (after === undefined) return undefined;
  // `Exercise 3a` is a sub-part; `Q3a` without punctuation is too ambiguous to be one.
  const subpart = lead[3]?.toLowerCase();
  return {
    number: Number(lead[2]),
    ...(subpart ? { subpart } : {}),
    prefixed,
    length: decoration.length + lead[0].length + after.length,
  };
}

/**
 * The marker a notebook cell or script comment opens with: a number with punctuation (`5.) …`), or an
 * id printed with its chapter followed by its words directly, as in a heading (`3-9 dinner guests`).
 */
export function cellMarker(text: string): Marker | undefined {
  // The first line decides: a number alone there (`-- 2` over `-- With head and tail`) opens the cell too.
  const line = text.split('\n', 1)[0]!;
  const id = matchMarker(line, { heading: true });
  return matchMarker(line) ?? (id?.chapter !== undefined || id?.lettered ? id : undefined) ?? namedAfter(line);
}

/** An id a word names as one exercise after it: `1.3.7 practice`, `2.4 exercise` (not `3.2.4 Exercises`, a section's list). */
const EXERCISE_AFTER = /^(\d{1,2}(?:\.\d{1,3}){1,2})[ \t]+(?:practice|exercise|problem|question)\b/i;

function namedAfter(line: string): Marker | undefined {
  const named = EXERCISE_AFTER.exec(line.trim());
  const marker = named ? matchMarker(named[1]!, { heading: true }) : undefined;
  return marker && { ...marker, length: line.length - line.trimStart().length + named![1]!.length };
}

/**
 * `Exercise 3.4`, `3.4.`, `## 3.4 Title`: after a prefix word or in a heading the words may follow
 * the id directly; otherwise punctuation must, as `1.5 seconds is enough` is prose.
 */
function chapterMarker(text: string, options: MarkerOptions): Marker | undefined {
  const sub = SUBSECTION_LEAD.exec(text);
  if (sub) {
    const marker = idMarker(text, sub, options);
    return marker && { ...marker, number: subsectionKey(Number(sub[3]), Number(sub[4]), Number(sub[5])), chapter: Number(sub[2]) };
  }
  const lettered = LETTER_SECTION_LEAD.exec(text);
  // The section's letter is a capital (`1.A.3`); `2.b.1` is a part's.
  if (lettered && /[A-H]/.test(lettered[3]!)) {
    const marker = idMarker(text, lettered, options);
    return (
      marker && { ...marker, number: letterSectionKey(lettered[3]!, Number(lettered[4])), chapter: Number(lettered[2]), sectioned: true }
    );
  }
  const section = SECTION_LEAD.exec(text);
  // A heading that is a dotted id alone (`### 1.1.4`, the Dragon book's) names an exercise as `Exercise 1.1.4` does.
  const alone = options.heading && section !== null && /^[ \t]*[.:]?[ \t]*$/.test(text.slice(section[0].length));
  // So does one set in bold (`**1.1.1** Give the value …`: a section's heading is no bold label), or one a question follows,
  // or, in a heading, a whole statement (`## 1.3.4 写一个使用Stack的程序…`): a section's title is a few words.
  const after = section === null ? '' : text.slice(section[0].length);
  const asking = section !== null && (/[?？]\s*$/.test(after) || (options.heading === true && statesExercise(after)));
  if (section && (section[5] === '-' || section[1] || alone || options.emphasised || asking)) {
    const marker = idMarker(text, section, options);
    if (!marker) return undefined;
    const number = Number(section[4]) * SECTION + Number(section[6]);
    // `1.1.4`, as Sedgewick and the Dragon book print their ids, is shown as printed; `2.1-3` too.
    return { ...marker, number, chapter: Number(section[2]), sectioned: true, ...(section[5] === '.' ? { dotted: true as const } : {}) };
  }
  // `# Chapter 1-6` heads exercise 6 of chapter 1 in a heading; a chapter's own heading has no hyphened number.
  const lead = CHAPTER_LEAD.exec(text) ?? (options.heading ? CHAPTER_WORD_LEAD.exec(text) : null);
  const marker = lead && idMarker(text, lead, options);
  return marker
    ? {
        ...marker,
        number: Number(lead![3]),
        chapter: Number(lead![2]),
        ...(lead![0]
          .slice(lead![1]?.length ?? 0)
          .trim()
          .includes('.')
          ? { dotted: true as const }
          : {}),
      }
    : undefined;
}

/**
 * A lettered id with its chapter after the letter, as Goodrich, Tamassia and Goldwasser print their reinforcement,
 * creativity and project exercises: `R-1.1`, `C-1.13`, `P-1.29` (and `R1.1`).
 */
const LETTER_CHAPTER_LEAD =
  /^(?:((?:[Qq]uestion|[Ee]xercise|[Pp]roblem|[Tt]ask)[ \t]*))?([B-PR-Z])-?(\d{1,2})\.(\d{1,3})([a-h])?(?![\d\p{L}]|\.\d)/u;

function letteredMarker(text: string, options: MarkerOptions): Marker | undefined {
  const chaptered = LETTER_CHAPTER_LEAD.exec(text);
  if (chaptered) {
    const marker = idMarker(text, chaptered, options);
    if (!marker) return undefined;
    const subpart = chaptered[5] === undefined ? {} : { subpart: chaptered[5] };
    return {
      ...marker,
      number: seriesKey(chaptered[2]!, Number(chaptered[4])),
      lettered: true,
      chapter: Number(chaptered[3]),
      letterFirst: true,
      ...subpart,
    };
  }
  const lead = LETTERED_LEAD.exec(text);
  const marker = lead && idMarker(text, lead, options);
  if (!marker) return undefined;
  const chapter = lead![2] === undefined ? {} : { chapter: Number(lead![2]) };
  const subpart = lead![5] === undefined ? {} : { subpart: lead![5].replace('.', '') };
  return { ...marker, number: seriesKey(lead![3]!, Number(lead![4])), lettered: true, ...chapter, ...subpart };
}

/** What follows an id printed with its chapter: words directly after a prefix word or in a heading, else punctuation. */
function idMarker(text: string, lead: RegExpExecArray, options: MarkerOptions): Omit<Marker, 'number'> | undefined {
  const prefixed = Boolean(lead[1]);
  if (options.label && !prefixed) return undefined;
  const rest = text.slice(lead[0].length);
  const after = options.label
    ? LABEL_AFTER.exec(rest)?.[0]
    : // An id printed with its chapter may be followed by its words directly in a heading or in bold (`**3.1 With the program …**`).
      (AFTER.exec(rest)?.[0] ?? (prefixed || options.heading || options.emphasised ? /^[ \t]+(?=\S)/.exec(rest)?.[0] : undefined));
  if (after === undefined) return undefined;
  return { prefixed, length: lead[0].length + after.length };
}

/** A heading or line that says only that the question follows, with no number: `# Question`, `## Exercise:`. */
/** `Question`, `Problem statement`, `Task description`: a heading or label over the question's words. */
const QUESTION_WORD = String.raw`(?:(?:question|exercise|problem|task)(?:[ \t]+(?:statement|description|text))?|题目|題目)[ \t]*[:：]?`;
export const QUESTION_HEADING = new RegExp(String.raw`^${QUESTION_WORD}$`, 'i');

/**
 * `Q.`, `Q:` or `Question:` with no number: a layout's label for the question that follows, as in a `Q.`/`A.`
 * string; or a line that says only `Question` or `Exercise` (a heading in a file named by its number).
 */
const QUESTION_LABEL = new RegExp(String.raw`^(?:(?:question|q)[ \t]*[.:)](?:\s|$)[ \t]*|${QUESTION_WORD}[ \t]*$)`, 'i');

/** The words that label an answer: `Answer`, `Ans.`, `A`, `Solution`, `Sol.`, `答`, `答案`, `解答`. */
export const ANSWER_WORDS = String.raw`(?:answer|ans\.?|a|solution|sol\.?|答案?|解答)`;

/** `A3:`, `A:`, `Answer 3.`, `Solution:` or `答：` at the start of a paragraph that follows a question. */
export const ANSWER_LABEL = new RegExp(String.raw`^${ANSWER_WORDS}[ \t]*\d{0,4}[ \t]*[:.)：][ \t]*`, 'i');

/**
 * How many leading words of a source line are its question marker or answer
 * label (`3.`, `Question 3:`, `**Q3.**`, `A3:`). Pages show the number as a
 * heading or list number, not beside the line's words, so the nothing-lost
 * check leaves these words out.
 */
export function markerWords(line: string): number {
  // Markup characters are not words, so blanking them keeps the words aligned with the line's.
  // `3.Answer` is read as `3. Answer` (see numbered-paragraphs.ts).
  // An emoji shortcode's underscores are part of it (`:small_orange_diamond:`), not emphasis.
  const plain = line
    .replace(/:[a-z0-9_+-]+:/g, (code) => code.replaceAll('_', '-'))
    .replace(/[*_#>]/g, ' ')
    .trimStart()
    .replace(/^(\d{1,3})\.(?=\p{L})/u, '$1. ');
  // In a heading, words may follow an id directly (`## 2.3-7 Describe …`), as the parsers read it there.
  // So may they after an id that stands alone at a paragraph's start (`1-1 A=<3, 41>`, `R12 Hosts …`), as `split-markers.ts` reads it.
  const id = matchMarker(plain, { heading: true });
  const marker = matchMarker(plain, { heading: /^[ \t]*#/.test(line) }) ?? (id?.chapter !== undefined || id?.lettered ? id : undefined);
  const length = marker?.length ?? ANSWER_LABEL.exec(plain)?.[0].length ?? QUESTION_LABEL.exec(plain)?.[0].length ?? 0;
  return words(plain.slice(0, length)).length;
}

/** The name of a list of exercises, not of one: `Exercises`, `Programming Exercises`, `Review Questions`, `编程练习`, `复习题`. */
const EXERCISE_LIST = new RegExp(
  String.raw`^(?:(?:programming|review|practice|chapter)[ \t]+)?(?:exercises|problems|questions|projects)$|^(?:编程|編程|复习|複習|程序设计)?(?:练习题?|練習題?|习题|習題|题|題)$`,
  'iu',
);

/** Whether a heading's words, after the ids and page numbers that open it (`P310 5.11 `), name a list of exercises. */
export function namesExerciseList(text: string): boolean {
  return EXERCISE_LIST.test(text.trim().replace(/^(?:\p{L}?\d[\d.-]*[ \t]+)+/u, ''));
}

/** The most words (or, in Chinese and Japanese, characters) a section's title has; more is an exercise's statement. */
const TITLE_WORDS = 8;
const TITLE_CHARACTERS = 10;

/** The book's own numbered results and parts, which a learner's notes restate under their ids (`2.2.4 Proposition: …`). */
const BOOK_ELEMENT =
  /^[ \t]*(?:lemma|proposition|theorem|corollary|definition|example|remark|figure|table|listing|algorithm|claim|axiom|note)\b/i;

/** Whether the words after an id state an exercise rather than title a section: a sentence longer than a title, not a result of the book. */
function statesExercise(text: string): boolean {
  if (BOOK_ELEMENT.test(text)) return false;
  const unspaced = (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
  return unspaced > TITLE_CHARACTERS || text.trim().split(/\s+/).filter(Boolean).length > TITLE_WORDS;
}
