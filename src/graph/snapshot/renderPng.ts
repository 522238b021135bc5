import { ROUNDED_SHAPES, shapePoints } from '../../model/shapes';
import { ACTOR_LOOK } from '../style/look';
import { FONT, type Draw, type Plan } from './plan';

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
      ctx.strokeStyle = ACTOR_LOOK.borderColor;
      ctx.lineWidth = Math.max(1, d.r / 6);
      ctx.beginPath();
      const points = shapePoints(d.shape);
      const rounded = ROUNDED_SHAPES[d.shape];
      if (rounded !== undefined)
        ctx.roundRect(d.x - d.r, d.y - d.r, d.r * 2, d.r * 2, d.r * 2 * rounded);
      else if (points)
        for (let i = 0; i < points.length; i += 2)
          (i ? ctx.lineTo : ctx.moveTo).call(
            ctx,
            d.x + points[i]! * d.r,
            d.y + points[i + 1]! * d.r,
          );
      else ctx.arc(d.x, d.y, d.r, 0, Math.PI * 2);
      ctx.closePath();
      ctx.fill();
      ctx.stroke();
    }
  }
}
