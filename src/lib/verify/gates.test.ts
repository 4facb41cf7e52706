import { describe, expect, test } from 'vitest';
import { validateHtml } from './html.ts';

const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title></head><body><main>${body}</main></body></html>`;

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
