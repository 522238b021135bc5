/* Apart from the codebook, so that the legend can name them without loading it. */

/**
 * CAMEO's four quad classes, fixed by the root code: 01–05 verbal cooperation, 06–08 material
 * cooperation, 09–14 verbal conflict, 15–20 material conflict (GDELT's QuadClass 1–4).
 */
export function quadClassOf(root: string): 1 | 2 | 3 | 4 {
  const n = Number(root);
  return n <= 5 ? 1 : n <= 8 ? 2 : n <= 14 ? 3 : 4;
}

/** Okabe–Ito colours, cooperation blue, conflict orange; material darker than verbal. */
export const QUAD_CLASSES = {
  1: { name: 'Verbal cooperation', color: '#56B4E9' },
  2: { name: 'Material cooperation', color: '#0072B2' },
  3: { name: 'Verbal conflict', color: '#E69F00' },
  4: { name: 'Material conflict', color: '#D55E00' },
} as const;
