import { describe, expect, test } from 'vitest';
import { formatSchema, layoutNameSchema } from '../model/model.ts';
import { detectLayout, formatLabel, layouts } from './layouts.ts';

describe('layouts', () => {
  test('the format names are the layouts in detection order, then the folder and the unsplit source', () => {
    expect([...layouts.map((layout) => layout.format), 'folder', 'unsplit']).toEqual(formatSchema.options);
  });

  test('the layouts a maintainer can name in sources.yaml are every layout', () => {
    expect(layouts.map((layout) => layout.format)).toEqual(layoutNameSchema.options);
  });

  test('every format has a label for the source page', () => {
    for (const format of formatSchema.options) expect(formatLabel(format)).toMatch(/\w+ \w+/);
  });

  test('the first layout that recognises a file reads it, and says why', () => {
    const detected = detectLayout({ id: '1', file: '1.md', text: '## 1. What?\nYes.\n\n## 2. Why?\nBecause.' }, [
      '## 1. What?',
      'Yes.',
      '',
      '## 2. Why?',
      'Because.',
    ]);
    expect(detected?.layout.format).toBe('heading-markdown');
    expect(detected?.reason).toBe('2 questions marked by level-2 headings such as `## 1. What?` on line 1');
  });
});
