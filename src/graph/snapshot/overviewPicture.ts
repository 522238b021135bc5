import type { Core } from 'cytoscape';
import type { DrawnGraph } from '../drawnGraph';
import { boxAround, type Box, type Point } from '../../model/geometry';
import type { HighlightIds } from '../highlight/highlight';
import { collectScene, DOT_SIZE_MAX } from '../overview/overviewScene';
import { paintOverview } from '../overview/paintOverview';
import { CLASSES, VEIL } from '../style/look';
import type { SnapshotOptions } from './options';
import type { GraphPainter } from './renderPng';

/** Classes that make Cytoscape draw an element in full in the overview mode. */
const DRAWN_IN_FULL = [CLASSES.detail, CLASSES.selected, 'dispute-partner', 'claim', 'assertion'];

/**
 * The elements a snapshot of the overview mode takes from Cytoscape: what the screen shows
 * with labels, arrowheads or marks (detail, the highlight, the selection, claims, compound
 * groups) and the actors its relations join. Everything else is painted as the overview
 * paints the screen, which spares the snapshot a second Cytoscape instance of tens of
 * thousands of elements. Hover and search marks are left out as on every snapshot.
 */
export function drawnInFullIds(graph: DrawnGraph, highlight: HighlightIds): Set<string> {
  const { cy, contents } = graph;
  const out = new Set<string>(highlight.ids);
  cy.elements().forEach((e) => {
    if (e.isParent() || DRAWN_IN_FULL.some((c) => e.hasClass(c))) out.add(e.id());
  });
  for (const id of [...out]) {
    const ends = contents.ends(id);
    if (ends && !contents.isHidden(id)) out.add(ends.source).add(ends.target);
  }
  return out;
}

/** The graph region the picture covers: the view, or every shown element. */
export function overviewRegion(graph: DrawnGraph, drawn: Core, options: SnapshotOptions): Box {
  if (options.scope === 'view') return graph.cy.extent();
  const r = DOT_SIZE_MAX / 2 + 2;
  const points: Point[] = [];
  graph.contents.eachShownActor(({ position }) => points.push(position));
  const box = boxAround(points) ?? { x1: 0, y1: 0, x2: 0, y2: 0 };
  const region = { x1: box.x1 - r, y1: box.y1 - r, x2: box.x2 + r, y2: box.y2 + r };
  if (drawn.elements().empty()) return region;
  const bb = drawn.elements().boundingBox();
  return {
    x1: Math.min(region.x1, bb.x1),
    y1: Math.min(region.y1, bb.y1),
    x2: Math.max(region.x2, bb.x2),
    y2: Math.max(region.y2, bb.y2),
  };
}

/** Picture pixels of the graph image. */
export function overviewImageSize(
  main: Core,
  region: Box,
  options: SnapshotOptions,
): { w: number; h: number } {
  if (options.scope === 'view')
    return {
      w: Math.round(main.width() * options.scale),
      h: Math.round(main.height() * options.scale),
    };
  return {
    w: Math.ceil(region.x2 - region.x1) * options.scale,
    h: Math.ceil(region.y2 - region.y1) * options.scale,
  };
}

type BufferImage = (o: { full: boolean; scale: number }) => unknown;

/**
 * Paints the graph as the screen shows it, straight into the picture: the overview's paint,
 * the veil of a highlight, and on top the elements drawn in full by the (small) offscreen
 * Cytoscape instance. No intermediate image of tens of megapixels to copy.
 */
export function overviewGraphPainter(
  graph: DrawnGraph,
  highlight: HighlightIds,
  drawn: Core,
  region: Box,
  options: SnapshotOptions,
): GraphPainter {
  const main = graph.cy;
  const { w, h } = overviewImageSize(main, region, options);
  const { scale } = options;
  const full = options.scope === 'whole';
  return (ctx, x, y) => {
    ctx.beginPath();
    ctx.rect(x, y, w, h);
    ctx.clip();
    const view = full
      ? { zoom: 1, pan: { x: -region.x1, y: -region.y1 }, ratio: scale }
      : { zoom: main.zoom(), pan: main.pan(), ratio: scale };
    paintOverview(ctx, collectScene(graph.contents, region), { ...view, origin: { x, y } });
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    if (highlight.ids.size > 0) {
      ctx.fillStyle = VEIL;
      ctx.fillRect(x, y, w, h);
    }
    if (drawn.elements().empty()) return;
    const renderer = (
      drawn as unknown as { renderer?: () => { bufferCanvasImage?: BufferImage } }
    ).renderer?.();
    const image = renderer?.bufferCanvasImage?.({ full, scale });
    if (!(image instanceof HTMLCanvasElement)) return;
    // Cytoscape draws a whole graph from its elements' bounding box; a view as it is.
    const bb = full ? drawn.elements().boundingBox() : { x1: region.x1, y1: region.y1 };
    ctx.drawImage(
      image,
      x + Math.round((bb.x1 - region.x1) * scale),
      y + Math.round((bb.y1 - region.y1) * scale),
    );
  };
}
