import type { GraphIndex } from './graphIndex';
import type { VisibleGraph } from './filter';

export interface Focus {
  actorIds: Set<string>;
  relationIds: Set<string>;
}

/** An actor, the visible relations within `depth` steps of it and the actors they reach. */
export function actorNeighbourhood(
  index: GraphIndex,
  visible: VisibleGraph,
  actorId: string,
  depth = 1,
): Focus {
  const actorIds = new Set([actorId]);
  const relationIds = new Set<string>();
  let frontier = [actorId];
  for (let step = 0; step < depth; step++) {
    const next: string[] = [];
    for (const a of frontier) {
      for (const rid of index.incident.get(a) ?? []) {
        if (!visible.relationIds.has(rid)) continue;
        relationIds.add(rid);
        const r = index.relations.get(rid);
        if (!r) continue;
        for (const other of [r.source, r.target]) {
          if (!actorIds.has(other)) {
            actorIds.add(other);
            next.push(other);
          }
        }
      }
    }
    frontier = next;
  }
  return { actorIds, relationIds };
}
