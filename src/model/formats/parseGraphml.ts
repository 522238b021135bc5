import { problem, type Problem } from '../problem';
import { EMBEDDED_KEY } from './embedded';
import type { RawEdge, RawGraph, RawNode } from './rawGraph';
import { attr, list, parseXml, text, typedValue, type XmlNode } from './xml';
import type { Point } from '../geometry';

interface Key {
  name: string;
  type?: string;
  for: string;
  default?: string;
  /** yEd drawing data (nodegraphics, edgegraphics), read for labels, geometry and fill. */
  yfiles?: string;
}

function readKeys(root: XmlNode): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const k of list(root.key)) {
    const id = attr(k, 'id');
    if (!id) continue;
    const def = list(k.default)[0];
    keys.set(id, {
      name: attr(k, 'attr.name') ?? id,
      type: attr(k, 'attr.type'),
      for: attr(k, 'for') ?? 'all',
      ...(def !== undefined ? { default: text(def) } : {}),
      ...(attr(k, 'yfiles.type') ? { yfiles: attr(k, 'yfiles.type') } : {}),
    });
  }
  return keys;
}

/** yEd keeps labels as the text of y:NodeLabel / y:EdgeLabel, geometry in y:Geometry, colour in y:Fill. */
function yedGraphics(data: XmlNode): {
  label?: string;
  position?: Point;
  color?: string;
} {
  const shape = Object.values(data).find((v) => v && typeof v === 'object' && !Array.isArray(v)) as
    XmlNode | undefined;
  const holder = shape ?? data;
  const out: { label?: string; position?: Point; color?: string } = {};
  const labels = [...list(holder.NodeLabel), ...list(holder.EdgeLabel)]
    .map((l) => text(l).trim())
    .filter(Boolean);
  if (labels[0]) out.label = labels[0];
  const geometry = holder.Geometry as XmlNode | undefined;
  if (geometry) {
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((n) => Number(attr(geometry, n) ?? 0));
    if ([x, y, w, h].every(Number.isFinite)) out.position = { x: x! + w! / 2, y: y! + h! / 2 };
  }
  const fill = attr(holder.Fill as XmlNode | undefined, 'color');
  if (fill && /^#[0-9a-fA-F]{6}/.test(fill)) out.color = fill.slice(0, 7).toLowerCase();
  return out;
}

function readData(el: XmlNode, keys: Map<string, Key>, scope: string) {
  const attrs: Record<string, unknown> = {};
  for (const k of keys.values()) {
    if ((k.for === scope || k.for === 'all') && k.default !== undefined && !k.yfiles) {
      attrs[k.name] = typedValue(k.default, k.type);
    }
  }
  let graphics: ReturnType<typeof yedGraphics> = {};
  for (const d of list(el.data)) {
    const key = keys.get(attr(d, 'key') ?? '');
    if (!key) continue;
    if (key.yfiles) {
      if (key.yfiles === 'nodegraphics' || key.yfiles === 'edgegraphics') graphics = yedGraphics(d);
      continue;
    }
    attrs[key.name] = typedValue(text(d), key.type);
  }
  return { attrs, graphics };
}

/** GraphML, including yEd files and nested graphs (a node's inner graph makes it a parent). */
export function parseGraphml(source: string): { graph?: RawGraph; problems: Problem[] } {
  const xml = parseXml(source);
  if (!xml.ok) return { problems: xml.problems };
  const root = xml.root.graphml as XmlNode | undefined;
  if (!root || typeof root !== 'object') {
    return { problems: [problem('AG005', '$', 'The XML has no <graphml> root element.')] };
  }
  const keys = readKeys(root);
  const top = list(root.graph)[0];
  if (!top)
    return { problems: [problem('AG005', '$', 'The GraphML file has no <graph> element.')] };

  const nodes: RawNode[] = [];
  const edges: RawEdge[] = [];
  const walk = (graph: XmlNode, parent: string | undefined) => {
    for (const n of list(graph.node)) {
      const id = attr(n, 'id');
      if (id === undefined) continue;
      const { attrs, graphics } = readData(n, keys, 'node');
      const node: RawNode = { id, attrs };
      if (graphics.label !== undefined) node.label = graphics.label;
      if (graphics.position) node.position = graphics.position;
      if (graphics.color) node.color = graphics.color;
      if (parent !== undefined) node.parent = parent;
      nodes.push(node);
      for (const inner of list(n.graph)) walk(inner, id);
    }
    for (const e of list(graph.edge)) {
      const { attrs, graphics } = readData(e, keys, 'edge');
      const edge: RawEdge = {
        place: `edge ${edges.length + 1}${attr(e, 'id') ? ` ("${attr(e, 'id')}")` : ''}`,
        attrs,
      };
      const [id, s, t, directed] = ['id', 'source', 'target', 'directed'].map((a) => attr(e, a));
      if (id !== undefined) edge.id = id;
      if (s !== undefined) edge.source = s;
      if (t !== undefined) edge.target = t;
      if (directed !== undefined) edge.directed = directed === 'true';
      if (graphics.label !== undefined) edge.label = graphics.label;
      edges.push(edge);
    }
  };
  walk(top, undefined);

  const graphData = readData(top, keys, 'graph').attrs;
  const embedded = graphData[EMBEDDED_KEY];
  const title =
    typeof graphData.title === 'string'
      ? graphData.title
      : typeof graphData.name === 'string'
        ? graphData.name
        : undefined;
  return {
    graph: {
      ...(title ? { title } : {}),
      directed: attr(top, 'edgedefault') !== 'undirected',
      nodes,
      edges,
      ...(embedded !== undefined ? { embedded } : {}),
    },
    problems: xml.problems,
  };
}
