import closeness from 'graphology-metrics/centrality/closeness';
import { actorMetrics } from '../../../src/model/metrics/actorMetrics';
import { pathMeasures } from '../../../src/model/metrics/pathMeasures';
import { campEnd, collapseCamps } from '../../../src/model/metrics/collapse';
import { networkGraphs } from '../../../src/model/metrics/networkGraphs';
import type { Relation } from '../../../src/model/schema';
import { seedDataset } from '../../helpers';

let n = 0;
const rel = (source: string, target: string, evidence = 1): Relation =>
  ({
    id: `r${n++}`,
    source,
    target,
    type: 't',
    evidence: Array.from({ length: evidence }, () => ({ document: 'd', quote: 'q' })),
  }) as Relation;

const measure = (ids: string[], relations: Relation[]) => actorMetrics(ids, relations).actors;

/** Betweenness by counting every pair's shortest paths (BFS), directions dropped: the slow way. */
function naiveBetweenness(ids: string[], relations: Relation[]): Map<string, number> {
  const next = new Map(ids.map((id) => [id, new Set<string>()]));
  for (const r of relations)
    if (r.source !== r.target) {
      next.get(r.source)!.add(r.target);
      next.get(r.target)!.add(r.source);
    }
  const bfs = (s: string) => {
    const dist = new Map([[s, 0]]);
    const count = new Map([[s, 1]]);
    const queue = [s];
    for (let i = 0; i < queue.length; i++) {
      const v = queue[i]!;
      for (const w of next.get(v)!) {
        if (!dist.has(w)) {
          dist.set(w, dist.get(v)! + 1);
          queue.push(w);
        }
        if (dist.get(w) === dist.get(v)! + 1) count.set(w, (count.get(w) ?? 0) + count.get(v)!);
      }
    }
    return { dist, count };
  };
  const all = new Map(ids.map((id) => [id, bfs(id)]));
  const result = new Map(ids.map((id) => [id, 0]));
  for (const [i, s] of ids.entries())
    for (const t of ids.slice(i + 1)) {
      const { dist, count } = all.get(s)!;
      if (!dist.has(t)) continue;
      for (const v of ids) {
        if (v === s || v === t) continue;
        const [dv, cv] = [dist.get(v), count.get(v)];
        const back = all.get(v)!;
        if (dv === undefined || dv + back.dist.get(t)! !== dist.get(t)) continue;
        result.set(v, result.get(v)! + (cv! * back.count.get(t)!) / count.get(t)!);
      }
    }
  const pairs = ((ids.length - 1) * (ids.length - 2)) / 2;
  for (const id of ids) result.set(id, result.get(id)! / pairs);
  return result;
}

