import type { Core } from 'cytoscape';
import type { DrawnGraph } from './drawnGraph';
import { boxAround, type Point } from '../model/geometry';

/*
 * The view refits itself on resize only while the user has not moved it: once they pan,
 * zoom or a search centres an actor, a resize keeps their view. Not `cy.scratch()`: writing
 * the core's scratch makes Cytoscape restyle every element.
 */
const views = new WeakMap<Core, { fitted: boolean; busy: boolean }>();
const viewOf = (cy: Core) => {
  let view = views.get(cy);
  if (!view) views.set(cy, (view = { fitted: true, busy: false }));
  return view;
};

/** A change of the view made by the app, not by the user. */
function byTheApp(cy: Core, change: () => void): void {
  viewOf(cy).busy = true;
  try {
    change();
  } finally {
    viewOf(cy).busy = false;
  }
}

/** Above this many elements, fitting measures actor positions only (not every label). */
const CHEAP_FIT = 3000;

/**
 * Fits the shown graph into the view. Cytoscape's own fit measures every label, which on a
 * big graph alone costs seconds: there the box of the shown actors' positions (plus a margin
 * for names) is used instead, as it is for actors Cytoscape does not hold.
 */
export function fitGraph(
  graph: DrawnGraph,
  padding = 30,
  { animate = false, byPositions = false } = {},
): void {
  const { cy } = graph;
  // A glide under way refits when it lands (the view may have been resized meanwhile).
  if (!animate && cy.animated()) return;
  const target = fitTarget(graph, padding, byPositions);
  if (!target) return;
  if (animate) return glide(cy, target, () => fitGraph(graph, padding, { byPositions }));
  byTheApp(cy, () => ('fit' in target ? cy.fit(target.fit.eles, padding) : cy.viewport(target)));
  viewOf(cy).fitted = true;
}

type Target =
  { fit: { eles: ReturnType<Core['elements']>; padding: number } } | { zoom: number; pan: Point };

/**
 * Where fitting goes. `byPositions` takes the box of the actors' positions even on a small
 * graph: measuring labels just after a filter or highlight changed makes Cytoscape restyle
 * everything first (180 ms at 1,000 actors), which a story step cannot afford.
 */
function fitTarget(graph: DrawnGraph, padding: number, byPositions: boolean): Target | null {
  const { cy, contents } = graph;
  // Not ':visible': that selector makes Cytoscape compute every element's style first.
  const shown =
    graph.mode === 'full' && !byPositions
      ? cy.elements().filter((e) => !contents.isHidden(e.id()))
      : null;
  if (shown && shown.length <= CHEAP_FIT) return { fit: { eles: shown, padding } };
  const points: Point[] = [];
  contents.eachShownActor(({ position }) => points.push(position));
  // Collapsed camps stand for actors hidden as themselves (graph/campNodes.ts).
  cy.nodes('.camp').forEach((n) => void points.push(n.position()));
  const box = boxAround(points);
  if (!box) return null;
  const margin = 40;
  const [w, h] = [box.x2 - box.x1 + 2 * margin, box.y2 - box.y1 + 2 * margin];
  const zoom = Math.min((cy.width() - 2 * padding) / w, (cy.height() - 2 * padding) / h);
  const z = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), zoom));
  return {
    zoom: z,
    pan: {
      x: cy.width() / 2 - ((box.x1 + box.x2) / 2) * z,
      y: cy.height() / 2 - ((box.y1 + box.y2) / 2) * z,
    },
  };
}

const GLIDE_MS = 450;

/** Whether the camera may glide: the user has not asked the system for reduced motion. */
export const mayAnimate = () =>
  !globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

/** Ends a glide where it is: a newer move of the camera supersedes it. */
export function stopGlide(cy: Core): void {
  if (!cy.animated()) return;
  cy.stop(true);
  viewOf(cy).busy = false;
}

/**
 * Moves the camera smoothly, as the app's own change: the user's view is not marked moved
 * meanwhile, and a glide still running is cut short by the next.
 */
function glide(cy: Core, to: object, landed: () => void): void {
  stopGlide(cy);
  const view = viewOf(cy);
  view.busy = true;
  cy.animate({
    ...to,
    duration: GLIDE_MS,
    easing: 'ease-in-out-cubic',
    complete: () => {
      view.busy = false;
      landed();
    },
  } as Parameters<Core['animate']>[0]);
}

export function trackUserViewport(cy: Core): () => void {
  const onViewport = () => {
    if (!viewOf(cy).busy) viewOf(cy).fitted = false;
  };
  cy.on('viewport', onViewport);
  return () => cy.off('viewport', onViewport);
}

export const isFitted = (cy: Core): boolean => viewOf(cy).fitted;

/** The view's centre in graph coordinates, and its zoom. */
export function currentViewport(cy: Core): { x: number; y: number; zoom: number } {
  const zoom = cy.zoom();
  const pan = cy.pan();
  return { x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom, zoom };
}

/** Centres the view on a graph point at a zoom (restoring a shared link, showing a step). */
export function applyViewport(
  cy: Core,
  vp: { x: number; y: number; zoom: number },
  animate = false,
): void {
  if (animate) {
    const pan = { x: cy.width() / 2 - vp.x * vp.zoom, y: cy.height() / 2 - vp.y * vp.zoom };
    return glide(cy, { zoom: vp.zoom, pan }, () => void (viewOf(cy).fitted = false));
  }
  byTheApp(cy, () => {
    cy.zoom(vp.zoom);
    cy.pan({ x: cy.width() / 2 - vp.x * cy.zoom(), y: cy.height() / 2 - vp.y * cy.zoom() });
  });
  viewOf(cy).fitted = false;
}
