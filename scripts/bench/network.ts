import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { Browser } from 'playwright-core';
import { generateDataset } from '../../src/model/generate';
import { median } from './report';
import { openApp, pause, timed, type Timing } from './page';

/** The network measures (#20) on 20k/40k: ours in the worker, and bare graphology in Node. */
export interface NetworkResult {
  /** Colour by camp and size by degree chosen → the measures painted, and → quiet. */
  measured: Timing;
  /** The longest task on the page meanwhile (ms). */
  longest: number;
  /** Each part's time in the worker (ms): graphs, degree, pagerank, paths, louvain. */
  phases: Record<string, number>;
  /** The actors resized by betweenness once measured: → paint and → quiet. */
  resize: Timing;
  /** Every camp collapsed into a node, and expanded again: → paint and → quiet. */
  collapse: Timing;
  expand: Timing;
  /** Bare graphology on the same graph, in Node (ms): degrees, PageRank, Louvain. */
  bare: { degree: number; pagerank: number; louvain: number };
}

type Measure = { total: number; longest: number; phases: Record<string, number> };
type Bench = { bench: { lastMeasure: () => Measure } };

/** Degree, PageRank and Louvain with graphology as its documentation shows them, timed. */
function bareGraphology(dataset: ReturnType<typeof generateDataset>) {
  const directed = new Graph({ type: 'directed' });
  const undirected = new Graph({ type: 'undirected' });
  for (const a of dataset.actors) {
    directed.addNode(a.id);
    undirected.addNode(a.id);
  }
  for (const r of dataset.relations) {
    if (r.source === r.target) continue;
    directed.mergeEdge(r.source, r.target);
    undirected.mergeEdge(r.source, r.target);
  }
  let t0 = performance.now();
  const degrees: Record<string, number> = {};
  directed.forEachNode((n) => (degrees[n] = directed.degree(n)));
  const degree = performance.now() - t0;
  t0 = performance.now();
  pagerank(directed);
  const rank = performance.now() - t0;
  t0 = performance.now();
  louvain(undirected);
  return { degree, pagerank: rank, louvain: performance.now() - t0 };
}

/**
 * `network`: a 20k/40k generated graph opened, then coloured by camp and sized by degree
 * until the worker's measures are painted and the page quiet (its longest task meanwhile),
 * resized by betweenness, every camp collapsed and expanded; beside bare graphology's degree,
 * PageRank and Louvain on the same graph.
 */
export async function runNetwork(
  browser: Browser,
  url: string,
  runs: number,
  log: (line: string) => void,
): Promise<NetworkResult> {
  const dataset = generateDataset({ actors: 20000, relations: 40000, seed: 1 });
  const text = JSON.stringify(dataset);
  const samples: Omit<NetworkResult, 'bare'>[] = [];
  const bare: NetworkResult['bare'][] = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openApp(page, `${url}/`);
    await timed(page, '__actorGraph.bench.load', text);
    await pause(page);
    const measured = await timed(page, '__actorGraph.bench.measure', 'degree');
    const { longest, phases } = await page.evaluate(() =>
      (window as unknown as { __actorGraph: Bench }).__actorGraph.bench.lastMeasure(),
    );
    await pause(page);
    const resize = await timed(page, '__actorGraph.bench.sizeBy', 'betweenness');
    await pause(page);
    const collapse = await timed(page, '__actorGraph.bench.collapseCamps', true);
    await pause(page);
    const expand = await timed(page, '__actorGraph.bench.collapseCamps', false);
    await page.close();
    samples.push({ measured, longest, phases, resize, collapse, expand });
    bare.push(bareGraphology(dataset));
    log(`network: run ${i + 1}/${runs}`);
  }
  const phases = Object.fromEntries(
    Object.keys(samples[0]!.phases).map((k) => [k, median(samples.map((s) => s.phases[k]!))]),
  );
  const med = (pick: (s: (typeof samples)[number]) => Timing): Timing => ({
    paint: median(samples.map((s) => pick(s).paint)),
    quiet: median(samples.map((s) => pick(s).quiet)),
  });
  return {
    measured: med((s) => s.measured),
    longest: median(samples.map((s) => s.longest)),
    phases,
    resize: med((s) => s.resize),
    collapse: med((s) => s.collapse),
    expand: med((s) => s.expand),
    bare: {
      degree: median(bare.map((b) => b.degree)),
      pagerank: median(bare.map((b) => b.pagerank)),
      louvain: median(bare.map((b) => b.louvain)),
    },
  };
}

/** The network's lines in the bench report. */
export function networkLines(r: NetworkResult): string[] {
  const ms = (v: number | undefined) => `${Math.round(v ?? NaN)} ms`;
  const f = (t: Timing) => `${ms(t.paint)} → quiet ${ms(t.quiet)}`;
  const p = r.phases;
  return [
    '',
    'Network measures (20k actors, 40k relations; ours in the worker, bare graphology in Node):',
    `  colour by camp and size by degree → painted ${f(r.measured)} (a 300 ms pause first); longest task on the page ${ms(r.longest)}`,
    `  in the worker: graphs ${ms(p.graphs)}, degree ${ms(p.degree)}, PageRank ${ms(p.pagerank)}, Louvain ${ms(p.louvain)}; betweenness and closeness from 500 sources ${ms(p.paths)}`,
    `  bare graphology: degree ${ms(r.bare.degree)}, PageRank ${ms(r.bare.pagerank)}, Louvain ${ms(r.bare.louvain)}`,
    `  resized by betweenness ${f(r.resize)}; every camp collapsed ${f(r.collapse)}, expanded ${f(r.expand)}`,
  ];
}
