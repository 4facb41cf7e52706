import { describe, expect, test } from 'vitest';
import { mathText } from './math-text.ts';

describe('TeX as a line of text', () => {
  test('symbols, operator names and scripts read as a reader would say them', () => {
    expect(mathText('\\Theta(n\\lg n)')).toBe('Θ(n lg n)');
    expect(mathText('2^{n + 1} = O(2^n)')).toBe('2ⁿ⁺¹ = O(2ⁿ)');
    expect(mathText('\\gamma= 0.5')).toBe('γ = 0.5');
    expect(mathText('x_i, y_i')).toBe('xᵢ, yᵢ');
    expect(mathText('\\frac{a}{b}')).toBe('a/b');
  });

  test('a script Unicode has no letters for keeps its caret; Markdown’s escapes are read as TeX’s', () => {
    expect(mathText('e^{\\pi}')).toBe('e^π');
    expect(mathText('\\lg^\\*(\\lg n)')).toBe('lg^∗(lg n)');
  });

  test('TeX that KaTeX cannot read stays as written', () => {
    expect(mathText('\\frac{a')).toBe('\\frac{a');
  });

  test('a macro the source defined for itself reads as its argument, or as its name where it takes none', () => {
    expect(mathText('\\vecsp R3')).toBe('R3');
    expect(mathText('\\ma, \\mb \\in \\mathcal{G}')).toBe('ma, mb ∈ G');
  });
});
