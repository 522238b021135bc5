import type { VisibleGraph } from '../filter';
import { problem, type Problem } from '../problem';
import type { Dataset, Relation } from '../schema';

/**
 * Our JSON, of the whole dataset or of the visible subgraph. A subgraph must still validate:
 * disputes, attributions and parents that point outside it are dropped, each with a warning.
 */
export function exportActorGraph(
  d: Dataset,
  visible?: VisibleGraph,
): { text: string; problems: Problem[] } {
  if (!visible) return { text: JSON.stringify(d, null, 2) + '\n', problems: [] };
  const problems: Problem[] = [];
  const dropped = (what: string, id: string, target: string) =>
    problems.push(
      problem(
        'AG066',
        id,
        `${what} "${target}" is outside the exported subgraph and was dropped from "${id}".`,
        'warning',
      ),
    );
  const actors = d.actors
    .filter((a) => visible.actorIds.has(a.id))
    .map((a) => {
      if (a.parent === undefined || visible.actorIds.has(a.parent)) return a;
      dropped('Parent', a.id, a.parent);
      const { parent: _parent, ...rest } = a;
      return rest;
    });
  const relations = d.relations
    .filter((r) => visible.relationIds.has(r.id))
    .map((r) => {
      let out: Relation = r;
      if (r.disputes !== undefined && !visible.relationIds.has(r.disputes)) {
        dropped('Disputed relation', r.id, r.disputes);
        const { disputes: _disputes, ...rest } = out;
        out = rest;
      }
      const kept = r.assertedBy?.filter((a) => visible.actorIds.has(a));
      if (r.assertedBy && kept && kept.length < r.assertedBy.length) {
        r.assertedBy
          .filter((a) => !kept.includes(a))
          .forEach((a) => dropped('Asserting actor', r.id, a));
        const { assertedBy: _assertedBy, ...rest } = out;
        out = kept.length ? { ...rest, assertedBy: kept } : rest;
      }
      return out;
    });
  // The measures, if any, of the actors kept only.
  const metrics = d.metrics && {
    ...d.metrics,
    actors: Object.fromEntries(
      Object.entries(d.metrics.actors).filter(([id]) => visible.actorIds.has(id)),
    ),
    communities: d.metrics.communities.filter((c) => visible.actorIds.has(c.hub)),
  };
  return {
    text:
      JSON.stringify({ ...d, actors, relations, ...(metrics ? { metrics } : {}) }, null, 2) + '\n',
    problems,
  };
}
