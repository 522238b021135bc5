/**
 * Colour-blind-safe categorical colours: Okabe & Ito first, then Paul Tol's "muted".
 * Beyond them, colours are generated around the hue circle; shapes and line styles
 * carry the distinction too, so colour is never the only cue.
 */
export const SAFE_PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#D55E00',
  '#56B4E9',
  '#999933',
  '#882255',
  '#332288',
  '#44AA99',
  '#AA4499',
  '#117733',
  '#661100',
  '#6699CC',
  '#888888',
] as const;

/** Colour for the n-th category that has no colour of its own. */
export function categoricalColor(n: number): string {
  const fixed = SAFE_PALETTE[n];
  if (fixed) return fixed;
  const hue = (n * 137.508) % 360; // golden angle: neighbours stay far apart
  const lightness = 35 + ((n * 7) % 3) * 10;
  return hslToHex(hue, 60, lightness);
}

function hslToHex(h: number, s: number, l: number): string {
  const sat = s / 100;
  const lig = l / 100;
  const k = (n: number) => (n + h / 30) % 12;
  const a = sat * Math.min(lig, 1 - lig);
  const f = (n: number) => lig - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  const hex = (x: number) =>
    Math.round(x * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${hex(f(0))}${hex(f(8))}${hex(f(4))}`;
}
