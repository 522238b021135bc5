import type { Core, EdgeSingular, NodeSingular, Position } from 'cytoscape';
import type { NodeShape } from '../../model/schema';
import { FONT, wrap, type Draw, type Measure, type Plan } from './plan';
import { ROUNDED_SHAPES, shapePoints } from '../../model/shapes';
import { ACTOR_LOOK } from '../style/look';
import type { SnapshotOptions } from './options';

interface Parsed {
  strValue: string;
  pfValue: number;
  value: number;
}
/** Cytoscape's computed style of an element (its `pstyle`, which the typings leave out). */
const ps = (ele: NodeSingular | EdgeSingular, name: string): Parsed =>
  (ele as unknown as { pstyle: (n: string) => Parsed }).pstyle(name);

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (v: number) => (Math.round(v * 100) / 100).toString();
const FONT_ATTR = `font-family="${esc(FONT)}"`;

function shapeSvg(
  shape: NodeShape,
  x: number,
  y: number,
  w: number,
  h: number,
  attrs: string,
): string {
  const rounded = ROUNDED_SHAPES[shape];
  if (rounded !== undefined)
    return `<rect x="${n(x - w / 2)}" y="${n(y - h / 2)}" width="${n(w)}" height="${n(h)}" rx="${n(Math.min(w, h) * rounded)}" ${attrs}/>`;
  const points = shapePoints(shape);
  if (!points)
    return `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(w / 2)}" ry="${n(h / 2)}" ${attrs}/>`;
  const corners: string[] = [];
  for (let i = 0; i < points.length; i += 2)
    corners.push(`${n(x + (points[i]! * w) / 2)},${n(y + (points[i + 1]! * h) / 2)}`);
  return `<polygon points="${corners.join(' ')}" ${attrs}/>`;
}

function textSvg(
  x: number,
  y: number,
  lines: string[],
  size: number,
  anchor: string,
  extra = '',
): string {
  const tspans = lines
    .map((l, i) => `<tspan x="${n(x)}" dy="${i ? n(size * 1.2) : 0}">${esc(l)}</tspan>`)
    .join('');
  return `<text x="${n(x)}" y="${n(y)}" font-size="${n(size)}" text-anchor="${anchor}" ${FONT_ATTR} ${extra}>${tspans}</text>`;
}

function nodeSvg(node: NodeSingular, measure: Measure): string {
  const p = node.position();
  const isParent = node.isParent();
  const w = isParent ? node.boundingBox({ includeLabels: false }).w : node.width();
  const h = isParent ? node.boundingBox({ includeLabels: false }).h : node.height();
  const fill = ps(node, 'background-color').strValue;
  const fillOpacity = ps(node, 'background-opacity').value;
  const border = `stroke="${ps(node, 'border-color').strValue}" stroke-width="${n(ps(node, 'border-width').pfValue)}"`;
  const shape = (isParent ? 'round-rectangle' : ps(node, 'shape').strValue) as NodeShape;
  const label = String(ps(node, 'label').strValue ?? '');
  const size = ps(node, 'font-size').pfValue;
  const maxWidth = ps(node, 'text-max-width').pfValue;
  const lines = label ? wrap(label, size, maxWidth, measure) : [];
  const top = isParent
    ? p.y - h / 2 - 4 - size * 1.2 * lines.length
    : p.y + h / 2 + ps(node, 'text-margin-y').pfValue + size;
  const labelSvg = lines.length
    ? textSvg(
        p.x,
        top,
        lines,
        size,
        'middle',
        `fill="${ps(node, 'color').strValue}" paint-order="stroke" stroke="${ps(node, 'text-background-color').strValue}" stroke-width="${n(size / 3)}" stroke-opacity="${ps(node, 'text-background-opacity').value}"`,
      )
    : '';
  return `<g class="actor" data-id="${esc(node.id())}" opacity="${ps(node, 'opacity').value}">${shapeSvg(shape, p.x, p.y, w, h, `fill="${fill}" fill-opacity="${fillOpacity}" ${border}`)}${labelSvg}</g>`;
}

