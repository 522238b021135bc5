import type Graph from 'graphology';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes';

export interface PathMeasures {
  /** The share of shortest paths between other pairs through each node (0–1). */
  betweenness: Map<string, number>;
  /** Wasserman–Faust closeness: how near a node is to those it reaches, scaled by how many. */
  closeness: Map<string, number>;
}

/**
 * Betweenness and closeness of every node of an undirected graph, from one breadth-first walk
 * per source (Brandes). With `sources` below the node count, only that many seeded random
 * sources are walked and the sums scaled up (Brandes & Pich 2007): estimates, said as such
 * in the UI. `onSource` is told after each source, for progress.
 */
export function pathMeasures(
  graph: Graph,
  { sources = Infinity, random = Math.random, onSource = (_done: number, _all: number) => {} } = {},
): PathMeasures {
  const brandes = createUnweightedIndexedBrandes(graph);
  const n = graph.order;
  const all = Array.from({ length: n }, (_, i) => i);
  // A seeded partial shuffle: the first `k` of `all` are the sampled sources.
  const k = Math.min(n, sources);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  const delta = new Float64Array(n);
  const sums = new Float64Array(n);
  const distance = new Int32Array(n);
  const distanceSums = new Float64Array(n);
  const reached = new Float64Array(n);
  for (let s = 0; s < k; s++) {
    const source = all[s]!;
    const [stack, predecessors, sigma] = brandes(source) as unknown as [
      { size: number; items: Uint32Array; pop: () => number },
      number[][],
      Uint32Array,
    ];
    // The stack holds the walk in breadth-first order: a node is one step past its predecessors.
    for (let j = 0; j < stack.size; j++) {
      const w = stack.items[j]!;
      delta[w] = 0;
      if (w === source) distance[w] = 0;
      else {
        distance[w] = distance[predecessors[w]![0]!]! + 1;
        distanceSums[w]! += distance[w]!;
        reached[w]! += 1;
      }
    }
    while (stack.size !== 0) {
      const w = stack.pop();
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of predecessors[w]!) delta[v]! += sigma[v]! * coefficient;
      if (w !== source) sums[w]! += delta[w]!;
    }
    onSource(s + 1, k);
  }
  const up = k ? n / k : 0;
  // Each pair is walked from both ends in an undirected graph: (n-1)(n-2) ordered pairs.
  const pairs = n <= 2 ? 0 : 1 / ((n - 1) * (n - 2));
  const { nodes } = (brandes as unknown as { index: { nodes: string[] } }).index;
  const betweenness = new Map<string, number>();
  const closeness = new Map<string, number>();
  nodes.forEach((node, i) => {
    betweenness.set(node, sums[i]! * pairs * up);
    // Undirected: the sources that reach a node are those it reaches.
    const others = reached[i]! * up;
    const total = distanceSums[i]! * up;
    closeness.set(node, others > 0 && n > 1 ? (others / (n - 1)) * (others / total) : 0);
  });
  return { betweenness, closeness };
}
