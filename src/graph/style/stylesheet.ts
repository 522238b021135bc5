import type { StylesheetJson } from 'cytoscape';
import { STATUS_KEYS } from '../../model/status';
import { STATUS_LINES, widthFor } from '../../model/statusStyle';
import type { DrawingMode } from '../mode';
import {
  ACTOR_LOOK,
  CLASSES,
  DISPUTED_LOOK,
  FADED_OPACITY,
  FONT_FAMILY,
  RELATION_FONT,
  RELATION_TEXT_COLOR,
  disputedCoreWidth,
  SEARCH_COLOR,
} from './look';

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

/** Relations told by two, or three and more, independent sources are drawn wider. */
const sourceRules: StylesheetJson = STATUS_KEYS.flatMap((status) =>
  [2, 3].map((n) => ({
    selector: `edge[status = "${status}"][sources = ${n}]`,
    style: { width: widthFor(status, n) },
  })),
);

/** Large graphs: arrowheads only on edges in detail (see levelOfDetail.ts). */
const detailArrowRules: StylesheetJson = STATUS_KEYS.map((status) => ({
  selector: `edge.detail[status = "${status}"]`,
  style: { 'target-arrow-shape': STATUS_LINES[status].arrow },
}));

const NODE_LABEL = {
  label: 'data(label)',
  color: ACTOR_LOOK.textColor,
  'font-size': ACTOR_LOOK.font,
  'font-family': FONT_FAMILY,
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
  'font-family': FONT_FAMILY,
  color: RELATION_TEXT_COLOR,
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
  'border-width': ACTOR_LOOK.border,
  'border-color': ACTOR_LOOK.borderColor,
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
      'line-color': DISPUTED_LOOK.core,
      'line-outline-width': DISPUTED_LOOK.outline,
      'line-outline-color': 'data(color)',
      width: DISPUTED_LOOK.width,
    },
  },
  // Wider, like any line, with two or three and more independent sources.
  ...[2, 3].map((n) => ({
    selector: `edge[?disputed][sources = ${n}]`,
    style: { width: disputedCoreWidth(n) },
  })),
];

/** A collapsed camp and its links (graph/campNodes.ts): named, counted, in every mode. */
const CAMPS: StylesheetJson = [
  {
    selector: 'node.camp',
    style: {
      ...NODE_LABEL,
      label: 'data(label)',
      'border-width': 4,
      'border-style': 'double',
      'z-index': 5,
    },
  },
  {
    selector: 'edge.camp-link',
    style: {
      ...EDGE_LABEL,
      label: 'data(label)',
      width: 'mapData(count, 1, 50, 1.5, 9)',
      'curve-style': 'straight',
      'target-arrow-shape': 'none',
      'line-style': 'solid',
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
  { selector: `.${CLASSES.hidden}`, style: { display: 'none' } },
  { selector: `.${CLASSES.faded}`, style: { opacity: FADED_OPACITY, 'text-opacity': 0.1 } },
  {
    selector: `node.${CLASSES.highlighted}`,
    style: { 'border-width': 3, 'border-color': '#000000', 'z-index': 10 },
  },
  { selector: `edge.${CLASSES.highlighted}`, style: { 'z-index': 10, 'font-weight': 'bold' } },
  {
    selector: `node.${CLASSES.searchMatch}`,
    style: { 'border-width': 4, 'border-color': SEARCH_COLOR, 'border-style': 'double' },
  },
  {
    selector: 'node.search-current',
    style: {
      'border-width': 6,
      'border-color': SEARCH_COLOR,
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
    style: { 'underlay-color': SEARCH_COLOR, 'underlay-opacity': 0.35, 'underlay-padding': 6 },
  },
  {
    selector: `.${CLASSES.selected}`,
    style: {
      'underlay-color': '#000000',
      'underlay-opacity': 0.18,
      'underlay-padding': 6,
    },
  },
];

/** An actor sized by a measure (graph/contents setActorMarks): the others keep the look's size. */
const SIZED: StylesheetJson = [
  { selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } },
];

export const BASE_STYLESHEET: StylesheetJson = [
  { selector: 'node', style: { ...NODE_SHAPE, ...NODE_LABEL } },
  ...SIZED,
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
  ...sourceRules,
  { selector: 'edge[!directed]', style: { 'target-arrow-shape': 'none' } },
  ...DISPUTED,
  ...CLAIMS_AND_LAYERS,
  ...CAMPS,
];

/**
 * The lean sheet for large graphs (the `lean` and `overview` modes). Every property an element carries costs Cytoscape work
 * per element, so the many stay bare: shape, colour, status line, straight edges. Labels and
 * arrowheads belong to the few elements in `detail` (legible at the current zoom, picked by
 * levelOfDetail.ts) and to whatever the user is looking at: the highlight, the selection,
 * the search.
 */
export const LARGE_STYLESHEET: StylesheetJson = [
  { selector: 'node', style: NODE_SHAPE },
  ...SIZED,
  ...PARENT,
  // Haystack lines are Cytoscape's cheapest edges; what is looked at closely becomes straight
  // with its arrowhead.
  { selector: 'edge', style: { ...EDGE_LINE, 'curve-style': 'haystack', 'arrow-scale': 0.9 } },
  {
    selector: 'edge.detail, edge.highlighted, edge.selected',
    style: { 'curve-style': 'straight' },
  },
  ...statusRules(false),
  ...sourceRules,
  ...DISPUTED,
  {
    selector: 'node.detail, node.highlighted, node.selected, node.search-current',
    style: NODE_LABEL,
  },
  { selector: 'edge.detail, edge.highlighted, edge.selected', style: EDGE_LABEL },
  { selector: `.${CLASSES.decluttered}`, style: { label: '' } },
  ...detailArrowRules,
  ...STATUS_KEYS.map((status) => ({
    selector: `edge.highlighted[status = "${status}"], edge.selected[status = "${status}"]`,
    style: { 'target-arrow-shape': STATUS_LINES[status].arrow },
  })),
  { selector: 'edge[!directed]', style: { 'target-arrow-shape': 'none' } },
  ...CLAIMS_AND_LAYERS,
  ...CAMPS,
];

/**
 * The overview mode: the overview canvas (overview/overviewLayer.ts) paints the many, and
 * Cytoscape holds only the few elements kept on it (contents/overviewContents.ts). It draws in
 * full what carries its styling — detail, marks, claims, compound groups, an actor being
 * dragged; the rest it holds at opacity 0, there to answer clicks, hovers and drags.
 */
const OVERVIEW_RULES: StylesheetJson = [
  { selector: 'node, edge', style: { opacity: 0 } },
  {
    selector:
      ':parent, node.claim, edge.assertion, .camp, .camp-link, .detail, .hovered, .search-current, .dispute-partner, node:grabbed, edge.dragged',
    style: { opacity: 1 },
  },
];

/** The sheet of a drawing mode (the lean one without the overview's rules for a snapshot). */
export function stylesheetFor(mode: DrawingMode): StylesheetJson {
  if (mode === 'full') return BASE_STYLESHEET;
  return mode === 'overview' ? [...LARGE_STYLESHEET, ...OVERVIEW_RULES] : LARGE_STYLESHEET;
}
