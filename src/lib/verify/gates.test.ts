import { describe, expect, test } from 'vitest';
import { validateHtml } from './html.ts';
import { findBrokenLinks } from './links.ts';

const page = (body: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title></head><body><main>${body}</main></body></html>`;

describe('the link gate', () => {
  const files = [
    { path: 'index.html', html: page('<a href="/questions/01-a/#answer-000">ok</a> <a href="/questions/01-a/#answer-999">bad anchor</a> <a href="/questions/02-b/">missing</a> <a href="#top">self</a> <a href="https://example.org/x">external</a>') },
    { path: 'questions/01-a/index.html', html: page('<h2 id="answer-000">A</h2><a href="../../">up</a><a href="/_astro/x.css">css</a>') },
    { path: '_astro/x.css' },
  ];

  test('finds a missing page and a missing fragment, and nothing else', () => {
    expect(findBrokenLinks(files)).toEqual([
      { page: 'index.html', href: '/questions/01-a/#answer-999', reason: 'no element with id "answer-999" on questions/01-a/index.html' },
      { page: 'index.html', href: '/questions/02-b/', reason: 'no such page or file' },
      { page: 'index.html', href: '#top', reason: 'no element with id "top" on index.html' },
    ]);
  });

  test('flags links that leave the base path', () => {
    const hosted = [{ path: 'index.html', html: page('<a href="/crossguide/">home</a> <a href="/questions/">escaped</a>') }];
    expect(findBrokenLinks(hosted, '/crossguide/')).toEqual([{ page: 'index.html', href: '/questions/', reason: 'outside the base path /crossguide/' }]);
  });
});

describe('the HTML gate', () => {
  test('accepts a valid page', async () => {
    expect(await validateHtml('ok.html', page('<p>Hello</p>'))).toEqual([]);
  });

  test('reports invalid HTML with its rule and position', async () => {
    const problems = await validateHtml('bad.html', page('<p>one<div>two</div></p><span id="x"></span><span id="x"></span>'));
    expect(problems.map((p) => p.ruleId)).toEqual(expect.arrayContaining(['no-dup-id']));
    expect(problems.length).toBeGreaterThan(1);
    expect(problems[0]).toMatchObject({ file: 'bad.html', line: 1 });
  });
});
