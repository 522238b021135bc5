import type { StylesheetJson } from 'cytoscape';
import { STATUS_KEYS } from '../model/status';
import { STATUS_LINES } from '../model/statusStyle';

/*
 * One declarative stylesheet: colours and shapes come from element data (precomputed
 * per kind/type), line styles from status selectors. No function-valued styles, so
 * Cytoscape can cache everything.
 */
const statusRules = (arrows: boolean): StylesheetJson =>
  STATUS_KEYS.map((status) => {
    const line = STATUS_LINES[status];
    return {
      selector: `edge[status = "${status}"]`,
      style: {
        width: line.width,
        'line-style': line.dash.length ? 'dashed' : 'solid',
        ...(line.dash.length ? { 'line-dash-pattern': [...line.dash] } : {}),
        'target-arrow-shape': arrows ? line.arrow : 'none',
      },
    };
  });

/** Large graphs: arrowheads only on edges in detail (see levelOfDetail.ts). */
const detailArrowRules: StylesheetJson = STATUS_KEYS.map((status) => ({
  selector: `edge.detail[status = "${status}"]`,
  style: { 'target-arrow-shape': STATUS_LINES[status].arrow },
}));

const FONT = 'system-ui, "DejaVu Sans", sans-serif';

/** How an actor and its name are drawn, in graph units (name placement reads it too). */
export const ACTOR_LOOK = { node: 30, font: 13, maxWidth: 130, margin: 5 } as const;
/** A relation label's size in graph units. */
export const RELATION_FONT = 10.5;
/** Names and relation labels left out because they would cover others (labelDeclutter.ts). */
export const QUIET = 'quiet';

const NODE_LABEL = {
  label: 'data(label)',
  color: '#111111',
  'font-size': ACTOR_LOOK.font,
  'font-family': FONT,
  'text-valign': 'bottom',
  'text-margin-y': ACTOR_LOOK.margin,
  'text-wrap': 'wrap',
  'text-max-width': `${ACTOR_LOOK.maxWidth}px`,
  'text-background-color': '#ffffff',
  'text-background-opacity': 0.85,
  'text-background-padding': '2px',
  'text-background-shape': 'roundrectangle',
  // Level of detail: labels too small to read are not drawn at all.
  'min-zoomed-font-size': 7,
} as const;

const EDGE_LABEL = {
  label: 'data(label)',
  'font-size': RELATION_FONT,
  'font-family': FONT,
  color: '#222222',
  'text-rotation': 'autorotate',
  'text-background-color': '#ffffff',
  'text-background-opacity': 0.9,
  'text-background-padding': '1px',
  'text-margin-y': -1,
  'min-zoomed-font-size': 8,
} as const;

const NODE_SHAPE = {
  'background-color': 'data(color)',
  shape: 'data(shape)' as never,
  width: ACTOR_LOOK.node,
  height: ACTOR_LOOK.node,
  'border-width': 1.5,
  'border-color': '#1f1f1f',
} as const;

const EDGE_LINE = {
  'line-color': 'data(color)',
  'target-arrow-color': 'data(color)',
} as const;

const PARENT: StylesheetJson = [
  {
    selector: ':parent',
    style: {
      'background-opacity': 0.08,
      'border-style': 'dashed',
      'text-valign': 'top',
      'text-margin-y': -4,
    },
  },
];

/** What every size shares: disputes, the "who says so" view, and the class layers. */
const DISPUTED: StylesheetJson = [
  {
    // A disputed claim is drawn as a double line: a white core inside a coloured outline.
    selector: 'edge[?disputed]',
    style: {
      'line-color': '#ffffff',
      'line-outline-width': 2,
      'line-outline-color': 'data(color)',
      width: 3,
    },
  },
];

