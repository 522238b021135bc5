import type { EventObject } from 'cytoscape';
import type { DrawnGraph } from '../drawnGraph';
import { overlay } from '../overlay';
import type { Point } from '../../model/geometry';
import { actorAt } from './actorAt';
import { bindDrag } from './drag';
import { collectScene, type OverviewScene } from './overviewScene';
import { paintOverview } from './paintOverview';
import { relationAt } from './relationAt';

// After the view stops moving, the stretched picture is redrawn sharp.
const SETTLE_MS = 90;
// Positions arrive per node (drags, layouts): coalesced into one redraw…
const MOVE_MS = 60;
// …unless a repaint is cheap enough to follow a drag frame by frame.
const LIVE_DRAW_MS = 40;
// How near (screen pixels) the pointer must be to a painted relation; Cytoscape's reach is 8.
const POINTER_REACH_PX = 4;
// A finger is less precise than a pointer, and has no hover to keep a relation first.
const TOUCH_REACH_PX = 12;

/** A painted actor or relation, by element id. */
export type PaintedTarget = { actor: string } | { relation: string } | null;

export interface Overview {
  /**
   * The painted actor or relation at a graph point, within a pointer's (or a finger's) reach:
   * actors first, as they are painted on top. Null where nothing is painted, or when the
   * overview does not paint (other modes).
   */
  paintedAt: (at: Point, touch: boolean) => PaintedTarget;
  destroy: () => void;
}

/**
 * The overview mode's painter: a canvas under Cytoscape's on which every shown actor and
 * relation is painted from the contents in a few batched paths (see paintOverview). Cytoscape
 * holds only the few elements kept on it, and draws in full those that need its styling
 * (detail, hover, claims, compound groups); the rest it holds at opacity 0 to answer the
 * pointer. A class change on a few elements then no longer redraws tens of thousands, and a
 * filter is one repaint of a few paths. Inactive (canvas hidden) in the other modes.
 *
 * The pointer: where Cytoscape holds nothing, the pointer is matched against the painted dots
 * and lines, within fewer pixels than Cytoscape's own reach. An actor under it is kept on
 * Cytoscape (reason `pointer`), which answers its hover, click and drag from then on; a
 * relation under it is reported to `onPointRelation` (null when the pointer leaves it).
 */
export function bindOverview(
  graph: DrawnGraph,
  onPointRelation: (id: string | null) => void,
): Overview {
  const { cy } = graph;
  const host = cy.container();
  let scene: OverviewScene | null = null;
  const active = () => graph.mode === 'overview';
  const paintedAt = (at: Point, touch: boolean): PaintedTarget => {
    if (!scene || !active()) return null;
    const reach = (touch ? TOUCH_REACH_PX : POINTER_REACH_PX) / cy.zoom();
    const actor = actorAt(scene, at.x, at.y, reach);
    if (actor) return { actor };
    const relation = relationAt(scene, at.x, at.y, reach);
    return relation ? { relation } : null;
  };
  if (!host) return { paintedAt, destroy: () => {} };

  const canvas = overlay('canvas', 'graph-overview', {
    left: '0',
    top: '0',
    transformOrigin: '0 0',
    display: 'none',
  });
  // The picture is moved and stretched while the view moves: its frame keeps it inside the graph.
  const clip = overlay('div', 'graph-overview-frame', { inset: '0', overflow: 'hidden' });
  clip.appendChild(canvas);
  host.insertBefore(clip, host.firstChild);
  const ctx = canvas.getContext('2d');
  let drawn: { zoom: number; x: number; y: number } | null = null;
  let frame = 0;
  let settle: ReturnType<typeof setTimeout> | undefined;
  let move: ReturnType<typeof setTimeout> | undefined;
  let lastDrawMs = Infinity;

  const draw = () => {
    frame = 0;
    if (!ctx || !active()) {
      canvas.style.display = 'none';
      drawn = null;
      scene = null;
      return;
    }
    const ratio = window.devicePixelRatio || 1;
    const w = Math.max(1, Math.round(host.clientWidth * ratio));
    const h = Math.max(1, Math.round(host.clientHeight * ratio));
    if (canvas.width !== w || canvas.height !== h) Object.assign(canvas, { width: w, height: h });
    canvas.style.width = `${host.clientWidth}px`;
    canvas.style.height = `${host.clientHeight}px`;
    const started = performance.now();
    scene = collectScene(graph.contents, cy.extent(), { marks: true, skip: drag.dragged() });
    const zoom = cy.zoom();
    const pan = cy.pan();
    paintOverview(ctx, scene, { zoom, pan, ratio });
    lastDrawMs = performance.now() - started;
    drawn = { zoom, x: pan.x, y: pan.y };
    canvas.style.transform = '';
    canvas.style.display = 'block';
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(draw);
  };
  const drag = bindDrag(graph, schedule);
  // While the view moves, the last picture is moved and stretched along (no repaint).
  const onViewport = () => {
    if (!drawn) return schedule();
    const s = cy.zoom() / drawn.zoom;
    const pan = cy.pan();
    canvas.style.transform = `translate(${pan.x - drawn.x * s}px, ${pan.y - drawn.y * s}px) scale(${s})`;
    clearTimeout(settle);
    settle = setTimeout(schedule, SETTLE_MS);
  };
  const onMove = (event: EventObject) => {
    // A dragged actor is drawn by Cytoscape, not by the overview (drag.ts).
    if (event.target.id() === drag.dragged()) return;
    clearTimeout(move);
    if (lastDrawMs < LIVE_DRAW_MS) schedule();
    else move = setTimeout(schedule, MOVE_MS);
  };
  let pointed: string | null = null;
  const onPointer = (event: EventObject) => {
    if (event.target !== cy || !active() || drag.dragged()) return;
    const target = paintedAt(event.position, false);
    graph.contents.keep('pointer', target && 'actor' in target ? [target.actor] : []);
    const id = target && 'relation' in target ? target.relation : null;
    if (id === pointed) return;
    pointed = id;
    onPointRelation(id);
  };
  // Cytoscape reports a resize whenever it is asked to measure, changed or not.
  const onResize = () => {
    if (
      canvas.style.width !== `${host.clientWidth}px` ||
      canvas.style.height !== `${host.clientHeight}px`
    )
      schedule();
  };
  const listeners: [string, (event: EventObject) => void][] = [
    ['resize', onResize],
    ['viewport', onViewport],
    ['mousemove', onPointer],
    ['position', onMove],
  ];
  for (const [events, handler] of listeners) cy.on(events, handler);
  const offContents = graph.onChange(schedule);
  // A finger has no hover to keep the actor under it: the actor under a press (finger or
  // pointer) is kept before Cytoscape looks for what was pressed — its listeners on the same
  // container run after this capturing one — so that it can be dragged like any other.
  const onPress = (event: PointerEvent) => {
    const box = host.getBoundingClientRect();
    const zoom = cy.zoom();
    const pan = cy.pan();
    const at = {
      x: (event.clientX - box.left - pan.x) / zoom,
      y: (event.clientY - box.top - pan.y) / zoom,
    };
    const target = paintedAt(at, event.pointerType === 'touch');
    if (target && 'actor' in target) graph.contents.keep('pointer', [target.actor]);
  };
  host.addEventListener('pointerdown', onPress, true);
  schedule();
  return {
    paintedAt,
    destroy() {
      cancelAnimationFrame(frame);
      clearTimeout(settle);
      clearTimeout(move);
      for (const [events, handler] of listeners) cy.off(events, handler);
      offContents();
      drag.unbind();
      host.removeEventListener('pointerdown', onPress, true);
      clip.remove();
    },
  };
}