function edgePath(edge: EdgeSingular): { d: string; end: Position; from: Position } {
  const s = edge.sourceEndpoint();
  const t = edge.targetEndpoint();
  const cps = (edge.controlPoints() ?? []) as Position[];
  if (cps.length === 1)
    return {
      d: `M${n(s.x)},${n(s.y)} Q${n(cps[0]!.x)},${n(cps[0]!.y)} ${n(t.x)},${n(t.y)}`,
      end: t,
      from: cps[0]!,
    };
  if (cps.length === 2)
    return {
      d: `M${n(s.x)},${n(s.y)} C${n(cps[0]!.x)},${n(cps[0]!.y)} ${n(cps[1]!.x)},${n(cps[1]!.y)} ${n(t.x)},${n(t.y)}`,
      end: t,
      from: cps[1]!,
    };
  const pts = [s, ...cps, t];
  return {
    d: `M${pts.map((q) => `${n(q.x)},${n(q.y)}`).join(' L')}`,
    end: t,
    from: pts[pts.length - 2]!,
  };
}

function edgeSvg(edge: EdgeSingular, measure: Measure): string {
  const { d, end, from } = edgePath(edge);
  const color = ps(edge, 'line-color').strValue;
  const width = ps(edge, 'width').pfValue;
  const dashed = ps(edge, 'line-style').strValue === 'dashed';
  const dash = dashed
    ? `stroke-dasharray="${(ps(edge, 'line-dash-pattern').value as unknown as number[]).join(' ')}"`
    : '';
  const outline = ps(edge, 'line-outline-width').pfValue;
  const outlinePath =
    outline > 0
      ? `<path d="${d}" fill="none" stroke="${ps(edge, 'line-outline-color').strValue}" stroke-width="${n(width + 2 * outline)}" ${dash}/>`
      : '';
  const path = `<path d="${d}" fill="none" stroke="${color}" stroke-width="${n(width)}" ${dash}/>`;
  const arrowShape = ps(edge, 'target-arrow-shape').strValue;
  const angle = Math.atan2(end.y - from.y, end.x - from.x);
  const len = Math.max(8, 3.2 * width * ps(edge, 'arrow-scale').value);
  const rot = (dx: number, dy: number) =>
    `${n(end.x + dx * Math.cos(angle) - dy * Math.sin(angle))},${n(end.y + dx * Math.sin(angle) + dy * Math.cos(angle))}`;
  const arrowColor = ps(edge, 'target-arrow-color').strValue;
  const arrow =
    arrowShape === 'none'
      ? ''
      : arrowShape === 'tee'
        ? `<polygon points="${rot(0, -len * 0.6)} ${rot(-len * 0.25, -len * 0.6)} ${rot(-len * 0.25, len * 0.6)} ${rot(0, len * 0.6)}" fill="${arrowColor}"/>`
        : `<polygon points="${rot(0, 0)} ${rot(-len, -len * 0.5)} ${rot(-len * (arrowShape === 'vee' ? 0.6 : 1), 0)} ${rot(-len, len * 0.5)}" fill="${arrowColor}"/>`;
  const label = String(ps(edge, 'label').strValue ?? '');
  let labelSvg = '';
  if (label) {
    const size = ps(edge, 'font-size').pfValue;
    const mid = edge.midpoint();
    const s = edge.sourceEndpoint();
    let deg =
      ps(edge, 'text-rotation').strValue === 'autorotate'
        ? (Math.atan2(end.y - s.y, end.x - s.x) * 180) / Math.PI
        : 0;
    if (deg > 90) deg -= 180;
    if (deg < -90) deg += 180;
    const w = measure(label, size) + 4;
    const bordered = ps(edge, 'text-border-width').pfValue > 0;
    labelSvg = `<g transform="translate(${n(mid.x)},${n(mid.y)}) rotate(${n(deg)})"><rect x="${n(-w / 2)}" y="${n(-size * 0.75)}" width="${n(w)}" height="${n(size * 1.4)}" rx="${bordered ? 3 : 1}" fill="#ffffff" fill-opacity="${ps(edge, 'text-background-opacity').value}"${bordered ? ' stroke="#333333" stroke-width="1.5"' : ''}/>${textSvg(0, size * 0.35, [label], size, 'middle', `fill="${ps(edge, 'color').strValue}"${bordered ? ' font-weight="bold"' : ''}`)}</g>`;
  }
  return `<g class="relation" data-id="${esc(edge.id())}" opacity="${ps(edge, 'opacity').value}">${outlinePath}${path}${arrow}${labelSvg}</g>`;
}

