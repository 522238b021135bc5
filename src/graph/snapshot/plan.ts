import type { SnapshotText } from '../../model/snapshotContent';
import type { NodeShape } from '../../model/schema';
import { STATUS_LINES, widthFor } from '../../model/statusStyle';

/** A drawing instruction in picture pixels, shared by the PNG and SVG renderers. */
export type Draw =
  | {
      type: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      bold?: boolean;
      color: string;
    }
  | {
      type: 'line';
      x: number;
      y: number;
      w: number;
      color: string;
      width: number;
      dash: readonly number[];
      tee: boolean;
    }
  | { type: 'node'; x: number; y: number; r: number; color: string; shape: NodeShape }
  | { type: 'graph'; x: number; y: number; w: number; h: number };

export interface Plan {
  width: number;
  height: number;
  draws: Draw[];
}

export type Measure = (text: string, size: number, bold?: boolean) => number;

export type { SnapshotText };

export const FONT = '"DejaVu Sans", system-ui, sans-serif';

/** Greedy word wrap to a width, measured in the font the picture uses. */
export function wrap(text: string, size: number, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/)) {
      const next = line ? `${line} ${word}` : word;
      if (line && measure(next, size) > width) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
  }
  return lines;
}

/**
 * Lays the picture out around a graph image of `graphW` × `graphH` picture pixels, at
 * `scale`: the exact size is known before anything is drawn, and both renderers draw the same.
 */
export function planSnapshot(
  graphW: number,
  graphH: number,
  text: SnapshotText,
  scale: number,
  measure: Measure,
): Plan {
  const s = (v: number) => v * scale;
  const pad = s(24);
  const width = Math.ceil(Math.max(graphW + 2 * pad, s(720)));
  const inner = width - 2 * pad;
  const draws: Draw[] = [];
  let y = pad;
  const textLines = (content: string, size: number, color: string, bold = false, gap = 0.35) => {
    for (const line of wrap(content, size, inner, (t, sz) => measure(t, sz, bold))) {
      draws.push({ type: 'text', x: pad, y: y + size, text: line, size, bold, color });
      y += size * 1.3;
    }
    y += size * gap;
  };
  if (text.title) textLines(text.title, s(22), '#111111', true);
  if (text.sourceLine) textLines(text.sourceLine, s(12.5), '#444444');
  if (text.timeLine) textLines(text.timeLine, s(12.5), '#222222');
  if (text.title || text.sourceLine || text.timeLine) y += s(6);
  draws.push({
    type: 'graph',
    x: Math.round((width - graphW) / 2),
    y: Math.round(y),
    w: graphW,
    h: graphH,
  });
  y += graphH + s(12);
  if (text.legend.length) {
    textLines(text.legendHeading, s(12), '#111111', true, 0.2);
    let x = pad;
    const row = s(20);
    for (const item of text.legend) {
      const w = s(40) + measure(item.label, s(12)) + s(18);
      if (x + w > width - pad && x > pad) {
        x = pad;
        y += row;
      }
      if (item.kind === 'size')
        // A measure's size step, from small to the largest (72 graph units) as a grey dot.
        draws.push({
          type: 'node',
          x: x + s(10),
          y: y + s(7),
          r: s(2 + (7 * item.size) / 72),
          color: '#d9d9d9',
          shape: 'ellipse',
        });
      else if (item.kind === 'actor')
        draws.push({
          type: 'node',
          x: x + s(10),
          y: y + s(7),
          r: s(7),
          color: item.color,
          shape: item.shape,
        });
      else {
        const line = STATUS_LINES[item.status];
        draws.push({
          type: 'line',
          x,
          y: y + s(7),
          w: s(30),
          color: item.color,
          width: s(widthFor(item.status, item.sources ?? 1)),
          dash: line.dash.map(s),
          tee: line.arrow === 'tee',
        });
      }
      draws.push({
        type: 'text',
        x: x + s(36),
        y: y + s(11),
        text: item.label,
        size: s(12),
        color: '#222222',
      });
      x += w;
    }
    y += row + s(6);
  }
  if (text.footnotes.length) {
    textLines(text.footnotesHeading, s(12), '#111111', true, 0.2);
    for (const f of text.footnotes) textLines(`${f.n}. ${f.text}`, s(11.5), '#222222', false, 0.15);
  }
  return { width, height: Math.ceil(y + pad - s(6)), draws };
}
