import { describe, expect, test } from 'vitest';
import { escapeXml, previewSvg, wrapText } from './preview-image.ts';
import stringWidth from 'string-width';

describe('drawing a link-preview card', () => {
  test('wraps text at spaces into lines no longer than the limit', () => {
    expect(wrapText('Can you name six other data structures available in TensorFlow?', 24, 3)).toEqual([
      'Can you name six other',
      'data structures',
      'available in TensorFlow?',
    ]);
  });

  test('ends the last allowed line with an ellipsis when text is left over', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 10, 2);
    expect(lines).toEqual(['one two', 'three…']);
  });

  test('cuts a single word that is longer than a line', () => {
    expect(wrapText('tf.keras.layers.experimental.preprocessing', 12, 2)).toEqual(['tf.keras.la…']);
  });

  test('gives no lines for empty text', () => {
    expect(wrapText('   ', 10, 2)).toEqual([]);
  });

  test('escapes source text so it cannot break out of the SVG', () => {
    expect(escapeXml(`<script>"a" & 'b'</script>`)).toBe('&#60;script&#62;&#34;a&#34; &#38; &#39;b&#39;&#60;/script&#62;');
    const svg = previewSvg({ site: 'S', eyebrow: 'Question 1 of 1', title: 'a <b> & c', footer: 'f' });
    expect(svg).toContain('a &#60;b&#62; &#38; c');
    expect(svg).not.toContain('<b>');
  });

  test('draws the eyebrow in capitals and shows the text under the title', () => {
    const svg = previewSvg({
      site: 'Guide',
      eyebrow: 'Question 4 of 11',
      title: 'Other data structures',
      text: 'Can you name six?',
      footer: '3 answers',
    });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630"/);
    expect(svg).toContain('QUESTION 4 OF 11');
    expect(svg).toContain('>Can you name six?</tspan>');
  });
});

describe('wide text', () => {
  test('a Chinese title wraps between its characters by display width, never past the card', () => {
    const lines = wrapText('如果你的训练集有超过百万个特征，你会选择什么线性回归算法？', 20, 3);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(20);
    expect(lines.join('').replace('…', '')).toBe(
      '如果你的训练集有超过百万个特征，你会选择什么线性回归算法？'.slice(0, lines.join('').replace('…', '').length),
    );
  });
});