describe('network measures', () => {
  it('on the seed, directions dropped, China is the broker, then Russia, then the USA', () => {
    const seed = seedDataset();
    const ids = seed.actors.map((a) => a.id);
    const { actors } = actorMetrics(ids, seed.relations);
    const ranked = [...actors].sort((a, b) => b[1].betweenness - a[1].betweenness);
    expect(ranked.slice(0, 3).map(([id]) => id)).toEqual(['china', 'russia', 'usa']);
    // Each value as counting every pair's shortest paths gives it.
    for (const [id, value] of naiveBetweenness(ids, seed.relations))
      expect(actors.get(id)!.betweenness).toBeCloseTo(value, 10);
    // Closeness as graphology's own (Wasserman–Faust) computes it.
    const { undirected } = networkGraphs(ids, seed.relations);
    const reference = closeness(undirected, { wassermanFaust: true });
    for (const id of ids) expect(actors.get(id)!.closeness).toBeCloseTo(reference[id]!, 10);
  });

  it('gives known values on small graphs', () => {
    // A path a – b – c: every path between a and c goes through b.
    const path = measure(['a', 'b', 'c'], [rel('a', 'b'), rel('b', 'c')]);
    expect(path.get('b')!.betweenness).toBe(1);
    expect(path.get('a')!.betweenness).toBe(0);
    expect(path.get('b')!.closeness).toBe(1);
    expect(path.get('a')!.closeness).toBeCloseTo(2 / 3, 10);
    expect(path.get('b')).toMatchObject({ degreeIn: 1, degreeOut: 1, degree: 2 });
    // A directed cycle: everyone ranks alike.
    const cycle = measure(
      ['a', 'b', 'c', 'd'],
      [rel('a', 'b'), rel('b', 'c'), rel('c', 'd'), rel('d', 'a')],
    );
    for (const m of cycle.values()) expect(m.pagerank).toBeCloseTo(0.25, 6);
    // A star: the centre is on every path; the one everyone points at ranks first.
    const star = measure(
      ['hub', 'x', 'y', 'z'],
      [rel('x', 'hub'), rel('y', 'hub'), rel('z', 'hub')],
    );
    expect(star.get('hub')!.betweenness).toBe(1);
    expect(star.get('hub')!.pagerank).toBeGreaterThan(star.get('x')!.pagerank);
  });

  it('finds two camps joined by one relation, the same every time', () => {
    const clique = (names: string[]) =>
      names.flatMap((a, i) => names.slice(i + 1).map((b) => rel(a, b)));
    const ids = ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'b4'];
    const relations = [...clique(ids.slice(0, 4)), ...clique(ids.slice(4)), rel('a4', 'b1')];
    const first = actorMetrics(ids, relations);
    expect(first.communities.map((c) => c.size)).toEqual([4, 4]);
    const camp = (id: string) => first.actors.get(id)!.community;
    expect(new Set(['a1', 'a2', 'a3', 'a4'].map(camp)).size).toBe(1);
    expect(camp('a1')).not.toBe(camp('b1'));
    // Their best-connected members name them.
    expect(first.communities.map((c) => c.hub).sort()).toEqual(['a4', 'b1']);
    expect(actorMetrics(ids, relations).actors).toEqual(first.actors);
  });

  it('defines every value for one actor, no relations, self-loops, parallels and islands', () => {
    const alone = measure(['solo'], []).get('solo')!;
    expect(alone).toEqual({
      degreeIn: 0,
      degreeOut: 0,
      degree: 0,
      weightedDegree: 0,
      betweenness: 0,
      pagerank: 1,
      closeness: 0,
      community: 0,
    });
    const none = measure(['a', 'b'], []);
    expect(none.get('a')!.pagerank).toBe(0.5);
    // A self-loop counts at both its ends; parallel relations each count.
    const loops = measure(['a', 'b'], [rel('a', 'a'), rel('a', 'b', 3), rel('a', 'b', 2)]);
    expect(loops.get('a')).toMatchObject({
      degreeIn: 1,
      degreeOut: 3,
      degree: 4,
      weightedDegree: 7,
    });
    const islands = measure(['a', 'b', 'c', 'd'], [rel('a', 'b'), rel('c', 'd')]);
    for (const m of [...loops.values(), ...islands.values()])
      for (const v of Object.values(m)) expect(Number.isFinite(v)).toBe(true);
  });

  it('estimates betweenness from sampled sources, and is exact with all of them', () => {
    const ids = Array.from({ length: 60 }, (_, i) => `n${i}`);
    // A ring with chords: many shortest paths of different lengths.
    const relations = ids.flatMap((id, i) => [
      rel(id, ids[(i + 1) % 60]!),
      rel(id, ids[(i * 7) % 60]!),
    ]);
    const { undirected } = networkGraphs(ids, relations);
    const exact = naiveBetweenness(ids, relations);
    const all = pathMeasures(undirected, { sources: 60 }).betweenness;
    for (const id of ids) expect(all.get(id)).toBeCloseTo(exact.get(id)!, 10);
    const sampled = pathMeasures(undirected, { sources: 30, random: () => 0.5 }).betweenness;
    const mean = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0) / 60;
    // Scaled up, the estimate's mean is the exact mean's order of size.
    expect(mean(sampled) / mean(exact)).toBeGreaterThan(0.7);
    expect(mean(sampled) / mean(exact)).toBeLessThan(1.3);
  });
});

describe('collapsed camps', () => {
  const clique = (names: string[]) =>
    names.flatMap((a, i) => names.slice(i + 1).map((b) => rel(a, b)));
  const ids = ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'b4', 'c'];
  const relations = [
    ...clique(ids.slice(0, 4)),
    ...clique(ids.slice(4, 8)),
    rel('a4', 'b1'),
    rel('a1', 'c'),
    rel('a2', 'c'),
  ];
  const metrics = actorMetrics(ids, relations);
  const campOf = (id: string) => metrics.actors.get(id)!.community;

  it('draws a camp as one node, its relations out counted per pair of ends', () => {
    const a = campOf('a1');
    const view = collapseCamps(metrics, new Set(ids), relations, new Set([a]))!;
    expect(view.camps).toEqual([expect.objectContaining({ id: a, size: view.hiddenActors.size })]);
    expect([...view.hiddenActors].sort()).toEqual(ids.filter((id) => campOf(id) === a).sort());
    // Everything touching a member is hidden; what leaves the camp becomes counted links.
    const ends = (l: { from: string; to: string }) => [l.from, l.to].sort().join(' ');
    const outside = ids.filter((id) => campOf(id) !== a);
    for (const l of view.links) expect([l.from, l.to]).toContain(campEnd(a));
    expect(view.links.map(ends)).toContain(['b1', campEnd(a)].sort().join(' '));
    const leaving = relations.filter(
      (r) => (campOf(r.source) === a) !== (campOf(r.target) === a),
    ).length;
    expect(view.links.reduce((n, l) => n + l.count, 0)).toBe(leaving);
    expect(outside.length).toBeGreaterThan(0);
    for (const r of relations)
      expect(view.hiddenRelations.has(r.id)).toBe(campOf(r.source) === a || campOf(r.target) === a);
  });

  it('links two collapsed camps once, keeps the strongest links, and expands to nothing', () => {
    const both = new Set([campOf('a1'), campOf('b1')]);
    const view = collapseCamps(metrics, new Set(ids), relations, both)!;
    const between = view.links.filter(
      (l) => l.from.startsWith('camp:') && l.to.startsWith('camp:'),
    );
    expect(between).toHaveLength(1);
    expect(between[0]!.count).toBe(1);
    expect(collapseCamps(metrics, new Set(ids), relations, both, 1)!.links).toHaveLength(1);
    expect(collapseCamps(metrics, new Set(ids), relations, new Set())).toBeNull();
  });
});
