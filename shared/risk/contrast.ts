/**
 * WCAG 2.x contrast, so band colours can be checked in a test rather than by eye.
 * https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio
 */

/** Normal-size text needs at least this ratio to meet WCAG AA (success criterion 1.4.3). */
export const WCAG_AA_NORMAL_TEXT = 4.5;

const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

export function isHexColour(value: string): boolean {
  return HEX_COLOUR.test(value);
}

/** `#rgb` or `#rrggbb` → [r, g, b] in 0..255. Throws on anything else: colours are ours, not typed. */
export function parseHexColour(hex: string): [number, number, number] {
  if (!HEX_COLOUR.test(hex)) {
    throw new RangeError(`“${hex}” is not a colour in #rrggbb form`);
  }
  const digits =
    hex.length === 4
      ? hex
          .slice(1)
          .split('')
          .map((d) => d + d)
          .join('')
      : hex.slice(1);
  const n = Number.parseInt(digits, 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

function linearChannel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHexColour(hex);
  return 0.2126 * linearChannel(r) + 0.7152 * linearChannel(g) + 0.0722 * linearChannel(b);
}

/** Contrast ratio between two colours, from 1 (none) to 21 (black on white). Order does not matter. */
export function contrastRatio(foreground: string, background: string): number {
  const a = relativeLuminance(foreground);
  const b = relativeLuminance(background);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