const CLAIMS_AND_LAYERS: StylesheetJson = [
  { selector: 'edge.claimed', style: { label: '' } },
  {
    selector: 'node.claim',
    style: {
      shape: 'round-tag',
      width: 16,
      height: 16,
      'background-color': '#ffffff',
      'border-width': 2,
      'border-color': '#1d2733',
      'font-size': 10.5,
      'font-style': 'italic',
      'text-max-width': '200px',
    },
  },
  {
    selector: 'edge.assertion',
    style: {
      'line-color': '#5f5f5f',
      'target-arrow-color': '#5f5f5f',
      'target-arrow-shape': 'vee',
      'line-style': 'dashed',
      'line-dash-pattern': [4, 3],
      width: 1.5,
      'font-size': 9.5,
      'font-style': 'italic',
      'curve-style': 'bezier',
    },
  },
  { selector: '.hidden', style: { display: 'none' } },
  { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.1 } },
  {
    selector: 'node.highlighted',
    style: { 'border-width': 3, 'border-color': '#000000', 'z-index': 10 },
  },
  { selector: 'edge.highlighted', style: { 'z-index': 10, 'font-weight': 'bold' } },
  {
    selector: 'node.search-match',
    style: { 'border-width': 4, 'border-color': '#b35900', 'border-style': 'double' },
  },
  {
    selector: 'node.search-current',
    style: {
      'border-width': 6,
      'border-color': '#b35900',
      'border-style': 'solid',
      'font-weight': 'bold',
      'z-index': 20,
    },
  },
  {
    selector: 'edge.dispute-partner',
    style: { 'underlay-color': '#a4000f', 'underlay-opacity': 0.2, 'underlay-padding': 5 },
  },
  {
    selector: 'edge.hovered',
    style: { 'underlay-color': '#b35900', 'underlay-opacity': 0.35, 'underlay-padding': 6 },
  },
  {
    selector: '.focused',
    style: {
      'underlay-color': '#000000',
      'underlay-opacity': 0.18,
      'underlay-padding': 6,
    },
  },
];

export const BASE_STYLESHEET: StylesheetJson = [
  { selector: 'node', style: { ...NODE_SHAPE, ...NODE_LABEL } },
  ...PARENT,
  {
    selector: 'edge',
    style: {
      ...EDGE_LINE,
      ...EDGE_LABEL,
      'curve-style': 'bezier',
      'control-point-step-size': 36,
      'arrow-scale': 1.2,
    },
  },
  ...statusRules(true),
  { selector: 'edge[!directed]', style: { 'target-arrow-shape': 'none' } },
  ...DISPUTED,
  ...CLAIMS_AND_LAYERS,
];

/**
 * The lean sheet for large graphs. Every property an element carries costs Cytoscape work
 * per element, so the many stay bare: shape, colour, status line, straight edges. Labels and
 * arrowheads belong to the few elements in `detail` (legible at the current zoom, picked by
 * levelOfDetail.ts) and to whatever the user is looking at: the highlight, the selection,
 * the search.
 */
export const LARGE_STYLESHEET: StylesheetJson = [
  { selector: 'node', style: NODE_SHAPE },
  ...PARENT,
  // Haystack lines are Cytoscape's cheapest edges; what is looked at closely becomes straight
  // with its arrowhead.
  { selector: 'edge', style: { ...EDGE_LINE, 'curve-style': 'haystack', 'arrow-scale': 0.9 } },
  {
    selector: 'edge.detail, edge.highlighted, edge.focused',
    style: { 'curve-style': 'straight' },
  },
  ...statusRules(false),
  ...DISPUTED,
  {
    selector: 'node.detail, node.highlighted, node.focused, node.search-current',
    style: NODE_LABEL,
  },
  { selector: 'edge.detail, edge.highlighted, edge.focused', style: EDGE_LABEL },
  { selector: `.${QUIET}`, style: { label: '' } },
  ...detailArrowRules,
  ...STATUS_KEYS.map((status) => ({
    selector: `edge.highlighted[status = "${status}"], edge.focused[status = "${status}"]`,
    style: { 'target-arrow-shape': STATUS_LINES[status].arrow },
  })),
  { selector: 'edge[!directed]', style: { 'target-arrow-shape': 'none' } },
  ...CLAIMS_AND_LAYERS,
];

/**
 * Large graphs on the canvas renderer: the overview (overview/overviewLayer.ts) paints the
 * many, and Cytoscape holds only the few lifted onto its stage (offstage.ts). It draws in
 * full what carries its styling — detail, marks, claims, compound parents, a node being
 * dragged; the rest it holds at opacity 0, there to answer clicks, hovers and drags.
 */
const OVERVIEW_RULES: StylesheetJson = [
  { selector: 'node, edge', style: { opacity: 0 } },
  {
    selector:
      ':parent, node.claim, edge.assertion, .detail, .hovered, .search-current, .dispute-partner, node:grabbed, edge.dragged',
    style: { opacity: 1 },
  },
];

/** The sheet for a graph of this size; `overview` only for the live, canvas-drawn instance. */
export function stylesheetFor(large: boolean, overview = false): StylesheetJson {
  if (!large) return BASE_STYLESHEET;
  return overview ? [...LARGE_STYLESHEET, ...OVERVIEW_RULES] : LARGE_STYLESHEET;
}
