import type { NodeShape } from '../../model/schema';
import { FONT, type Draw, type Plan } from './plan';

const POLYGONS: Partial<Record<NodeShape, [number, number][]>> = {
  diamond: [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ],
  triangle: [
    [0, -1],
    [1, 1],
    [-1, 1],
  ],
  hexagon: [
    [-0.5, -1],
    [0.5, -1],
    [1, 0],
    [0.5, 1],
    [-0.5, 1],
    [-1, 0],
  ],
  pentagon: [
    [0, -1],
    [1, -0.3],
    [0.6, 1],
    [-0.6, 1],
    [-1, -0.3],
  ],
  octagon: [
    [-0.4, -1],
    [0.4, -1],
    [1, -0.4],
    [1, 0.4],
    [0.4, 1],
    [-0.4, 1],
    [-1, 0.4],
    [-1, -0.4],
  ],
  tag: [
    [-1, -1],
    [0.4, -1],
    [1, 0],
    [0.4, 1],
    [-1, 1],
  ],
  rhomboid: [
    [-0.6, -1],
    [1, -1],
    [0.6, 1],
    [-1, 1],
  ],
  vee: [
    [-1, -1],
    [0, -0.2],
    [1, -1],
    [0, 1],
  ],
};

/** Points of a legend swatch shape around (0,0) with radius 1; circles and boxes are drawn apart. */
export const shapePoints = (shape: NodeShape) => POLYGONS[shape];

export function font(size: number, bold?: boolean): string {
  return `${bold ? 'bold ' : ''}${size}px ${FONT}`;
}

/** Paints the graph into the picture's graph box (instead of copying a finished image). */
export type GraphPainter = (ctx: CanvasRenderingContext2D, x: number, y: number) => void;

/** Draws a planned picture onto a canvas, the graph image included. */
export function drawPlan(
  ctx: CanvasRenderingContext2D,
  plan: Plan,
  graph: CanvasImageSource | GraphPainter,
  background: string | null,
): void {
  if (background) {
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, plan.width, plan.height);
  }
  for (const d of plan.draws) draw(ctx, d, graph);
}

function draw(
  ctx: CanvasRenderingContext2D,
  d: Draw,
  graph: CanvasImageSource | GraphPainter,
): void {
  switch (d.type) {
    case 'graph':
      if (typeof graph === 'function') {
        ctx.save();
        graph(ctx, d.x, d.y);
        ctx.restore();
      } else ctx.drawImage(graph, d.x, d.y, d.w, d.h);
      return;
    case 'text':
      ctx.font = font(d.size, d.bold);
      ctx.fillStyle = d.color;
      ctx.fillText(d.text, d.x, d.y);
      return;
    case 'line': {
      ctx.strokeStyle = d.color;
      ctx.lineWidth = d.width;
      ctx.setLineDash([...d.dash]);
      ctx.beginPath();
      ctx.moveTo(d.x, d.y);
      ctx.lineTo(d.x + d.w - d.width * 2, d.y);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = d.color;
      ctx.beginPath();
      if (d.tee) ctx.rect(d.x + d.w - d.width * 1.5, d.y - d.width * 2, d.width, d.width * 4);
      else {
        ctx.moveTo(d.x + d.w, d.y);
        ctx.lineTo(d.x + d.w - d.width * 3, d.y - d.width * 1.6);
        ctx.lineTo(d.x + d.w - d.width * 3, d.y + d.width * 1.6);
      }
      ctx.fill();
      return;
    }
    case 'node': {
      ctx.fillStyle = d.color;
      ctx.strokeStyle = '#1f1f1f';
      ctx.lineWidth = Math.max(1, d.r / 6);
      ctx.beginPath();
      const points = shapePoints(d.shape);
      if (points)
        points.forEach(([px, py], i) =>
          (i ? ctx.lineTo : ctx.moveTo).call(ctx, d.x + px * d.r, d.y + py * d.r),
        );
      else if (d.shape === 'ellipse') ctx.arc(d.x, d.y, d.r, 0, Math.PI * 2);
      else ctx.rect(d.x - d.r, d.y - d.r * 0.8, d.r * 2, d.r * 1.6);
      ctx.closePath();
      ctx.fill();
      ctx.stroke();
    }
  }
}
