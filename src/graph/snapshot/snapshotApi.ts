import type { GraphState } from '../../store/graphStore';
import { snapshotText } from '../../store/snapshotText';
import { getActiveGraph } from '../activeGraph';
import { highlightIds } from '../highlight/highlight';
import type { SnapshotOptions } from './options';
import {
  snapshotPng as pngOf,
  snapshotSize as sizeOf,
  snapshotSvg as svgOf,
  type GraphSizes,
  type SnapshotInput,
} from './snapshot';

export { CanvasTooLargeError, type GraphSizes } from './snapshot';

/** The picture of the graph on screen, for this state and these options. */
function inputFor(state: GraphState, options: SnapshotOptions): SnapshotInput {
  const graph = getActiveGraph();
  if (!graph) throw new Error('no graph is shown');
  const { text, numbers } = snapshotText(state, {
    ...(options.title ? { title: options.title } : {}),
    source: options.source,
    legend: options.legend,
    footnotes: options.footnotes,
  });
  return { graph, highlight: highlightIds(state, graph.cy), options, text, numbers };
}

/** The exact pixel size of the picture, and whether the browser can make it. */
export const snapshotSize = (state: GraphState, options: SnapshotOptions, measured?: GraphSizes) =>
  sizeOf(inputFor(state, options), measured);

/** The picture as a PNG, drawn in steps with progress. */
export const snapshotPng = (
  state: GraphState,
  options: SnapshotOptions,
  onProgress?: (fraction: number) => void,
) => pngOf(inputFor(state, options), onProgress);

/** The same picture as SVG text. */
export const snapshotSvg = (state: GraphState, options: SnapshotOptions) =>
  svgOf(inputFor(state, options));
