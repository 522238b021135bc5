import type { Core } from 'cytoscape';

/*
 * The view refits itself on resize only while the user has not moved it: once they pan,
 * zoom or a search centres an actor, a resize keeps their view.
 */
const FITTED = 'actorGraphFitted';
const BUSY = 'actorGraphProgrammatic';

export function fitGraph(cy: Core): void {
  cy.scratch(BUSY, true);
  cy.fit(undefined, 30);
  cy.scratch(BUSY, false);
  cy.scratch(FITTED, true);
}

export function trackUserViewport(cy: Core): () => void {
  const onViewport = () => {
    if (!cy.scratch(BUSY)) cy.scratch(FITTED, false);
  };
  cy.on('viewport', onViewport);
  return () => cy.off('viewport', onViewport);
}

export const isFitted = (cy: Core): boolean => cy.scratch(FITTED) !== false;

/** The view's centre in graph coordinates, and its zoom. */
export function currentViewport(cy: Core): { x: number; y: number; zoom: number } {
  const zoom = cy.zoom();
  const pan = cy.pan();
  return { x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom, zoom };
}

/** Centres the view on a graph point at a zoom (restoring a shared link). */
export function applyViewport(cy: Core, vp: { x: number; y: number; zoom: number }): void {
  cy.scratch(BUSY, true);
  cy.zoom(vp.zoom);
  cy.pan({ x: cy.width() / 2 - vp.x * cy.zoom(), y: cy.height() / 2 - vp.y * cy.zoom() });
  cy.scratch(BUSY, false);
  cy.scratch(FITTED, false);
}
