import cytoscape from 'cytoscape';
import type { StoreApi } from 'zustand/vanilla';
import type { GraphState } from '../store/graphStore';
import { getActiveGraph, setActiveGraph } from './activeGraph';
import { bindLevelOfDetail } from './detail/levelOfDetail';
import { createDrawnGraph } from './drawnGraph';
import { bindGraphEvents } from './graphEvents';
import { bindGraphToStore } from './graphSync';
import { bindOverview, type Overview } from './overview/overviewLayer';
import { BASE_STYLESHEET } from './style/stylesheet';
import { shareStyleScratch } from './style/styleScratch';
import { bindTooltips } from './tooltips';
import { currentViewport, fitGraph, isFitted, trackUserViewport } from './viewport';

/** The graph as the canvas component holds it: xyflow's `{ update, destroy }` shape. */
export interface MountedGraph {
  fit: () => void;
  zoomBy: (factor: number) => void;
  destroy: () => void;
}

/** Creates the screen's single Cytoscape instance and binds it to the store. */
export function mountGraph(container: HTMLElement, store: StoreApi<GraphState>): MountedGraph {
  const { renderer } = store.getState();
  // Cytoscape's types do not know its (experimental) WebGL option yet.
  const options = { renderer: { name: 'canvas', webgl: renderer === 'webgl' } };
  const cy = cytoscape({
    ...(options as object),
    container,
    style: BASE_STYLESHEET,
    autounselectify: true,
    boxSelectionEnabled: false,
    minZoom: 0.05,
    maxZoom: 6,
  });
  shareStyleScratch(cy);
  const graph = createDrawnGraph(cy, renderer);
  setActiveGraph(graph);
  // The overview paints large graphs for the canvas renderer (WebGL draws them itself).
  let overview: Overview | null = null;
  const events = bindGraphEvents(
    graph,
    store,
    (at, touch) => overview?.paintedAt(at, touch) ?? null,
  );
  if (renderer === 'canvas') overview = bindOverview(graph, events.pointRelation);
  const unbindStore = bindGraphToStore(graph, store);
  const unbindDetail = bindLevelOfDetail(graph);
  const unbindTooltips = bindTooltips(graph, store.getState);
  const untrackViewport = trackUserViewport(cy);
  // The view goes to the store (debounced) so links can carry it.
  let viewportTimer: ReturnType<typeof setTimeout> | undefined;
  const onViewport = () => {
    clearTimeout(viewportTimer);
    // A fitted view is recorded as none: a link or step taken then fits on any screen.
    viewportTimer = setTimeout(
      () => store.getState().setViewport(isFitted(cy) ? null : currentViewport(cy)),
      200,
    );
  };
  cy.on('viewport', onViewport);
  // For the benchmark: when the page first shows a graph (ms since navigation).
  const markFirstGraph = () => {
    let any = false;
    graph.contents.eachShownActor(() => void (any = true));
    if (!any) return;
    performance.mark?.('actor-graph:first-graph');
    cy.off('render', markFirstGraph);
  };
  cy.on('render', markFirstGraph);
  const resize = new ResizeObserver(() => {
    // The observer's first report (and any that changes nothing) costs no redraw.
    if (container.clientWidth === cy.width() && container.clientHeight === cy.height()) return;
    cy.resize();
    if (isFitted(cy)) fitGraph(graph);
  });
  resize.observe(container);
  return {
    fit: () => fitGraph(graph),
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
      events.unbind();
      unbindDetail();
      unbindStore();
      overview?.destroy();
      if (getActiveGraph() === graph) setActiveGraph(null);
      cy.destroy();
    },
  };
}
