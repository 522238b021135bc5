import type { Core } from 'cytoscape';
import { litByLens, VEIL } from '../focusLens';
import { isIdFilteredOut } from '../largeGraph';
import { relationEnds } from '../offstage';
import { eachShownActor } from '../offstageActors';
import { collectScene, DOT_SIZE, type Box } from '../overview/overviewScene';
import { paintOverview } from '../overview/paintOverview';
import { shapesOf } from '../overview/shapes';
import type { SnapshotOptions } from './options';
import type { GraphPainter } from './renderPng';

/** Classes that make Cytoscape draw an element in full on an overview-painted graph. */
const LIFTED = ['detail', 'focused', 'dispute-partner', 'claim', 'assertion'];

/**
 * The elements a snapshot of an overview-painted graph takes from Cytoscape: what the screen
 * shows with labels, arrowheads or marks (detail, the highlight, the selection, claims,
 * compound parents) and the actors its relations join. Everything else is painted as the
 * overview paints the screen, which spares the snapshot a second Cytoscape instance of
 * tens of thousands of elements. Hover and search marks are left out as on every snapshot.
 */
export function liftedIds(main: Core): Set<string> {
  const lit = litByLens(main);
  const out = new Set<string>(lit);
  main.elements().forEach((e) => {
    if (e.isParent() || LIFTED.some((c) => e.hasClass(c))) out.add(e.id());
  });
  for (const id of [...out]) {
    const ends = relationEnds(main, id);
    if (ends && !isIdFilteredOut(main, id)) out.add(ends.source).add(ends.target);
  }
  return out;
}

/** The model region the picture covers: the view, or every shown element. */
export function overviewRegion(main: Core, lifted: Core, options: SnapshotOptions): Box {
  if (options.scope === 'view') return main.extent();
  const r = DOT_SIZE / 2 + 2;
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  eachShownActor(main, ({ position: p }) => {
    [x1, y1, x2, y2] = [Math.min(x1, p.x), Math.min(y1, p.y), Math.max(x2, p.x), Math.max(y2, p.y)];
  });
  const region = { x1: x1 - r, y1: y1 - r, x2: x2 + r, y2: y2 + r };
  if (lifted.elements().empty()) return region;
  const bb = lifted.elements().boundingBox();
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
 * the veil of a highlight, and on top the lifted elements drawn by the (small) offscreen
 * Cytoscape instance. No intermediate image of tens of megapixels to copy.
 */
export function overviewGraphPainter(
  main: Core,
  lifted: Core,
  region: Box,
  options: SnapshotOptions,
): GraphPainter {
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
    paintOverview(ctx, collectScene(main, region), { ...view, origin: { x, y } }, shapesOf(main));
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    if (litByLens(main).size > 0) {
      ctx.fillStyle = VEIL;
      ctx.fillRect(x, y, w, h);
    }
    if (lifted.elements().empty()) return;
    const renderer = (
      lifted as unknown as { renderer?: () => { bufferCanvasImage?: BufferImage } }
    ).renderer?.();
    const image = renderer?.bufferCanvasImage?.({ full, scale });
    if (!(image instanceof HTMLCanvasElement)) return;
    // Cytoscape draws a whole graph from its elements' bounding box; a view as it is.
    const bb = full ? lifted.elements().boundingBox() : { x1: region.x1, y1: region.y1 };
    ctx.drawImage(
      image,
      x + Math.round((bb.x1 - region.x1) * scale),
      y + Math.round((bb.y1 - region.y1) * scale),
    );
  };
}
