import type { Core, NodeSingular } from 'cytoscape';
import { seededRandom } from '../model/random';
import type { Dataset } from '../model/schema';
import { fitGraph } from './viewport';

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** cose is O(n²): above this many actors we fall back to a grid until a scalable layout lands. */
const COSE_LIMIT = 400;

/**
 * Stored positions win. Otherwise: seeded start positions (from the actor ids, so the
 * same dataset gives the same picture), then cose without randomisation in a fixed box.
 */
export function runLayout(cy: Core, dataset: Dataset): void {
  const missing = dataset.actors.some((a) => !a.position);
  if (missing) {
    const n = dataset.actors.length;
    const side = Math.max(400, Math.sqrt(n) * 120);
    const random = seededRandom(hash(dataset.actors.map((a) => a.id).join('\u0000')));
    const start = new Map<string, { x: number; y: number }>();
    cy.nodes().forEach((node: NodeSingular) => {
      start.set(node.id(), { x: random() * side, y: random() * side });
    });
    const boundingBox = { x1: 0, y1: 0, w: side, h: side };
    const options =
      n <= COSE_LIMIT
        ? {
            name: 'cose',
            randomize: false,
            animate: false,
            boundingBox,
            fit: false,
            numIter: 1000,
            nodeRepulsion: () => 400000,
            idealEdgeLength: () => 90,
          }
        : { name: 'grid', boundingBox, fit: false, avoidOverlap: true };
    cy.nodes().positions((node: NodeSingular) => start.get(node.id()) ?? { x: 0, y: 0 });
    cy.layout(options as never).run();
  }
  fitGraph(cy);
}
