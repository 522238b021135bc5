import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { instanceState } from '../instanceState';
import { offstageOf } from '../offstage';
import { changesScene, collectScene, type OverviewScene } from './overviewScene';
import { actorAt } from './actorAt';
import { relationAt } from './relationAt';
import { pointActor } from './pointedActor';
import { paintOverview } from './paintOverview';
import { shapesOf } from './shapes';

// After the view stops moving, the stretched picture is redrawn sharp.
const SETTLE_MS = 90;
// Positions arrive per node (drags, layouts): coalesced into one redraw…
const MOVE_MS = 60;
// …unless a repaint is cheap enough to follow a drag frame by frame.
const LIVE_DRAW_MS = 40;
// How near (screen pixels) the pointer must be to a painted relation; Cytoscape's reach is 8.
const POINTER_REACH_PX = 4;
// A finger is less precise than a pointer, and has no hover to lift a relation first.
const TOUCH_REACH_PX = 12;

/** The scene each instance's overview last painted (what the pointer can be on). */
const paintedScenes = new WeakMap<Core, OverviewScene>();

/** What a tap on the graph's background lands on among the painted actors and relations. */
export type PaintedTarget = { actor: string } | { relation: string } | null;

/**
 * The painted actor or relation a tap on the graph's background lands on, if any. With a
 * mouse the hover has already brought it onto Cytoscape's stage, so this is for touch: a
 * finger has no hover, and its tap reaches a little further. Actors are painted on top.
 */
export function paintedTapped(cy: Core, event: EventObject): PaintedTarget {
  const touch = (event.originalEvent as Event | undefined)?.type.startsWith('touch');
  return paintedAt(cy, event.position, touch ? TOUCH_REACH_PX : POINTER_REACH_PX);
}

/**
 * The painted actor or relation at a model point, within `reachPx` screen pixels: actors
 * first, as they are painted on top. Null where nothing is painted, or no overview paints.
 */
function paintedAt(cy: Core, at: { x: number; y: number }, reachPx: number): PaintedTarget {
  const scene = paintedScenes.get(cy);
  if (!scene || !offstageOf(cy)) return null;
  const reach = reachPx / cy.zoom();
  const actor = actorAt(scene, at.x, at.y, reach);
  if (actor) return { actor };
  const relation = relationAt(scene, at.x, at.y, reach);
  return relation ? { relation } : null;
}

const actorOf = (target: PaintedTarget) => (target && 'actor' in target ? target.actor : null);

/**
 * The overview of a large graph: a canvas under Cytoscape's on which the many actors and
 * relations are painted in a few batched paths (see paintOverview). Cytoscape holds only the
 * few lifted onto its stage (offstage.ts): what it draws in full (detail, hover, selection,
 * claims) and what must answer the pointer (at opacity 0). A class change on a few elements
 * then no longer redraws tens of thousands, and a filter is one repaint of a few paths.
 *
 * `active` says whether the instance is in overview mode now (a large graph on the canvas
 * renderer); otherwise the canvas stays empty and hidden.
 */
