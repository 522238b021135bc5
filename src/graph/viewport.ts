import type { Core } from 'cytoscape';
import { instanceState } from './instanceState';
import { isFilteredOut } from './largeGraph';
import { actorsOffstage, eachShownActor } from './offstageActors';

/*
 * The view refits itself on resize only while the user has not moved it: once they pan,
 * zoom or a search centres an actor, a resize keeps their view.
 */

/** Above this many elements, fitting measures node positions only (not every label). */
const CHEAP_FIT = 3000;

/**
 * Fits the visible graph into the view. Cytoscape's own fit measures every label; on big
 * graphs that alone costs seconds, so there the box of the actors' positions (plus a margin
 * for labels) is used instead — also for the actors kept off Cytoscape's stage.
 */
export function fitGraph(cy: Core, padding = 30): void {
  instanceState(cy).busy = true;
  // Not ':visible': that selector makes Cytoscape compute every element's style first.
  const shown = actorsOffstage(cy) ? null : cy.elements().filter((e) => !isFilteredOut(cy, e));
  if (shown && shown.length <= CHEAP_FIT) cy.fit(shown, padding);
  else {
    let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
    eachShownActor(cy, ({ position: p }) => {
      [x1, y1, x2, y2] = [
        Math.min(x1, p.x),
        Math.min(y1, p.y),
        Math.max(x2, p.x),
        Math.max(y2, p.y),
      ];
    });
    if (Number.isFinite(x1)) {
      const margin = 40;
      const [w, h] = [x2 - x1 + 2 * margin, y2 - y1 + 2 * margin];
      const zoom = Math.min((cy.width() - 2 * padding) / w, (cy.height() - 2 * padding) / h);
      const z = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), zoom));
      cy.viewport({
        zoom: z,
        pan: { x: cy.width() / 2 - ((x1 + x2) / 2) * z, y: cy.height() / 2 - ((y1 + y2) / 2) * z },
      });
    }
  }
  instanceState(cy).busy = false;
  instanceState(cy).fitted = true;
}

export function trackUserViewport(cy: Core): () => void {
  const onViewport = () => {
    if (!instanceState(cy).busy) instanceState(cy).fitted = false;
  };
  cy.on('viewport', onViewport);
  return () => cy.off('viewport', onViewport);
}

export const isFitted = (cy: Core): boolean => instanceState(cy).fitted;

/** The view's centre in graph coordinates, and its zoom. */
export function currentViewport(cy: Core): { x: number; y: number; zoom: number } {
  const zoom = cy.zoom();
  const pan = cy.pan();
  return { x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom, zoom };
}

/** Centres the view on a graph point at a zoom (restoring a shared link). */
export function applyViewport(cy: Core, vp: { x: number; y: number; zoom: number }): void {
  instanceState(cy).busy = true;
  cy.zoom(vp.zoom);
  cy.pan({ x: cy.width() / 2 - vp.x * cy.zoom(), y: cy.height() / 2 - vp.y * cy.zoom() });
  instanceState(cy).busy = false;
  instanceState(cy).fitted = false;
}
