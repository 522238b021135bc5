import type Graph from 'graphology';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes';

/**
 * Betweenness of every node of an undirected graph (Brandes), normalised to 0–1: the share of
 * shortest paths between other pairs that pass through it. With `sources` below the node count,
 * only that many seeded random sources are walked and the sums scaled up (Brandes & Pich 2007):
 * an estimate, said as such in the UI. `onSource` is told after each source, for progress.
 */
export function betweenness(
  graph: Graph,
  { sources = Infinity, random = Math.random, onSource = (_done: number, _all: number) => {} } = {},
): Map<string, number> {
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
  for (let s = 0; s < k; s++) {
    const source = all[s]!;
    const [stack, predecessors, sigma] = brandes(source) as unknown as [
      { size: number; items: Uint32Array; pop: () => number },
      number[][],
      Uint32Array,
    ];
    for (let j = 0; j < stack.size; j++) delta[stack.items[j]!] = 0;
    while (stack.size !== 0) {
      const w = stack.pop();
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of predecessors[w]!) delta[v]! += sigma[v]! * coefficient;
      if (w !== source) sums[w]! += delta[w]!;
    }
    onSource(s + 1, k);
  }
  // Each pair is walked from both ends in an undirected graph: (n-1)(n-2) ordered pairs.
  const scale = (n <= 2 ? 0 : 1 / ((n - 1) * (n - 2))) * (k ? n / k : 0);
  const { nodes } = (brandes as unknown as { index: { nodes: string[] } }).index;
  return new Map(nodes.map((node, i) => [node, sums[i]! * scale]));
}
