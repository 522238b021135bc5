import { exportActorGraph } from '../model/formats/exportActorGraph';
import type { GraphState } from '../store/graphStore';
import { viewSearch } from '../store/viewParams';

const SLOT = '<!--actor-graph-data-->';

/** JSON that is safe inside a <script> element (no "</script>", no HTML comment openers). */
const scriptSafe = (json: string) =>
  json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/**
 * Fills the standalone template (the single-file build, everything inlined) with the current
 * dataset and view, so one HTML file shows this graph from disk, offline.
 */
export function fillStandalone(template: string, s: GraphState): string {
  const data = exportActorGraph(s.dataset).text;
  const name = s.datasetName.replace(/"/g, '');
  const view = viewSearch({ ...s, origin: { kind: 'local' } });
  const blocks =
    `<script type="application/json" id="actor-graph-dataset" data-name="${name}">${scriptSafe(data)}</script>\n` +
    `<script type="application/json" id="actor-graph-view">${scriptSafe(view)}</script>\n`;
  // The slot is the last occurrence: the inlined script (in <head>) mentions it too.
  const at = template.lastIndexOf(SLOT);
  if (at === -1) throw new Error('the standalone template has no data slot');
  return template.slice(0, at) + blocks + template.slice(at + SLOT.length);
}