function drawSvg(d: Draw): string {
  switch (d.type) {
    case 'text':
      return textSvg(
        d.x,
        d.y,
        [d.text],
        d.size,
        'start',
        `fill="${d.color}"${d.bold ? ' font-weight="bold"' : ''}`,
      );
    case 'line': {
      const dash = d.dash.length ? ` stroke-dasharray="${d.dash.join(' ')}"` : '';
      const head = d.tee
        ? `<rect x="${n(d.x + d.w - d.width * 1.5)}" y="${n(d.y - d.width * 2)}" width="${n(d.width)}" height="${n(d.width * 4)}" fill="${d.color}"/>`
        : `<polygon points="${n(d.x + d.w)},${n(d.y)} ${n(d.x + d.w - d.width * 3)},${n(d.y - d.width * 1.6)} ${n(d.x + d.w - d.width * 3)},${n(d.y + d.width * 1.6)}" fill="${d.color}"/>`;
      return `<line x1="${n(d.x)}" y1="${n(d.y)}" x2="${n(d.x + d.w - d.width * 2)}" y2="${n(d.y)}" stroke="${d.color}" stroke-width="${n(d.width)}"${dash}/>${head}`;
    }
    case 'node':
      return shapeSvg(
        d.shape,
        d.x,
        d.y,
        d.r * 2,
        d.r * 2,
        `fill="${d.color}" stroke="${ACTOR_LOOK.borderColor}" stroke-width="${n(Math.max(1, d.r / 6))}"`,
      );
    case 'graph':
      return '';
  }
}

/**
 * The same picture as vector SVG, text as text: written from the offscreen instance's rendered
 * positions and computed styles (no GPL exporter needed). One <g class="actor"> per actor and
 * one <g class="relation"> per relation, each with its data-id.
 */
export function renderSvg(
  cy: Core,
  plan: Plan,
  options: SnapshotOptions,
  measure: Measure,
): string {
  const box = plan.draws.find((d): d is Extract<Draw, { type: 'graph' }> => d.type === 'graph')!;
  const bb = cy.elements().boundingBox();
  const transform =
    options.scope === 'whole'
      ? `translate(${n(box.x)},${n(box.y)}) scale(${options.scale}) translate(${n(-bb.x1)},${n(-bb.y1)})`
      : `translate(${n(box.x + cy.pan().x * options.scale)},${n(box.y + cy.pan().y * options.scale)}) scale(${n(options.scale * cy.zoom())})`;
  const ordered = [...cy.nodes(':parent'), ...cy.edges(), ...cy.nodes(':childless')];
  const body = ordered
    .map((e) =>
      e.isNode() ? nodeSvg(e as NodeSingular, measure) : edgeSvg(e as EdgeSingular, measure),
    )
    .join('\n');
  const bg =
    options.background === 'white'
      ? `<rect width="${plan.width}" height="${plan.height}" fill="#ffffff"/>`
      : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${plan.width}" height="${plan.height}" viewBox="0 0 ${plan.width} ${plan.height}">`,
    `<defs><clipPath id="graph-clip"><rect x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}"/></clipPath></defs>`,
    bg,
    plan.draws.map(drawSvg).join('\n'),
    `<g clip-path="url(#graph-clip)"><g transform="${transform}">`,
    body,
    '</g></g></svg>',
  ].join('\n');
}
