import { getActiveGraph } from './activeGraph';
import type { Point } from '../model/geometry';
import { isActorElementId, modelIdOf } from './ids';

/*
 * What the UI may use of the graph layer (lint enforces it: src/ui imports nothing else of
 * src/graph, and never cytoscape). The graph is driven by the store; this is for the few
 * things a panel asks of it directly.
 */

export { mountGraph, type MountedGraph } from './mountGraph';
export { cancelLayout } from './layout';
export { DEFAULT_SNAPSHOT, type SnapshotOptions } from './snapshot/options';
export type { GraphSizes } from './snapshot/snapshot';

/** Snapshots (PNG, SVG, their size), loaded on first use: the start-up budget is nearly spent. */
export const loadSnapshots = () => import('./snapshot/snapshotApi');

/** Every actor's position on screen, by actor id, wherever the graph holds it (to save a layout). */
export function actorPositions(): Map<string, Point> | null {
  const graph = getActiveGraph();
  if (!graph) return null;
  const out = new Map<string, Point>();
  for (const [id, p] of graph.contents.positions())
    if (isActorElementId(id)) out.set(modelIdOf(id), p);
  return out;
}
