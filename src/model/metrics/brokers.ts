import type { Focus } from '../neighbourhood';
import type { Relation } from '../schema';
import type { NetworkMetrics } from './actorMetrics';

/** How many brokers "show brokers" brings forward. */
export const BROKERS = 10;

/**
 * The brokers of the relations shown: the actors with the highest betweenness among those
 * with a relation into another camp, with those relations and the actors at their other ends —
 * what joins the camps, as one highlight. Null when nothing crosses camps.
 */
export function brokerFocus(
  metrics: NetworkMetrics,
  relations: readonly Relation[],
  top = BROKERS,
): Focus | null {
  const camp = (id: string) => metrics.actors.get(id)?.community;
  const bridges = new Map<string, Relation[]>();
  for (const r of relations) {
    const [a, b] = [camp(r.source), camp(r.target)];
    if (a === undefined || b === undefined || a === b) continue;
    for (const end of [r.source, r.target]) {
      let list = bridges.get(end);
      if (!list) bridges.set(end, (list = []));
      list.push(r);
    }
  }
  if (!bridges.size) return null;
  const betweenness = (id: string) => metrics.actors.get(id)?.betweenness ?? 0;
  const brokers = [...bridges.keys()]
    .sort((x, y) => betweenness(y) - betweenness(x) || x.localeCompare(y))
    .slice(0, top);
  const focus: Focus = { actorIds: new Set(brokers), relationIds: new Set() };
  for (const id of brokers)
    for (const r of bridges.get(id)!) {
      focus.relationIds.add(r.id);
      focus.actorIds.add(r.source).add(r.target);
    }
  return focus;
}
