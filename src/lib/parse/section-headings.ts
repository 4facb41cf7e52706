/**
 * Books that number exercises within sub-sections print a heading per sub-section and number its
 * exercises from 1 (*R for Data Science*: "12.3.3 Exercises", then 1, 2, 3). Learners copy the heading
 * and the plain numbers, so a file's numbering starts again under each heading. Where every answer
 * follows a heading that prints a sub-section's number, and its numbers start again under new headings
 * (or it has one such heading), the answers are that sub-section's exercises: 12.3.3-1 ….
 * Learners of books that print the exercises of each section under its own heading (*Advanced R*'s
 * `## 2.2: Binding basics`, `### Exercises`, 1, 2, 3) keep the section's number: where the numbering starts
 * again under each new one, the answers are that section's exercises, 2.2-1 …. (A single heading of two
 * numbers, `2.1 Exercises`, is read by the layouts as exercise 2.1 itself.)
 */
import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Answer, AnswerSet } from '../model/model.ts';
import { letterSectionKey, SECTION, subsectionKey } from '../model/question-id.ts';
import { isBare } from './series-headings.ts';

/**
 * A heading that opens with a section's number: `12.3.3 Exercises`, `2.1 Exercises`, `Exercises 12.3.3`; not one
 * that names a single exercise (`Exercise 1.3.1`, as the Dragon book prints its ids).
 */
const SECTION_NUMBER = /^(?:(?!(?:exercise|problem|question|ex|q)\b)\p{L}+\s+)?(\d{1,3})\.(\d{1,2})(?:\.(\d{1,2}))?\.?:?(?:\s|$)/iu;

interface Section {
  chapter: number;
  section: number;
  /** Absent where the heading prints a section's number only (`2.2`). */
  subsection?: number;
}

/** A heading of a section named by a letter, as Axler names them: `1.A`, `Exercises 1.A`, `1B: Definition of Vector Space`. */
const LETTER_SECTION = /^(?:(?!(?:exercise|problem|question|ex|q)\b)\p{L}+\s+)?(\d{1,3})\.?([A-H])(?:[.:]|\s|$)/u;

function sectionOf(heading: Heading): Section | undefined {
  const text = toString(heading).trim();
  const lettered = LETTER_SECTION.exec(text);
  if (lettered) return { chapter: Number(lettered[1]), section: Math.floor(letterSectionKey(lettered[2]!, 0) / SECTION) };
  const found = SECTION_NUMBER.exec(text);
  if (!found) return undefined;
  const [chapter, section] = found.slice(1, 3).map(Number) as [number, number];
  return found[3] === undefined ? { chapter, section } : { chapter, section, subsection: Number(found[3]) };
}

/** The last heading in `nodes` that prints a sub-section's number (`3.2.4`), or with `sections`, a section's (`3.2`). */
function lastSection(nodes: readonly RootContent[] | undefined, sections: boolean): Section | undefined {
  for (const node of [...(nodes ?? [])].reverse()) {
    const section = node.type === 'heading' ? sectionOf(node) : undefined;
    if (section && (sections ? section.subsection === undefined : section.subsection !== undefined)) return section;
  }
  return undefined;
}

const sameSection = (a: Section, b: Section) => a.chapter === b.chapter && a.section === b.section && a.subsection === b.subsection;

/** Renumbers `answerSet`'s answers in place as exercises of the sections their headings print; whether it did. */
export function numberSectionsByHeadings(answerSet: AnswerSet): boolean {
  const { answers } = answerSet;
  if (answers.length < 2 || !answers.every(isBare)) return false;
  // Sub-sections first: a file that prints them (`### 3.2.4`) keeps its sections' headings (`## 3.2: First steps`) for notes.
  return numberBy(answers, answerSet.preamble?.children, false) || numberBy(answers, answerSet.preamble?.children, true);
}

/** Renumbers `answers` as exercises of the sub-sections (or `sections`) their headings print; whether it did. */
function numberBy(answers: Answer[], preamble: readonly RootContent[] | undefined, bySections: boolean): boolean {
  // Each answer is in the section of the last such heading above it: in the preamble or an earlier answer.
  const sections: Section[] = [];
  let current = lastSection(preamble, bySections);
  for (let i = 0; i < answers.length; i++) {
    if (i > 0) current = lastSection(answers[i - 1]!.body.children, bySections) ?? current;
    if (!current) return false;
    sections.push(current);
  }
  const chapters = new Set(sections.map((section) => section.chapter));
  if (chapters.size > 1) return false;
  // A restart under a new heading is the book's numbering; one under the same heading is an answer's own
  // list (or a heading hidden in a code block), which the checks fold into the answer above it.
  let restarts = 0;
  let repeats = 0;
  for (let i = 1; i < answers.length; i++) {
    if (answers[i]!.number > answers[i - 1]!.number) continue;
    if (sameSection(sections[i]!, sections[i - 1]!)) repeats++;
    else restarts++;
  }
  if (restarts === 0 ? repeats > 0 : repeats > restarts) return false;
  // A section's number alone is a section's exercises only where the numbering starts again under the next:
  // one `## 2.1 Loading the data` above 1, 2, 3 may be a note's heading over the chapter's exercises.
  if (bySections && restarts === 0) return false;
  answers.forEach((answer, i) => {
    const { chapter, section, subsection } = sections[i]!;
    answer.chapter = chapter;
    if (subsection !== undefined) answer.number = subsectionKey(section, subsection, answer.number);
    else {
      answer.number = section * SECTION + answer.number;
      answer.sectioned = true;
      // The heading prints the section; how the book joins it to the exercise is for the other sources to say.
      answer.named = true;
    }
  });
  return true;
}
