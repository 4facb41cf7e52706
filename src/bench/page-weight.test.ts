import { expect, test } from 'vitest';
import { parseTimings } from './build.ts';
import { addBytes, measureBytes, resourceKind, summariseWeight, type Download } from './page-weight.ts';

test('measureBytes counts the bytes a host sends, not characters, for text and binary bodies alike', () => {
  const body = 'ragged tensor é '.repeat(200);
  expect(measureBytes(body).raw).toBe(body.length + 200);
  expect(measureBytes(Buffer.from(body))).toEqual(measureBytes(body));
  expect(measureBytes(body).gzip).toBeGreaterThan(0);
  // An empty body is sent as nothing, not as an empty gzip stream's 20 bytes.
  expect(measureBytes('')).toEqual({ raw: 0, gzip: 0 });
});

test('resourceKind trusts what the browser asked for, then the content type', () => {
  expect(resourceKind('document', 'text/html')).toBe('html');
  expect(resourceKind('stylesheet', '')).toBe('css');
  expect(resourceKind('script', 'text/javascript')).toBe('js');
  expect(resourceKind('fetch', 'text/javascript; charset=utf-8')).toBe('js');
  expect(resourceKind('fetch', 'application/wasm')).toBe('other');
  expect(resourceKind('image', 'image/svg+xml')).toBe('other');
});

test('summariseWeight adds up each kind, the total, and inline plus external JavaScript', () => {
  const downloads: Download[] = [
    { url: '/q/', kind: 'html', bytes: { raw: 1000, gzip: 400 } },
    { url: '/a.css', kind: 'css', bytes: { raw: 500, gzip: 200 } },
    { url: '/a.js', kind: 'js', bytes: { raw: 300, gzip: 150 } },
    { url: '/b.js', kind: 'js', bytes: { raw: 100, gzip: 90 } },
  ];
  const inline = ['document.documentElement.dataset.theme = "dark";'];
  const weight = summariseWeight('/q/', downloads, inline);
  expect(weight.requests).toBe(4);
  expect(weight.byKind).toEqual({ html: { raw: 1000, gzip: 400 }, css: { raw: 500, gzip: 200 }, js: { raw: 400, gzip: 240 }, other: { raw: 0, gzip: 0 } });
  expect(weight.total).toEqual({ raw: 1900, gzip: 840 });
  expect(weight.jsBeforeInteraction.inline).toEqual(measureBytes(inline[0]!));
  expect(weight.jsBeforeInteraction.total).toEqual(addBytes([measureBytes(inline[0]!), { raw: 400, gzip: 240 }]));
});

test('parseTimings sums each stage the integrations recorded and skips blank lines', () => {
  expect(parseTimings('{"stage":"ingest","ms":120}\n{"stage":"verify","ms":30}\n\n{"stage":"ingest","ms":5}\n')).toEqual({ ingest: 125, verify: 30 });
  expect(parseTimings('')).toEqual({});
});
