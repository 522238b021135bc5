import type { Core } from 'cytoscape';
import type { DrawnGraph } from '../drawnGraph';
import type { Box } from '../../model/geometry';
import type { HighlightIds } from '../highlight/highlight';
import { createOffscreen, graphImageSize } from './offscreen';
import {
  drawnInFullIds,
  overviewGraphPainter,
  overviewImageSize,
  overviewRegion,
} from './overviewPicture';
import { fitsCanvas, type SnapshotOptions } from './options';
import { planSnapshot, type Measure, type Plan, type SnapshotText } from './plan';
import { drawPlan, font } from './renderPng';
import { renderSvg } from './renderSvg';

let ctx: CanvasRenderingContext2D | null | undefined;

/** Text widths in the picture's font; a rough estimate where there is no canvas (jsdom). */
export const measureText: Measure = (text, size, bold) => {
  if (ctx === undefined)
    ctx =
      typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!ctx) return text.length * size * 0.55;
  ctx.font = font(size, bold);
  return ctx.measureText(text).width;
};

export interface SnapshotInput {
  graph: DrawnGraph;
  /** The highlight the screen shows (drawn legibly, the rest veiled, on large graphs). */
  highlight: HighlightIds;
  options: SnapshotOptions;
  text: SnapshotText;
  /** Footnote number of each relation element. */
  numbers: ReadonlyMap<string, number>;
}

/** Lets the page paint between steps, so a long export never freezes it for more than a moment. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * How the graph image is made: by Cytoscape alone, or painted as the overview paints it.
 * `release` disposes of the offscreen instance as soon as its picture is taken: left alive
 * while the page breathes, it would draw frames of its own (half a second at 1,000 actors).
 */
type Drawing = { cy: Core; region: Box | null; release: () => void };

/**
 * A graph in the overview mode is painted again for the picture, with only the elements the
 * screen draws in full in the offscreen instance — unless every relation needs its footnote
 * number drawn on it, or the picture is SVG (vector, made from elements).
 */
function withOffscreen<T>(
  input: SnapshotInput,
  render: (drawing: Drawing, plan: Plan, graph: GraphSize) => T | Promise<T>,
  vector = false,
): Promise<T> {
  const { graph: drawn, highlight, options, numbers } = input;
  const painted = drawn.mode === 'overview' && !vector && !(options.footnotes && numbers.size > 0);
  const only = painted ? drawnInFullIds(drawn, highlight) : undefined;
  const { cy, dispose } = createOffscreen(drawn, highlight, options, numbers, only);
  const region = painted ? overviewRegion(drawn, cy, options) : null;
  const graph = region ? overviewImageSize(drawn.cy, region, options) : graphImageSize(cy, options);
  const plan = planSnapshot(graph.w, graph.h, input.text, options.scale, measureText);
  let alive = true;
  const release = () => {
    if (alive) dispose();
    alive = false;
  };
  return Promise.resolve(render({ cy, region, release }, plan, graph)).finally(release);
}

/** The graph image's size in picture pixels, before the text around it. */
export type GraphSize = { w: number; h: number };

/**
 * Graph image sizes measured so far, by the options that change them. The picture's text
 * (title, source line, legend) does not: typing a title re-plans the picture around the size
 * already measured instead of styling and measuring every label of the graph again (0.8 s
 * at 1,000 actors). Valid while the graph does not change, e.g. for one open dialog.
 */
export type GraphSizes = Map<string, GraphSize>;

const graphSizeKey = ({ scope, scale, footnotes }: SnapshotOptions) =>
  `${scope} ${scale} ${footnotes}`;

/** The exact pixel size of the picture, and whether the browser can make it. */
export async function snapshotSize(
  input: SnapshotInput,
  measured: GraphSizes = new Map(),
): Promise<{ width: number; height: number; fits: boolean }> {
  const { options } = input;
  const main = input.graph.cy;
  const key = graphSizeKey(options);
  let graph = measured.get(key);
  // The view needs no measuring: it is the graph panel's size.
  if (!graph && options.scope === 'view')
    graph = {
      w: Math.round(main.width() * options.scale),
      h: Math.round(main.height() * options.scale),
    };
  graph ??= await withOffscreen(input, (_drawing, _plan, size) => size);
  measured.set(key, graph);
  const plan = planSnapshot(graph.w, graph.h, input.text, options.scale, measureText);
  return { width: plan.width, height: plan.height, fits: fitsCanvas(plan.width, plan.height) };
}

export class CanvasTooLargeError extends Error {
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    super(`${width} × ${height} px is more than the browser can draw`);
  }
}

type GraphImageOptions = { full: boolean; scale: number; bg?: string };

/**
 * The graph drawn at the picture's scale. Cytoscape's `png()` encodes a PNG which would only
 * be decoded again to be drawn into the picture: at tens of megapixels that round trip costs
 * seconds, so the canvas its renderer draws is taken directly where the renderer offers it.
 */
async function graphImage(cy: Core, options: GraphImageOptions): Promise<CanvasImageSource> {
  const renderer = (
    cy as unknown as { renderer?: () => { bufferCanvasImage?: (o: object) => unknown } }
  ).renderer?.();
  const canvas = renderer?.bufferCanvasImage?.(options);
  if (canvas instanceof HTMLCanvasElement) return canvas;
  return createImageBitmap(await cy.png({ ...options, output: 'blob-promise' }));
}

/** The picture as a PNG blob, drawn in steps with progress. */
export async function snapshotPng(
  input: SnapshotInput,
  onProgress: (f: number) => void = () => {},
): Promise<Blob> {
  onProgress(0.1);
  await breathe();
  // From the offscreen instance's creation to its release nothing waits: it draws no frame.
  return withOffscreen(input, async ({ cy, region, release }, plan) => {
    if (!fitsCanvas(plan.width, plan.height))
      throw new CanvasTooLargeError(plan.width, plan.height);
    const { scope, scale, background } = input.options;
    const graph = region
      ? overviewGraphPainter(input.graph, input.highlight, cy, region, input.options)
      : await graphImage(cy, {
          full: scope === 'whole',
          scale,
          ...(background === 'white' ? { bg: '#ffffff' } : {}),
        });
    const canvas = document.createElement('canvas');
    canvas.width = plan.width;
    canvas.height = plan.height;
    const c = canvas.getContext('2d');
    if (!c) throw new CanvasTooLargeError(plan.width, plan.height);
    drawPlan(c, plan, graph, background === 'white' ? '#ffffff' : null);
    release();
    onProgress(0.6);
    await breathe();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new CanvasTooLargeError(plan.width, plan.height);
    onProgress(1);
    return blob;
  });
}

/** The same picture as SVG text. */
export function snapshotSvg(input: SnapshotInput): Promise<string> {
  return withOffscreen(
    input,
    ({ cy }, plan) => renderSvg(cy, plan, input.options, measureText),
    true,
  );
}
