import { describe, expect, test } from 'vitest';
import type { Answer } from './model.ts';
import {
  guideChapter,
  guideHyphenated,
  guideSectionDots,
  guideSectioned,
  idKey,
  sectionsAsSubsections,
  idSlug,
  keyAsGuide,
  plainAsOneSection,
  isLettered,
  letteredBareNumbers,
  oneSectionAsPlain,
  PROBLEMS,
  printedId,
  seriesKey,
  subsectionKey,
} from './question-id.ts';

describe('ids as books print them', () => {
  test('plain numbers keep today’s ids and two-digit paths', () => {
    expect([printedId(4), idSlug(4), idKey('4')]).toEqual(['4', '04', 4]);
  });

  test('a chapter’s exercises print with the chapter', () => {
    expect([printedId(4, 3), idSlug(4, 3), idKey('3.4', 3), idKey('4', 3)]).toEqual(['3.4', '3-4', 4, 4]);
  });

  test('exercises within sections, and the chapter’s problems after them, in the book’s order', () => {
    expect([printedId(103, 2, true), idSlug(103, 2, true), idKey('2.1-3', 2, true)]).toEqual(['2.1-3', '2-1-3', 103]);
    expect([printedId(PROBLEMS + 1, 2, true), idSlug(PROBLEMS + 1, 2, true), idKey('2-1', 2, true)]).toEqual(['2-1', '2-1', PROBLEMS + 1]);
    const ids = [102, 110, 301, 204, PROBLEMS + 1].sort((a, b) => a - b).map((n) => printedId(n, 2, true));
    expect(ids).toEqual(['2.1-2', '2.1-10', '2.2-4', '2.3-1', '2-1']);
  });

  test('exercises within sections print with a dot where the sources print one (1.1.4)', () => {
    expect(printedId(104, 1, true, false, true)).toBe('1.1.4');
    expect(printedId(104, 1, true)).toBe('1.1-4');
    expect(idSlug(104, 1, true)).toBe('1-1-4');
  });

  test('exercises within sub-sections (12.3.3-2), in the book’s order and after no other kind of id', () => {
    const key = subsectionKey(3, 3, 2);
    expect([printedId(key, 12), idSlug(key, 12), idKey('12.3.3-2', 12), idKey('12.3.3-2')]).toEqual(['12.3.3-2', '12-3-3-2', key, key]);
    expect(isLettered(key)).toBe(false);
    const ids = [subsectionKey(3, 3, 10), subsectionKey(2, 1, 2), subsectionKey(3, 3, 2), subsectionKey(10, 1, 1)].sort((a, b) => a - b);
    expect(ids.map((n) => printedId(n, 5))).toEqual(['5.2.1-2', '5.3.3-2', '5.3.3-10', '5.10.1-1']);
    // A section's exercise (2.1-3) in a sectioned guide is not read as a sub-section's.
    expect(idKey('2.1-3', 2, true)).toBe(103);
  });

  test('lettered series: review questions before problems, each in number order', () => {
    expect([printedId(seriesKey('R', 12)), idSlug(seriesKey('R', 12)), idKey('R12'), idKey('p3')]).toEqual([
      'R12',
      'r12',
      seriesKey('R', 12),
      seriesKey('P', 3),
    ]);
    const ids = [seriesKey('P', 1), seriesKey('R', 10), seriesKey('R', 2)].sort((a, b) => a - b).map((n) => printedId(n));
    expect(ids).toEqual(['R2', 'R10', 'P1']);
  });

  test('a chapter printed before the letter, and easy before medium before hard', () => {
    const ids = [seriesKey('H', 1), seriesKey('M', 3), seriesKey('E', 2)].sort((a, b) => a - b).map((n) => printedId(n, 2));
    expect(ids).toEqual(['2E2', '2M3', '2H1']);
    expect([idSlug(seriesKey('M', 3), 2), idKey('2M3', 2)]).toEqual(['2m3', seriesKey('M', 3)]);
  });
});

