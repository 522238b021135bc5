import type { OverviewScene } from './overviewScene';

/**
 * The painted actor nearest a model point, within `reach` of its dot's edge, or null: what
 * the pointer is on where Cytoscape does not hold the actor (the overview mode).
 */
export function actorAt(scene: OverviewScene, x: number, y: number, reach: number): string | null {
  let best: string | null = null;
  // The nearest centre within its own dot's reach (dots differ in size under a measure).
  let bestSq = Infinity;
  for (const g of scene.dots) {
    const r = g.size / 2 + reach;
    const c = g.centres;
    for (let i = 0; i < c.length; i += 2) {
      const dx = c[i]! - x;
      const dy = c[i + 1]! - y;
      const d = dx * dx + dy * dy;
      // Later dots are painted on top: on a tie the upper one is the one under the pointer.
      if (d <= r * r && d <= bestSq) {
        bestSq = d;
        best = g.ids[i / 2] ?? null;
      }
    }
  }
  return best;
}
