import type { OverviewScene } from './overviewScene';

/** Squared distance from a point to a segment. */
function distanceSq(px: number, py: number, x1: number, y1: number, x2: number, y2: number) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const lengthSq = dx * dx + dy * dy;
  const t = lengthSq ? Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / lengthSq)) : 0;
  const ex = x1 + t * dx - px;
  const ey = y1 + t * dy - py;
  return ex * ex + ey * ey;
}

/**
 * The painted relation nearest a model point, within `reach` of its line (plus half its
 * width), or null: what the pointer is on where Cytoscape holds no relation element.
 */
export function relationAt(
  scene: OverviewScene,
  x: number,
  y: number,
  reach: number,
): string | null {
  let best: string | null = null;
  let bestSq = Infinity;
  for (const g of scene.lines) {
    const r = reach + g.width / 2;
    const s = g.segments;
    for (let i = 0; i < s.length; i += 4) {
      const [x1, y1, x2, y2] = [s[i]!, s[i + 1]!, s[i + 2]!, s[i + 3]!];
      if (x < Math.min(x1, x2) - r || x > Math.max(x1, x2) + r) continue;
      if (y < Math.min(y1, y2) - r || y > Math.max(y1, y2) + r) continue;
      const d = distanceSq(x, y, x1, y1, x2, y2);
      if (d <= r * r && d < bestSq) {
        bestSq = d;
        best = g.ids[i / 4] ?? null;
      }
    }
  }
  return best;
}
