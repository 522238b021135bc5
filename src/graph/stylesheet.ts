import type { StylesheetJson } from 'cytoscape';
import { STATUS_KEYS } from '../model/status';
import { STATUS_LINES } from '../model/statusStyle';

/*
 * One declarative stylesheet: colours and shapes come from element data (precomputed
 * per kind/type), line styles from status selectors. No function-valued styles, so
 * Cytoscape can cache everything.
 */
const statusRules: StylesheetJson = STATUS_KEYS.map((status) => {
  const line = STATUS_LINES[status];
  return {
    selector: `edge[status = "${status}"]`,
    style: {
      width: line.width,
      'line-style': line.dash.length ? 'dashed' : 'solid',
      ...(line.dash.length ? { 'line-dash-pattern': [...line.dash] } : {}),
      'target-arrow-shape': line.arrow,
    },
  };
});

export const BASE_STYLESHEET: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      shape: 'data(shape)' as never,
      label: 'data(label)',
      width: 30,
      height: 30,
      'border-width': 1.5,
      'border-color': '#1f1f1f',
      color: '#111111',
      'font-size': 13,
      'font-family': 'system-ui, "DejaVu Sans", sans-serif',
      'text-valign': 'bottom',
      'text-margin-y': 5,
      'text-wrap': 'wrap',
      'text-max-width': '130px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
    },
  },
  {
    selector: ':parent',
    style: {
      'background-opacity': 0.08,
      'border-style': 'dashed',
      'text-valign': 'top',
      'text-margin-y': -4,
    },
  },
  {
    selector: 'edge',
    style: {
      'curve-style': 'bezier',
      'control-point-step-size': 36,
      'line-color': 'data(color)',
      'target-arrow-color': 'data(color)',
      'arrow-scale': 1.2,
      label: 'data(label)',
      'font-size': 10.5,
      'font-family': 'system-ui, "DejaVu Sans", sans-serif',
      color: '#222222',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '1px',
      'text-margin-y': -1,
    },
  },
  ...statusRules,
  { selector: 'edge[!directed]', style: { 'target-arrow-shape': 'none' } },
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
    selector: '.focused',
    style: {
      'underlay-color': '#000000',
      'underlay-opacity': 0.18,
      'underlay-padding': 6,
    },
  },
];
