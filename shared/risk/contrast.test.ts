import { describe, expect, it } from 'vitest';
import { contrastRatio, isHexColour, parseHexColour, relativeLuminance } from './contrast';

describe('contrast ratio (WCAG 2)', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#b91c1c', '#b91c1c')).toBe(1);
  });

  it('does not depend on which colour is the text', () => {
    expect(contrastRatio('#713f12', '#fde68a')).toBe(contrastRatio('#fde68a', '#713f12'));
  });

  it('matches published reference values', () => {
    // #767676 is the lightest grey that passes AA on white; #777777 just fails.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('computes relative luminance from sRGB', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ff0000')).toBeCloseTo(0.2126, 4);
  });

  it('reads short and long hex, in either case', () => {
    expect(parseHexColour('#fA0')).toEqual([255, 170, 0]);
    expect(parseHexColour('#B91C1C')).toEqual([185, 28, 28]);
  });

  it('refuses anything that is not a hex colour', () => {
    for (const bad of ['red', '#12345', '#gggggg', 'ffffff', '']) {
      expect(isHexColour(bad)).toBe(false);
      expect(() => parseHexColour(bad)).toThrow(RangeError);
    }
  });
});
