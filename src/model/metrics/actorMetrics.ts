import pagerank from 'graphology-metrics/centrality/pagerank';
import louvain from 'graphology-communities-louvain';
import { seededRandom } from '../random';
import type { Relation } from '../schema';
import { pathMeasures } from './pathMeasures';
import { networkGraphs } from './networkGraphs';

/** Up to this many actors betweenness and closeness are exact; above, estimated from a sample. */
export const EXACT_BETWEENNESS = 5000;
export const SAMPLED_SOURCES = 500;
const SEED = 1;

/** One actor's measures. Every value is a finite number (0 where a measure is undefined). */
export interface ActorMeasures {
  degreeIn: number;
  degreeOut: number;
  degree: number;
  /** Evidence pieces on its relations (at least one each), in and out. */
  weightedDegree: number;
  betweenness: number;
  pagerank: number;
  closeness: number;
  /** Its camp: communities numbered by size, largest first, from 0. */
  community: number;
}

export interface Community {
  id: number;
  size: number;
  /** Its best-connected member (most relations within the whole graph shown). */
  hub: string;
}

export interface NetworkMetrics {
  actors: Map<string, ActorMeasures>;
  communities: Community[];
  /** Betweenness was estimated from a sample of sources (large graphs). */
  sampled: boolean;
}

const finite = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? v : 0);

/**
 * Measures the network of `actorIds` and `relations` (those shown, or the whole dataset):
 * degrees over every relation (a self-loop counts at both ends: once in, once out, its evidence
 * twice), betweenness and
 * closeness with directions dropped, PageRank along them, and Louvain camps seeded so the same
 * graph always gives the same camps. `onProgress` gets 0–1.
 */
export function actorMetrics(
  actorIds: readonly string[],
  relations: readonly Relation[],
  {
    undirectedTypes = new Set<string>(),
    onProgress = (_f: number) => {},
    /** Told how long each part took (ms), for the benchmark. */
    onPhase = (_phase: string, _ms: number) => {},
  } = {},
): NetworkMetrics {
  let t0 = performance.now();
  const lap = (phase: string) => {
    const now = performance.now();
    onPhase(phase, now - t0);
    t0 = now;
  };
  const { directed, undirected } = networkGraphs(actorIds, relations, undirectedTypes);
  lap('graphs');
  const degrees = new Map(actorIds.map((id) => [id, { in: 0, out: 0, weighted: 0 }]));
  for (const r of relations) {
    const [s, t] = [degrees.get(r.source), degrees.get(r.target)];
    if (!s || !t) continue;
    const w = Math.max(1, r.evidence.length);
    s.out += 1;
    t.in += 1;
    s.weighted += w;
    t.weighted += w;
  }
  onProgress(0.05);
  lap('degree');
  const ranks = directed.size ? pagerank(directed, { getEdgeWeight: 'weight' }) : {};
  onProgress(0.1);
  lap('pagerank');
  const sampled = undirected.order > EXACT_BETWEENNESS;
  const paths = pathMeasures(undirected, {
    sources: sampled ? SAMPLED_SOURCES : Infinity,
    random: seededRandom(SEED),
    onSource: (done, all) => onProgress(0.1 + 0.75 * (done / all)),
  });
  onProgress(0.85);
  lap('paths');
  const camps = louvain(undirected, { getEdgeWeight: 'weight', rng: seededRandom(SEED) });
  onProgress(0.95);
  lap('louvain');
  const communities = rankCommunities(camps, actorIds, degrees);
  const order = new Map(communities.map((c, i) => [c.raw, i]));
  const actors = new Map<string, ActorMeasures>();
  for (const id of actorIds) {
    const d = degrees.get(id)!;
    actors.set(id, {
      degreeIn: d.in,
      degreeOut: d.out,
      degree: d.in + d.out,
      weightedDegree: d.weighted,
      betweenness: finite(paths.betweenness.get(id)),
      // Without any relation every actor ranks alike.
      pagerank: directed.size ? finite(ranks[id]) : 1 / actorIds.length,
      closeness: finite(paths.closeness.get(id)),
      community: order.get(camps[id] ?? -1) ?? 0,
    });
  }
  onProgress(1);
  return {
    actors,
    communities: communities.map(({ raw: _raw, ...c }, id) => ({ ...c, id })),
    sampled,
  };
}

/** Louvain's camps ordered by size (then by their hub's id, for a stable order). */
function rankCommunities(
  camps: Record<string, number>,
  actorIds: readonly string[],
  degrees: Map<string, { in: number; out: number }>,
): { raw: number; size: number; hub: string }[] {
  const byCamp = new Map<number, { raw: number; size: number; hub: string; best: number }>();
  for (const id of actorIds) {
    const raw = camps[id] ?? -1;
    const d = degrees.get(id)!;
    const degree = d.in + d.out;
    const c = byCamp.get(raw);
    if (!c) byCamp.set(raw, { raw, size: 1, hub: id, best: degree });
    else {
      c.size += 1;
      if (degree > c.best || (degree === c.best && id < c.hub)) [c.hub, c.best] = [id, degree];
    }
  }
  return [...byCamp.values()]
    .sort((a, b) => b.size - a.size || a.hub.localeCompare(b.hub))
    .map(({ raw, size, hub }) => ({ raw, size, hub }));
}