describe('plain numbers among sources of one section', () => {
  test('`14` beside `1.1.14` is 1.1.14, where as many sources number the section as number plainly', () => {
    const answer = (number: number, more: Partial<Answer> = {}) =>
      ({
        number,
        body: { type: 'root', children: [] },
        position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
        ...more,
      }) as Answer;
    const sectioned = [answer(114, { chapter: 1, sectioned: true }), answer(115, { chapter: 1, sectioned: true })];
    const plain = [answer(14), answer(15)];
    keyAsGuide([sectioned, plain]);
    expect(plain.map((a) => printedId(a.number, a.chapter, a.sectioned))).toEqual(['1.1-14', '1.1-15']);
    const twoPlain = [[answer(114, { chapter: 1, sectioned: true })], [answer(14)], [answer(15)]];
    expect(plainAsOneSection(twoPlain).size).toBe(0);
  });
});

describe('ids that all name one section, among sources that number 1, 2, 3', () => {
  const at = (number: number, sectioned = false) =>
    ({
      number,
      chapter: 2,
      ...(sectioned ? { sectioned: true } : {}),
      body: { type: 'root', children: [] },
      position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
    }) as Answer;

  test('2.14.1 … 2.14.3 (the chapter’s exercises section) are exercises 1 … 3', () => {
    const sectioned = [at(1401, true), at(1402, true), at(1403, true)];
    const mapped = oneSectionAsPlain([sectioned, [at(1), at(2)], [at(3)]]);
    expect(sectioned.map((answer) => mapped.get(answer))).toEqual([1, 2, 3]);
  });

  test('so read, they print no chapter of their own: section 1.2’s `1.2.14` is 14, never chapter 1’s 1.14', () => {
    const sectioned = [at(1401, true), at(1402, true), at(1403, true)];
    keyAsGuide([sectioned, [{ ...at(1), chapter: undefined } as Answer], [{ ...at(2), chapter: undefined } as Answer]]);
    expect(sectioned.map((answer) => [answer.chapter, answer.number, answer.sectioned])).toEqual([
      [undefined, 1, undefined],
      [undefined, 2, undefined],
      [undefined, 3, undefined],
    ]);
  });

  test('ids of several sections, or a guide mostly numbered by sections, stay as they are', () => {
    expect(oneSectionAsPlain([[at(101, true), at(102, true), at(201, true)], [at(1)], [at(2)]]).size).toBe(0);
    expect(oneSectionAsPlain([[at(101, true), at(102, true), at(103, true)], [at(101, true)], [at(1)]]).size).toBe(0);
  });
});

describe('keys as the guide reads them', () => {
  test('a bare number among lettered sources becomes its series’ key, in place', () => {
    const answer = (number: number) =>
      ({
        number,
        body: { type: 'root', children: [] },
        position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
      }) as Answer;
    const bare = [answer(2), answer(3)];
    keyAsGuide([[answer(seriesKey('R', 1)), answer(seriesKey('P', 3))], [answer(seriesKey('R', 2))], bare]);
    expect(bare.map((a) => printedId(a.number))).toEqual(['R2', 'R3']);
  });
});

describe('how the guide joins the chapter to the number', () => {
  const at = (hyphenated: boolean, named = false) =>
    ({
      number: 9,
      chapter: 1,
      ...(hyphenated ? { hyphenated: true } : {}),
      ...(named ? { named: true } : {}),
      body: { type: 'root', children: [] },
      position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
    }) as Answer;

  test('ids the text prints decide over file names, where a hyphen stands in for the dot (`01-09.cpp`)', () => {
    expect(guideHyphenated([[at(false)], [at(true, true)], [at(true, true)]])).toBe(false);
  });

  test('file names decide where no text prints an id, as Python Crash Course’s `3-4.py`', () => {
    expect(guideHyphenated([[at(true, true)], [at(true, true)], [at(false, true)]])).toBe(true);
  });
});

describe('the chapter the guide prints', () => {
  const of = (chapter: number, named = false) =>
    ({
      number: 1,
      chapter,
      ...(named ? { named: true } : {}),
      body: { type: 'root', children: [] },
      position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
    }) as Answer;

  test('a chapter the text prints (`Solution 8.1`) outweighs one a file name may mean (`Stats 8.6.1.py`)', () => {
    expect(guideChapter([[of(8)], [of(6, true)]])).toBe(8);
    expect(guideChapter([[of(8)], [of(6, true)], [of(6, true)], [of(6, true)]])).toBe(6);
  });
});

