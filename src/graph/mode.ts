import type { Renderer } from '../store/graphStore';

/**
 * How the graph is drawn — the one question every part of the graph layer may ask about size:
 * - `full`: up to LARGE_ACTORS actors and LARGE_RELATIONS relations. Cytoscape holds and
 *   draws every element with every label, arrow and curve; a highlight fades the rest.
 * - `lean`: a larger graph on Cytoscape's WebGL renderer. Cytoscape holds every element but
 *   draws them bare (the lean stylesheet); labels and arrows only in detail (levelOfDetail.ts);
 *   a highlight is drawn by the highlight layer above a veil (highlightLayer.ts).
 * - `overview`: a larger graph on the canvas renderer. The overview canvas paints every actor
 *   and relation from its definition (overview/); Cytoscape holds only the few elements kept
 *   for a reason (contents/overviewContents.ts); detail and highlight as in `lean`.
 */
export type DrawingMode = 'full' | 'lean' | 'overview';

/** Graphs up to this size are drawn in full. */
export const LARGE_RELATIONS = 4000;
export const LARGE_ACTORS = 3000;

export const isLargeGraph = (actors: number, relations: number): boolean =>
  relations > LARGE_RELATIONS || actors > LARGE_ACTORS;

/** The mode for a graph of this size on this renderer. */
export function drawingMode(actors: number, relations: number, renderer: Renderer): DrawingMode {
  if (!isLargeGraph(actors, relations)) return 'full';
  return renderer === 'webgl' ? 'lean' : 'overview';
}
