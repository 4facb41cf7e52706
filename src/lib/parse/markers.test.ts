import { describe, expect, test } from 'vitest';
import { markerWords, matchMarker } from './markers.ts';

describe('question markers', () => {
  test('recognise numbers with punctuation, prefix words and sub-parts', () => {
    expect(matchMarker('3. What is it?')).toMatchObject({ number: 3, prefixed: false, length: 3 });
    expect(matchMarker('Exercise 12')).toMatchObject({ number: 12, prefixed: true });
    expect(matchMarker('Question 3: Range vs constant')).toMatchObject({ number: 3, length: 12 });
    expect(matchMarker('Q3.')).toMatchObject({ number: 3, prefixed: true });
    expect(matchMarker('3b) How?')).toMatchObject({ number: 3, subpart: 'b' });
  });

  test('leave numbers that start prose alone', () => {
    expect(matchMarker('2023 results')).toBeUndefined();
    expect(matchMarker('1.5 seconds is enough')).toBeUndefined();
    expect(matchMarker('3D convolutions')).toBeUndefined();
    // A paragraph needs the prefix and punctuation: `Question 3 was hard` is prose.
    expect(matchMarker('Question 3 was hard', { label: true })).toBeUndefined();
    expect(matchMarker('Q3: Why?', { label: true })).toMatchObject({ number: 3 });
  });

  test('count the words of a line that are its marker or answer label', () => {
    expect(markerWords('## Question 3: Why?')).toBe(2);
    expect(markerWords('**Q3.** What is it?')).toBe(1);
    expect(markerWords('   11. When would you…')).toBe(1);
    expect(markerWords('A3: Because.')).toBe(1);
    expect(markerWords('   - A plain bullet')).toBe(0);
  });
});
