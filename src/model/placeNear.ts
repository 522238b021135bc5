import type { Point } from './geometry';
import type { Dataset } from './schema';

/** How far from its neighbours' centre a placed actor stands, growing with each one placed there. */
const STEP = 90;

/**
 * Positions for actors new to a drawn graph (a merge adds them): each at the centre of the
 * neighbours it already has there, a little apart from the others placed near the same centre
 * (on a golden-angle spiral), so that added actors appear beside those they relate to rather than
 * in a heap. Actors whose neighbours are all new too follow in a second pass; those with none
 * are left out (placed by the graph as any added actor).
 */
export function placeNear(
  dataset: Dataset,
  fresh: ReadonlySet<string>,
  known: ReadonlyMap<string, Point>,
): Map<string, Point> {
  const around = new Map<string, string[]>();
  for (const r of dataset.relations) {
    if (r.source === r.target) continue;
    if (fresh.has(r.source))
      (around.get(r.source) ?? around.set(r.source, []).get(r.source)!).push(r.target);
    if (fresh.has(r.target))
      (around.get(r.target) ?? around.set(r.target, []).get(r.target)!).push(r.source);
  }
  const placed = new Map<string, Point>();
  const at = (id: string) => placed.get(id) ?? known.get(id);
  const crowd = new Map<string, number>();
  for (let pass = 0; pass < 2; pass++)
    for (const id of fresh) {
      if (placed.has(id)) continue;
      const points = (around.get(id) ?? []).flatMap((n) => at(n) ?? []);
      if (!points.length) continue;
      const cx = points.reduce((s, p) => s + p.x, 0) / points.length;
      const cy = points.reduce((s, p) => s + p.y, 0) / points.length;
      const key = `${Math.round(cx)},${Math.round(cy)}`;
      const k = (crowd.get(key) ?? 0) + 1;
      crowd.set(key, k);
      const r = STEP * Math.sqrt(k);
      placed.set(id, { x: cx + r * Math.cos(k * 2.39996), y: cy + r * Math.sin(k * 2.39996) });
    }
  return placed;
}
