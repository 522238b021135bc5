import type { RawEdge, RawGraph, RawNode } from './rawGraph';
import type { Point } from '../geometry';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;

/** Is this parsed JSON a Cytoscape.js element dump or a Cytoscape desktop .cyjs export? */
export function looksLikeCytoscape(value: unknown): boolean {
  if (Array.isArray(value)) return value.some((e) => isObj(e) && isObj(e.data));
  return isObj(value) && (Array.isArray(value.elements) || isObj(value.elements));
}

function position(v: unknown): Point | undefined {
  if (!isObj(v) || typeof v.x !== 'number' || typeof v.y !== 'number') return undefined;
  return Number.isFinite(v.x) && Number.isFinite(v.y) ? { x: v.x, y: v.y } : undefined;
}

/**
 * Cytoscape.js JSON (`elements` as {nodes, edges} or a flat array with `group`) and
 * Cytoscape desktop .cyjs. Compound parents (`data.parent`) become `parent`; a nodes' and
 * edges' `data` fields become attributes.
 */
export function parseCytoscape(value: unknown): RawGraph {
  const root = isObj(value) ? value : {};
  const elements = Array.isArray(value) ? value : root.elements;
  const list: { group: 'nodes' | 'edges'; el: Obj }[] = [];
  if (Array.isArray(elements)) {
    for (const el of elements) {
      if (!isObj(el) || !isObj(el.data)) continue;
      const group =
        el.group === 'edges' || (el.group === undefined && 'source' in el.data) ? 'edges' : 'nodes';
      list.push({ group, el });
    }
  } else if (isObj(elements)) {
    for (const group of ['nodes', 'edges'] as const) {
      const items = elements[group];
      if (Array.isArray(items))
        for (const el of items) if (isObj(el) && isObj(el.data)) list.push({ group, el });
    }
  }
  const nodes: RawNode[] = [];
  const edges: RawEdge[] = [];
  list.forEach(({ group, el }, i) => {
    const { id, source, target, parent, label, ...attrs } = el.data as Obj;
    if (group === 'nodes') {
      const nodeId = str(id);
      if (nodeId === undefined) return;
      const node: RawNode = {
        id: nodeId,
        attrs: { ...attrs, ...(label !== undefined ? { label } : {}) },
      };
      if (str(parent)) node.parent = str(parent);
      const p = position(el.position);
      if (p) node.position = p;
      if (typeof el.classes === 'string' && el.classes.trim()) node.attrs.classes = el.classes;
      nodes.push(node);
    } else {
      const edge: RawEdge = { place: `elements[${i}]`, attrs: { ...attrs } };
      if (str(id) !== undefined) edge.id = str(id);
      if (str(source) !== undefined) edge.source = str(source);
      if (str(target) !== undefined) edge.target = str(target);
      if (typeof label === 'string') edge.label = label;
      edges.push(edge);
    }
  });
  const data = isObj(root.data) ? root.data : {};
  const title = str(data.name) ?? str(data.shared_name) ?? str(data.title);
  return { ...(title ? { title } : {}), directed: true, nodes, edges };
}