describe('how the guide joins a section to its exercise', () => {
  const at = (printed: 'dot' | 'hyphen' | 'name') =>
    ({
      number: 114,
      chapter: 1,
      sectioned: true,
      ...(printed === 'dot' ? { sectionDots: true } : printed === 'name' ? { named: true } : {}),
      body: { type: 'root', children: [] },
      position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
    }) as Answer;

  test('the way most sources print it wins (CLRS’s 2.1-3 against one 2.1.3)', () => {
    expect(guideSectionDots([[at('hyphen')], [at('hyphen')], [at('dot')]])).toBe(false);
    expect(guideSectionDots([[at('dot')], [at('hyphen')], [at('dot')]])).toBe(true);
  });

  test('with ids only in names (`section1/Exercise14.java`), the dot most books print', () => {
    expect(guideSectionDots([[at('name')], [at('name')]])).toBe(true);
  });
});

describe('a section’s exercises where another source prints its exercises sub-section', () => {
  const at = (number: number, extra: Partial<Answer> = {}) =>
    ({
      number,
      chapter: 3,
      body: { type: 'root', children: [] },
      position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
      ...extra,
    }) as Answer;

  test('Exercise 3.2.1 (section 3.2’s first) is 3.2.4-1 where a source prints 3.2.4 Exercises', () => {
    const printed = [at(subsectionKey(2, 4, 1)), at(subsectionKey(2, 4, 2))];
    const sectioned = [at(201, { sectioned: true }), at(305, { sectioned: true })];
    const mapped = sectionsAsSubsections([printed, sectioned]);
    expect([...mapped.values()]).toEqual([subsectionKey(2, 4, 1)]);
  });

  test('without a source that prints sub-sections, sections keep their ids', () => {
    expect(sectionsAsSubsections([[at(201, { sectioned: true })]]).size).toBe(0);
  });
});

describe('bare numbers in a guide of lettered series', () => {
  const answer = (number: number) =>
    ({ number, body: { type: 'root', children: [] }, position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } }) as Answer;

  test('are the first series a source does not print itself, when most sources print lettered ids', () => {
    const lettered = [answer(seriesKey('R', 1)), answer(seriesKey('P', 1))];
    const bareAndP = [answer(4), answer(seriesKey('P', 3))];
    const mapped = letteredBareNumbers([lettered, [answer(seriesKey('R', 2))], bareAndP]);
    expect(mapped.get(bareAndP[0]!)).toBe(seriesKey('R', 4));
    expect(mapped.size).toBe(1);
  });

  test('stay plain where plain sources are as many', () => {
    expect(letteredBareNumbers([[answer(seriesKey('R', 1))], [answer(1), answer(2)]]).size).toBe(0);
  });

  test('are the series that ends where they end, where two sources print it: Zelle’s 1 … 17 are P1 … P17, not D1 … D6', () => {
    const series = (letter: string, last: number) => Array.from({ length: last }, (_, i) => answer(seriesKey(letter, i + 1)));
    const plain = () => Array.from({ length: 17 }, (_, i) => answer(i + 1));
    const [named, numbered, other] = [plain().map((a) => ({ ...a, chapter: 3, named: true }) as Answer), plain(), plain()];
    const mapped = letteredBareNumbers([[...series('D', 6), ...series('P', 17)], series('P', 17), named, numbered, other]);
    expect(mapped.get(named[16]!)).toBe(seriesKey('P', 17));
    expect(mapped.get(numbered[0]!)).toBe(seriesKey('P', 1));
    // Plain numbers that end elsewhere stay plain.
    expect(
      letteredBareNumbers([[...series('D', 6), ...series('P', 17)], series('P', 17), plain().slice(0, 12), plain().slice(0, 15)]).size,
    ).toBe(0);
  });

  test('stay plain where the sources that print a series number answers plainly beside it (exercises 1 …, projects P1 …)', () => {
    const both = () => [answer(1), answer(2), answer(seriesKey('P', 1))];
    expect(letteredBareNumbers([both(), both(), [answer(3)]]).size).toBe(0);
  });
  test('a guide is numbered by sections when as many sources print sections as print plain chapter ids', () => {
    const sectioned = [
      {
        number: 101,
        chapter: 3,
        sectioned: true as const,
        body: { type: 'root' as const, children: [] },
        position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
      },
    ];
    const dotted = [
      {
        number: 1,
        chapter: 3,
        body: { type: 'root' as const, children: [] },
        position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
      },
    ];
    expect(guideSectioned([sectioned, dotted])).toBe(true);
    expect(guideSectioned([sectioned, dotted, dotted])).toBe(false);
    expect(guideSectioned([dotted])).toBe(false);
  });
});
