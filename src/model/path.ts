import type { VisibleGraph } from './filter';
import type { GraphIndex } from './graphIndex';
import type { Focus } from './neighbourhood';

export interface ActorPath extends Focus {
  /** Relation ids from `from` to `to`, in order. */
  steps: string[];
}

/**
 * Shortest connection between two actors over the visible relations, ignoring direction
 * (a denial or a leak connects two actors either way). Breadth-first in dataset order,
 * so the same graph always gives the same path. Null when they are not connected.
 */
export function shortestPath(
  index: GraphIndex,
  visible: VisibleGraph,
  from: string,
  to: string,
): ActorPath | null {
  if (!visible.actorIds.has(from) || !visible.actorIds.has(to)) return null;
  const via = new Map<string, { actor: string; relation: string } | null>([[from, null]]);
  let frontier = [from];
  while (frontier.length && !via.has(to)) {
    const next: string[] = [];
    for (const actor of frontier) {
      for (const rid of index.incident.get(actor) ?? []) {
        const r = index.relations.get(rid);
        if (!r || !visible.relationIds.has(rid)) continue;
        const other = r.source === actor ? r.target : r.source;
        if (via.has(other)) continue;
        via.set(other, { actor, relation: rid });
        next.push(other);
      }
    }
    frontier = next;
  }
  if (!via.has(to)) return null;
  const steps: string[] = [];
  const actorIds = new Set([to]);
  for (let step = via.get(to); step; step = via.get(step.actor)) {
    steps.unshift(step.relation);
    actorIds.add(step.actor);
  }
  return { actorIds, relationIds: new Set(steps), steps };
}
