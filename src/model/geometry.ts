/** A point in graph coordinates (or rendered pixels, where a name says so). */
export interface Point {
  x: number;
  y: number;
}

/** A rectangle in graph coordinates, as Cytoscape's `extent()` gives it. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Whether a point lies in a box grown by `pad` on every side. */
export const inBox = (b: Box, p: Point, pad = 0): boolean =>
  p.x >= b.x1 - pad && p.x <= b.x2 + pad && p.y >= b.y1 - pad && p.y <= b.y2 + pad;

/** The smallest box around these points, or null for none. */
export function boxAround(points: Iterable<Point>): Box | null {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    if (p.x < x1) x1 = p.x;
    if (p.y < y1) y1 = p.y;
    if (p.x > x2) x2 = p.x;
    if (p.y > y2) y2 = p.y;
  }
  return Number.isFinite(x1) ? { x1, y1, x2, y2 } : null;
}
