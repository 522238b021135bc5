import type { Core } from 'cytoscape';
import type { ShapePoints } from './paintOverview';

/**
 * Cytoscape's own unit polygons, so the overview's shapes are exactly the ones it draws
 * when zoomed in. Read from its renderer, which the typings do not describe; a shape it
 * does not know (or a renderer without them) is drawn as a circle.
 */
export function shapesOf(cy: Core): ShapePoints {
  const renderer = (cy as unknown as { renderer?: () => unknown }).renderer?.() as
    { nodeShapes?: Record<string, { points?: readonly number[] }> } | undefined;
  return (shape) => (shape === 'ellipse' ? null : (renderer?.nodeShapes?.[shape]?.points ?? null));
}
