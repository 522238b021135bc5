import type { NodeShape } from './schema';

/**
 * Every node shape of the format as Cytoscape 3.35 draws it: a unit polygon (x, y, … within
 * [-1, 1], centred on the node), or null for the ellipse. The one table of shapes: the
 * overview painter, the SVG and PNG writers and the legend's swatches all draw from it, and a
 * unit test checks it against Cytoscape's own (tests/graph/cytoscapeInternals.test.ts).
 * `round-rectangle` and `barrel` are drawn with rounded corners where a painter can afford it.
 */
export const SHAPE_POINTS: Record<NodeShape, readonly number[] | null> = {
  ellipse: null,
  'round-rectangle': [-1, -1, -1, 1, 1, 1, 1, -1],
  diamond: [0, 1, 1, 0, 0, -1, -1, 0],
  hexagon: [-0.5, -1, -1, 0, -0.5, 1, 0.5, 1, 1, 0, 0.5, -1],
  triangle: [0, -1, -1, 1, 1, 1],
  rectangle: [-1, -1, -1, 1, 1, 1, 1, -1],
  octagon: [
    -0.4142, -1, -1, -0.4142, -1, 0.4142, -0.4142, 1, 0.4142, 1, 1, 0.4142, 1, -0.4142, 0.4142, -1,
  ],
  star: [
    0, -1, -0.3706, -0.4308, -1, -0.2361, -0.5997, 0.3105, -0.618, 1, 0, 0.7686, 0.618, 1, 0.5997,
    0.3105, 1, -0.2361, 0.3706, -0.4308,
  ],
  pentagon: [0, -1, -1, -0.2361, -0.618, 1, 0.618, 1, 1, -0.2361],
  barrel: [-1, -1, -1, 1, 1, 1, 1, -1],
  rhomboid: [-1, -1, 0.333, -1, 1, 1, -0.333, 1],
  vee: [-1, -1, 0, -0.333, 1, -1, 0, 1],
  tag: [-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1],
};

/** Shapes drawn with rounded corners: the corner radius as a fraction of the smaller side. */
export const ROUNDED_SHAPES: Partial<Record<NodeShape, number>> = {
  'round-rectangle': 0.2,
  barrel: 0.2,
};

/** A shape's points, or null to draw a circle (the ellipse, or a shape unknown to the table). */
export const shapePoints = (shape: string): readonly number[] | null =>
  (SHAPE_POINTS as Record<string, readonly number[] | null>)[shape] ?? null;
