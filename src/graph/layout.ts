import type { NodeSingular } from 'cytoscape';
import { seededRandom } from '../model/random';
import type { Dataset } from '../model/schema';
import { createLayoutWorker } from './createLayoutWorker';
import type { DrawnGraph } from './drawnGraph';
import { actorElementId } from './ids';
import { isLargeGraph } from './mode';
import { fitGraph, isFitted } from './viewport';

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** cose is O(n²): it runs (synchronously, fast) only up to this many actors. */
const COSE_LIMIT = 400;

/** Where a background layout stands: a fraction while it runs, null when none runs. */
export type LayoutProgress = (fraction: number | null) => void;

let running: Worker | null = null;
let report: LayoutProgress = () => {};

/** Stops the background layout; the actors keep the positions they have. */
export function cancelLayout(): void {
  running?.terminate();
  running = null;
  report(null);
}

/**
 * Lays out a big graph with ForceAtlas2 in a worker, from seeded start positions: the page
 * keeps answering, progress is reported, and cancelling leaves the interim grid.
 */
function forceLayoutInWorker(
  graph: DrawnGraph,
  dataset: Dataset,
  seed: number,
  onProgress: LayoutProgress,
): void {
  cancelLayout();
  report = onProgress;
  const worker = createLayoutWorker();
  running = worker;
  // Reported after the current store update has finished, never inside it.
  queueMicrotask(() => running === worker && onProgress(0));
  worker.onmessage = (
    event: MessageEvent<
      | { type: 'progress'; fraction: number }
      | { type: 'done'; positions: [string, { x: number; y: number }][] }
    >,
  ) => {
    if (running !== worker || graph.cy.destroyed()) return;
    if (event.data.type === 'progress') return onProgress(event.data.fraction);
    const positions = new Map(event.data.positions.map(([id, p]) => [actorElementId(id), p]));
    graph.contents.moveActors(positions);
    if (isFitted(graph.cy)) fitGraph(graph);
    worker.terminate();
    running = null;
    onProgress(null);
  };
  worker.onerror = () => cancelLayout();
  worker.postMessage({
    nodes: dataset.actors.map((a) => a.id),
    edges: dataset.relations.map((r) => [r.source, r.target]),
    seed,
  });
}

/**
 * Whether a fresh dataset is laid out in the background (and shown on a grid meanwhile):
 * beyond cose's reach, and for every large graph — cose needs every actor on Cytoscape, where
 * the overview mode keeps few.
 */
export const laidOutInBackground = (dataset: Dataset): boolean =>
  (dataset.actors.length > COSE_LIMIT ||
    isLargeGraph(dataset.actors.length, dataset.relations.length)) &&
  dataset.actors.some((a) => !a.position);

/**
 * Where an actor without a position waits for the background layout: a square grid in the
 * dataset's order, given to Cytoscape when the actors are added (moving thousands of nodes
 * afterwards costs a second each time).
 */
export function interimPosition(index: number, count: number): { x: number; y: number } {
  const side = Math.ceil(Math.sqrt(count));
  return { x: (index % side) * 90, y: Math.floor(index / side) * 90 };
}

/**
 * Stored positions win. Otherwise: seeded start positions (from the actor ids, so the
 * same dataset gives the same picture) and cose without randomisation in a fixed box for
 * small graphs; for big ones the interim grid (see `interimPosition`) at once and
 * ForceAtlas2 in a worker.
 */
export function runLayout(
  graph: DrawnGraph,
  dataset: Dataset,
  onProgress: LayoutProgress = () => {},
): void {
  const { cy } = graph;
  cancelLayout();
  const missing = dataset.actors.some((a) => !a.position);
  const n = dataset.actors.length;
  const seed = hash(dataset.actors.map((a) => a.id).join('\u0000'));
  if (laidOutInBackground(dataset)) {
    if (typeof Worker !== 'undefined') forceLayoutInWorker(graph, dataset, seed, onProgress);
  } else if (missing) {
    const side = Math.max(400, Math.sqrt(n) * 120);
    const random = seededRandom(seed);
    const start = new Map<string, { x: number; y: number }>();
    cy.nodes().forEach((node: NodeSingular) => {
      start.set(node.id(), { x: random() * side, y: random() * side });
    });
    cy.nodes().positions((node: NodeSingular) => start.get(node.id()) ?? { x: 0, y: 0 });
    cy.layout({
      name: 'cose',
      randomize: false,
      animate: false,
      boundingBox: { x1: 0, y1: 0, w: side, h: side },
      fit: false,
      numIter: 1000,
      nodeRepulsion: () => 400000,
      idealEdgeLength: () => 90,
    } as never).run();
  }
  fitGraph(graph);
}
