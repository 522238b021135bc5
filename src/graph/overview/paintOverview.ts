import { shapePoints } from '../../model/shapes';
import { ACTOR_LOOK, DISPUTED_LOOK, disputedCoreWidth, SEARCH_COLOR } from '../style/look';
import { DOT_SIZE, type OverviewScene } from './overviewScene';
import type { Point } from '../../model/geometry';

export interface View {
  zoom: number;
  pan: Point;
  /** Device pixels per CSS pixel. */
  ratio: number;
  /** Where the view starts on the canvas (device pixels); a snapshot paints into its graph box. */
  origin?: Point;
}

const MARK_MIN_RADIUS_PX = 5;
const MARK_MIN_WIDTH_PX = 1.5;
// A dash pattern shorter than this on screen reads as a faint solid line and costs the
// rasteriser dearly: it is drawn solid.
const MIN_DASH_PX = 4;
// Actors smaller than this on screen (device pixels) are drawn as squares.
const TINY_PX = 4;

function traceShape(
  ctx: CanvasRenderingContext2D,
  points: readonly number[] | null,
  x: number,
  y: number,
  r: number,
) {
  if (!points) {
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, Math.PI * 2);
    return;
  }
  ctx.moveTo(x + points[0]! * r, y + points[1]! * r);
  for (let i = 2; i < points.length; i += 2) ctx.lineTo(x + points[i]! * r, y + points[i + 1]! * r);
  ctx.closePath();
}

function strokeSegments(ctx: CanvasRenderingContext2D, segments: readonly number[]) {
  ctx.beginPath();
  for (let i = 0; i < segments.length; i += 4) {
    ctx.moveTo(segments[i]!, segments[i + 1]!);
    ctx.lineTo(segments[i + 2]!, segments[i + 3]!);
  }
  ctx.stroke();
}

/**
 * Paints the scene as Cytoscape's lean stylesheet would draw it — same colours, shapes,
 * status widths and dashes, disputed relations as a white core in a coloured outline — but
 * with one path per look instead of one draw call per element: relations first, actors on
 * top. Sizes are in model units, so they scale with the zoom exactly as Cytoscape's do.
 */
export function paintOverview(
  ctx: CanvasRenderingContext2D,
  scene: OverviewScene,
  view: View,
): void {
  const { zoom, pan, ratio, origin } = view;
  const [ox, oy] = origin ? [origin.x, origin.y] : [0, 0];
  // The screen's canvas is repainted whole; a snapshot's already holds its background.
  if (!origin) {
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  }
  ctx.setTransform(ratio * zoom, 0, 0, ratio * zoom, ox + ratio * pan.x, oy + ratio * pan.y);
  ctx.lineCap = 'butt';
  for (const g of scene.lines) {
    const period = g.dash.reduce((sum, d) => sum + d, 0) * zoom;
    ctx.setLineDash(period >= MIN_DASH_PX ? [...g.dash] : []);
    if (g.disputed) {
      ctx.strokeStyle = g.color;
      ctx.lineWidth = disputedCoreWidth(g.sources) + 2 * DISPUTED_LOOK.outline;
      strokeSegments(ctx, g.segments);
      ctx.strokeStyle = DISPUTED_LOOK.core;
      ctx.lineWidth = disputedCoreWidth(g.sources);
    } else {
      ctx.strokeStyle = g.color;
      ctx.lineWidth = g.width;
    }
    strokeSegments(ctx, g.segments);
  }
  ctx.setLineDash([]);
  // Under the actors, so that a ring never hides what it marks.
  paintMarks(ctx, scene.marks, zoom * ratio);
  ctx.lineJoin = 'miter';
  for (const g of scene.dots) {
    const r = g.size / 2;
    // Below a few pixels every shape is a blob: squares are far cheaper to rasterise.
    const tiny = g.size * zoom * ratio < TINY_PX;
    const points = shapePoints(g.shape);
    ctx.beginPath();
    for (let i = 0; i < g.centres.length; i += 2) {
      const x = g.centres[i]!;
      const y = g.centres[i + 1]!;
      if (tiny) ctx.rect(x - r, y - r, g.size, g.size);
      else traceShape(ctx, points, x, y, r);
    }
    ctx.fillStyle = g.color;
    ctx.fill();
    ctx.strokeStyle = ACTOR_LOOK.borderColor;
    ctx.lineWidth = ACTOR_LOOK.border;
    ctx.stroke();
  }
}

/**
 * Search matches: a ring in the search colour, at least a few pixels wide whatever the zoom,
 * so that matches can be found on a zoomed-out graph of thousands.
 */
function paintMarks(ctx: CanvasRenderingContext2D, centres: readonly number[], px: number) {
  if (!centres.length) return;
  const r = Math.max(DOT_SIZE / 2 + 5, MARK_MIN_RADIUS_PX / px);
  ctx.beginPath();
  for (let i = 0; i < centres.length; i += 2) {
    ctx.moveTo(centres[i]! + r, centres[i + 1]!);
    ctx.arc(centres[i]!, centres[i + 1]!, r, 0, Math.PI * 2);
  }
  ctx.strokeStyle = SEARCH_COLOR;
  ctx.lineWidth = Math.max(4, MARK_MIN_WIDTH_PX / px);
  ctx.stroke();
}