export function bindOverview(cy: Core, active: () => boolean): () => void {
  const host = cy.container();
  if (!host) return () => {};
  const canvas = document.createElement('canvas');
  canvas.className = 'graph-overview';
  canvas.setAttribute('aria-hidden', 'true');
  Object.assign(canvas.style, {
    position: 'absolute',
    left: '0',
    top: '0',
    pointerEvents: 'none',
    transformOrigin: '0 0',
    display: 'none',
  });
  // The picture is moved and stretched while the view moves: its frame keeps it inside the graph.
  const clip = document.createElement('div');
  Object.assign(clip.style, {
    position: 'absolute',
    inset: '0',
    overflow: 'hidden',
    pointerEvents: 'none',
  });
  clip.appendChild(canvas);
  host.insertBefore(clip, host.firstChild);
  const ctx = canvas.getContext('2d');
  const shapes = shapesOf(cy);
  let drawn: { zoom: number; x: number; y: number } | null = null;
  let frame = 0;
  let settle: ReturnType<typeof setTimeout> | undefined;
  let move: ReturnType<typeof setTimeout> | undefined;

  const draw = () => {
    if (!ctx || !active()) {
      canvas.style.display = 'none';
      drawn = null;
      paintedScenes.delete(cy);
      return;
    }
    const ratio = window.devicePixelRatio || 1;
    const w = Math.max(1, Math.round(host.clientWidth * ratio));
    const h = Math.max(1, Math.round(host.clientHeight * ratio));
    if (canvas.width !== w || canvas.height !== h) Object.assign(canvas, { width: w, height: h });
    canvas.style.width = `${host.clientWidth}px`;
    canvas.style.height = `${host.clientHeight}px`;
    const started = performance.now();
    const scene = collectScene(cy, cy.extent(), true);
    const zoom = cy.zoom();
    const pan = cy.pan();
    paintOverview(ctx, scene, { zoom, pan, ratio }, shapes);
    paintedScenes.set(cy, scene);
    lastDrawMs = performance.now() - started;
    drawn = { zoom, x: pan.x, y: pan.y };
    canvas.style.transform = '';
    canvas.style.display = 'block';
  };
  // Restyled actors wait for the frame: Cytoscape computes their new style lazily.
  let dirty = false;
  let restyled: NodeSingular[] = [];
  const showChanged = (node: NodeSingular) => changesScene(cy, node, paintedScenes.get(cy));
  const tick = () => {
    frame = 0;
    const due = dirty || restyled.some(showChanged);
    dirty = false;
    restyled = [];
    if (due) draw();
  };
  const request = () => {
    if (!frame) frame = requestAnimationFrame(tick);
  };
  const schedule = () => {
    dirty = true;
    request();
  };
  // While the view moves, the last picture is moved and stretched along (no repaint).
  const onViewport = () => {
    if (!drawn) return schedule();
    const s = cy.zoom() / drawn.zoom;
    const pan = cy.pan();
    canvas.style.transform = `translate(${pan.x - drawn.x * s}px, ${pan.y - drawn.y * s}px) scale(${s})`;
    clearTimeout(settle);
    settle = setTimeout(schedule, SETTLE_MS);
  };
  let lastDrawMs = Infinity;
  const onMove = (event: EventObject) => {
    // A dragged actor is drawn by Cytoscape, not by the overview (dragLift.ts).
    if (event.target.id() === instanceState(cy).dragging) return;
    clearTimeout(move);
    if (lastDrawMs < LIVE_DRAW_MS) schedule();
    else move = setTimeout(schedule, MOVE_MS);
  };
  // Actors and relations kept off Cytoscape's stage cannot be hovered there: the pointer is
  // matched against the painted dots and lines, within fewer pixels than Cytoscape's own
  // reach. An actor under it is lifted onto the stage (pointedActor.ts), and Cytoscape
  // answers its hover, click and drag from then on. A relation is reported as the
  // core's `relationpoint` event with its id, or null when the pointer leaves it: hovering
  // lifts it onto the stage, where it takes over its hover without flicker.
  let pointed: string | null = null;
  const onPointer = (event: EventObject) => {
    if (event.target !== cy || !offstageOf(cy) || instanceState(cy).dragging) return;
    const target = paintedAt(cy, event.position, POINTER_REACH_PX);
    pointActor(cy, actorOf(target));
    const id = target && 'relation' in target ? target.relation : null;
    if (id === pointed) return;
    pointed = id;
    cy.emit('relationpoint', [id]);
  };
  // Class changes restyle actors; only a change of what is shown needs a repaint.
  const onStyle = (event: EventObject) => {
    if (!drawn || dirty) return;
    restyled.push(event.target as NodeSingular);
    request();
  };
  // Cytoscape reports a resize whenever it is asked to measure, changed or not.
  const onResize = () => {
    if (
      canvas.style.width !== `${host.clientWidth}px` ||
      canvas.style.height !== `${host.clientHeight}px`
    )
      schedule();
  };
  // Lifting an element onto the stage or taking it off changes nothing painted here.
  const onAddRemove = (event: EventObject) => {
    const { offstage, actors } = instanceState(cy);
    const id = event.target.id() as string;
    if (!offstage?.has(id) && !actors?.has(id)) schedule();
  };
  const listeners: [string, (event: EventObject) => void][] = [
    ['add remove', onAddRemove],
    ['data filtered marks offstage', schedule],
    ['resize', onResize],
    ['viewport', onViewport],
    ['mousemove', onPointer],
    ['position', onMove],
  ];
  for (const [events, handler] of listeners) cy.on(events, handler);
  cy.on('style', 'node', onStyle);
  // A finger has no hover to lift the actor under it: the actor under a press (finger or
  // pointer) is lifted before Cytoscape looks for what was pressed — its listeners on the same
  // container run after this capturing one — so that it can be dragged like any other.
  const onPress = (event: PointerEvent) => {
    const box = host.getBoundingClientRect();
    const zoom = cy.zoom();
    const pan = cy.pan();
    const at = {
      x: (event.clientX - box.left - pan.x) / zoom,
      y: (event.clientY - box.top - pan.y) / zoom,
    };
    const reach = event.pointerType === 'touch' ? TOUCH_REACH_PX : POINTER_REACH_PX;
    const actor = actorOf(paintedAt(cy, at, reach));
    if (actor) pointActor(cy, actor);
  };
  host.addEventListener('pointerdown', onPress, true);
  schedule();
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(settle);
    clearTimeout(move);
    for (const [events, handler] of listeners) cy.off(events, handler);
    cy.off('style', 'node', onStyle);
    host.removeEventListener('pointerdown', onPress, true);
    clip.remove();
  };
}
