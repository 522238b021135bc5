import cytoscape, { type Core } from 'cytoscape';
import type { StoreApi } from 'zustand/vanilla';
import type { GraphState } from '../store/graphStore';
import { getActiveGraph, setActiveGraph } from './activeGraph';
import { bindGraphEvents } from './graphEvents';
import { bindGraphToStore } from './graphSync';
import { instanceState } from './instanceState';
import { wearsLargeStyle } from './largeGraph';
import { bindLevelOfDetail } from './levelOfDetail';
import { bindDragLift } from './overview/dragLift';
import { bindOverview } from './overview/overviewLayer';
import { actorPositions, bindActorPositions } from './offstageActors';
import { BASE_STYLESHEET } from './stylesheet';
import { shareStyleScratch } from './styleScratch';
import { bindTooltips } from './tooltips';
import { currentViewport, fitGraph, isFitted, trackUserViewport } from './viewport';

export interface MountedGraph {
  cy: Core;
  fit: () => void;
  zoomBy: (factor: number) => void;
  destroy: () => void;
}

/** Creates the screen's single Cytoscape instance and binds it to the store. */
export function mountGraph(container: HTMLElement, store: StoreApi<GraphState>): MountedGraph {
  // Cytoscape's types do not know its (experimental) WebGL option yet.
  const renderer = { renderer: { name: 'canvas', webgl: store.getState().renderer === 'webgl' } };
  const cy = cytoscape({
    ...(renderer as object),
    container,
    style: BASE_STYLESHEET,
    autounselectify: true,
    boxSelectionEnabled: false,
    minZoom: 0.05,
    maxZoom: 6,
  });
  shareStyleScratch(cy);
  // For automation (browser tests, the benchmark, the render command): the live instance.
  (window as unknown as { __actorGraphCy?: Core }).__actorGraphCy = cy;
  // …and every actor's position, whether Cytoscape holds the actor or not (offstage.ts).
  (window as unknown as { __actorGraphPositions?: () => object }).__actorGraphPositions = () =>
    Object.fromEntries(actorPositions(cy));
  setActiveGraph(cy);
  // The overview paints large graphs for the canvas renderer (WebGL draws them itself).
  const overview = store.getState().renderer !== 'webgl';
  instanceState(cy).overview = overview;
  const unbindStore = bindGraphToStore(cy, store);
  const unbindOverview = overview ? bindOverview(cy, () => wearsLargeStyle(cy)) : () => {};
  const unbindDragLift = overview ? bindDragLift(cy) : () => {};
  const unbindPositions = overview ? bindActorPositions(cy) : () => {};
  const unbindDetail = bindLevelOfDetail(cy, () => wearsLargeStyle(cy));
  const unbindEvents = bindGraphEvents(cy, store);
  const unbindTooltips = bindTooltips(cy, store.getState);
  const untrackViewport = trackUserViewport(cy);
  // The view goes to the store (debounced) so links can carry it.
  let viewportTimer: ReturnType<typeof setTimeout> | undefined;
  const onViewport = () => {
    clearTimeout(viewportTimer);
    viewportTimer = setTimeout(() => store.getState().setViewport(currentViewport(cy)), 200);
  };
  cy.on('viewport', onViewport);
  // For the benchmark: when the page first shows a graph (ms since navigation).
  const markFirstGraph = () => {
    if (cy.elements().empty() && !instanceState(cy).actors?.size) return;
    performance.mark?.('actor-graph:first-graph');
    cy.off('render', markFirstGraph);
  };
  cy.on('render', markFirstGraph);
  const resize = new ResizeObserver(() => {
    // The observer's first report (and any that changes nothing) costs no redraw.
    if (container.clientWidth === cy.width() && container.clientHeight === cy.height()) return;
    cy.resize();
    if (isFitted(cy)) fitGraph(cy);
  });
  resize.observe(container);
  return {
    cy,
    fit: () => fitGraph(cy),
    zoomBy: (factor) =>
      cy.zoom({
        level: cy.zoom() * factor,
        renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
      }),
    destroy: () => {
      resize.disconnect();
      clearTimeout(viewportTimer);
      cy.off('viewport', onViewport);
      cy.off('render', markFirstGraph);
      untrackViewport();
      unbindTooltips();
      unbindEvents();
      unbindDetail();
      unbindStore();
      unbindOverview();
      unbindDragLift();
      unbindPositions();
      if (getActiveGraph() === cy) setActiveGraph(null);
      cy.destroy();
    },
  };
}
