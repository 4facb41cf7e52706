/**
 * Books that number exercises within sub-sections print a heading per sub-section and number its
 * exercises from 1 (*R for Data Science*: "12.3.3 Exercises", then 1, 2, 3). Learners copy the heading
 * and the plain numbers, so a file's numbering starts again under each heading. Where every answer
 * follows a heading that prints a sub-section's number, and its numbers start again under new headings
 * (or it has one such heading), the answers are that sub-section's exercises: 12.3.3-1 ….
 * (A heading of two numbers, `2.1 Exercises`, is read by the layouts as exercise 2.1 itself.)
 */
import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { AnswerSet } from '../model/model.ts';
import { subsectionKey } from '../model/question-id.ts';
import { isBare } from './series-headings.ts';

/**
 * A heading that opens with a section's number: `12.3.3 Exercises`, `2.1 Exercises`, `Exercises 12.3.3`; not one
 * that names a single exercise (`Exercise 1.3.1`, as the Dragon book prints its ids).
 */
const SECTION_NUMBER = /^(?:(?!(?:exercise|problem|question|ex|q)\b)\p{L}+\s+)?(\d{1,3})\.(\d{1,2})\.(\d{1,2})\.?(?:\s|$)/iu;

interface Section {
  chapter: number;
  section: number;
  subsection: number;
}

function sectionOf(heading: Heading): Section | undefined {
  const found = SECTION_NUMBER.exec(toString(heading).trim());
  if (!found) return undefined;
  const [chapter, section, subsection] = found.slice(1, 4).map(Number) as [number, number, number];
  return { chapter, section, subsection };
}

/** The last heading in `nodes` that prints a section's number. */
function lastSection(nodes: readonly RootContent[] | undefined): Section | undefined {
  for (const node of [...(nodes ?? [])].reverse()) {
    const section = node.type === 'heading' ? sectionOf(node) : undefined;
    if (section) return section;
  }
  return undefined;
}

const sameSection = (a: Section, b: Section) => a.chapter === b.chapter && a.section === b.section && a.subsection === b.subsection;

/** Renumbers `answerSet`'s answers in place as exercises of the sections their headings print; whether it did. */
export function numberSectionsByHeadings(answerSet: AnswerSet): boolean {
  const { answers } = answerSet;
  if (answers.length < 2 || !answers.every(isBare)) return false;
  // Each answer is in the section of the last such heading above it: in the preamble or an earlier answer.
  const sections: Section[] = [];
  let current = lastSection(answerSet.preamble?.children);
  for (let i = 0; i < answers.length; i++) {
    if (i > 0) current = lastSection(answers[i - 1]!.body.children) ?? current;
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
  answers.forEach((answer, i) => {
    const { chapter, section, subsection } = sections[i]!;
    answer.chapter = chapter;
    answer.number = subsectionKey(section, subsection, answer.number);
  });
  return true;
}
