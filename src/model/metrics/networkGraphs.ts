import Graph from 'graphology';
import type { Relation } from '../schema';

/** The two graphs the measures read, built once from the relations shown. */
export interface NetworkGraphs {
  /** Source → target, one edge per actor pair and direction, weighted by evidence. */
  directed: Graph;
  /** One edge per actor pair, direction dropped, weighted by evidence: paths and camps. */
  undirected: Graph;
}

/**
 * Builds the measured graphs over `actorIds` from `relations`. Parallel relations become one
 * edge whose weight is their evidence added up (at least 1 each); self-loops are left out of
 * paths, ranks and camps (they connect nothing), and counted by degree only. Relations of
 * undirected types go both ways in the directed graph.
 */
export function networkGraphs(
  actorIds: readonly string[],
  relations: readonly Relation[],
  undirectedTypes: ReadonlySet<string> = new Set(),
): NetworkGraphs {
  const directed = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
  const undirected = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const id of actorIds) {
    directed.addNode(id);
    undirected.addNode(id);
  }
  const add = (g: Graph, s: string, t: string, w: number) => {
    const edge = g.edge(s, t);
    if (edge === undefined) g.addEdge(s, t, { weight: w });
    else g.updateEdgeAttribute(edge, 'weight', (v: number) => v + w);
  };
  for (const r of relations) {
    if (r.source === r.target || !directed.hasNode(r.source) || !directed.hasNode(r.target))
      continue;
    const w = Math.max(1, r.evidence.length);
    add(directed, r.source, r.target, w);
    if (undirectedTypes.has(r.type)) add(directed, r.target, r.source, w);
    add(undirected, r.source, r.target, w);
  }
  return { directed, undirected };
}
