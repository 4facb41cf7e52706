import { describe, expect, test } from 'vitest';
import {
  absoluteUrl,
  answerHref,
  languageBundlePath,
  previewImagePath,
  questionPath,
  searchBundlePath,
  shortLinkPath,
  withBase,
} from './urls.ts';

describe('building URLs under a base path', () => {
  test('joins a root base and a path with exactly one slash', () => {
    expect(withBase('/')).toBe('/');
    expect(withBase('/', '/favicon.svg')).toBe('/favicon.svg');
  });

  test('keeps a sub-path base whether or not it ends with a slash', () => {
    expect(questionPath('/crossguide', '04-data-structures')).toBe('/crossguide/questions/04-data-structures/');
    expect(questionPath('/crossguide/', '04-data-structures')).toBe('/crossguide/questions/04-data-structures/');
  });

  test('puts short links, preview images and the search bundle under the base', () => {
    expect(shortLinkPath('/crossguide/', 4)).toBe('/crossguide/q/4/');
    expect(previewImagePath('/crossguide/', '04-data-structures')).toBe('/crossguide/og/04-data-structures.png');
    expect(searchBundlePath('/')).toBe('/pagefind/');
    expect(languageBundlePath('/crossguide/', 'pt-BR')).toBe('/crossguide/pagefind-pt-br/');
  });

  test('links an answer on its question page, or on its source page where a maintainer’s page leaves it out', () => {
    const page = { slug: '03-range', id: '3', shows: ['003', '000'] };
    expect(answerHref('/crossguide/', page, '000')).toBe('/crossguide/questions/03-range/#answer-000');
    expect(answerHref('/crossguide/', page, '000', true)).toBe('#answer-000');
    expect(answerHref('/crossguide/', page, '002', true)).toBe('/crossguide/sources/002/#question-3');
    expect(answerHref('/', { slug: '03-range', id: '3.4' }, '002')).toBe('/questions/03-range/#answer-002');
  });

  test('makes an absolute URL from the site and a path that already includes the base', () => {
    expect(absoluteUrl('https://example.org/crossguide/', '/crossguide/q/4/')).toBe('https://example.org/crossguide/q/4/');
    expect(absoluteUrl(new URL('http://127.0.0.1:4321'), '/questions/03-range-vs-constant/')).toBe(
      'http://127.0.0.1:4321/questions/03-range-vs-constant/',
    );
  });
});
