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
