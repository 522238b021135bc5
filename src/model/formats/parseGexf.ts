import { problem, type Problem } from '../problem';
import { rgbHex } from './buildDataset';
import { EMBEDDED_KEY } from './embedded';
import type { RawEdge, RawGraph, RawNode } from './rawGraph';
import { attr, list, parseXml, text, typedValue, type XmlNode } from './xml';
import type { Point } from '../geometry';

interface Attribute {
  title: string;
  type?: string;
  default?: string;
}

function readAttributes(graph: XmlNode, cls: 'node' | 'edge'): Map<string, Attribute> {
  const out = new Map<string, Attribute>();
  for (const block of list(graph.attributes)) {
    if ((attr(block, 'class') ?? 'node') !== cls) continue;
    for (const a of list(block.attribute)) {
      const id = attr(a, 'id');
      if (id === undefined) continue;
      const def = list(a.default)[0];
      out.set(id, {
        title: attr(a, 'title') ?? id,
        type: attr(a, 'type'),
        ...(def !== undefined ? { default: text(def) } : {}),
      });
    }
  }
  return out;
}

/** GEXF list types ("[1, 1.5]", "a|b"): JSON when it parses, otherwise the text as written. */
function gexfValue(raw: string, type: string | undefined): unknown {
  if (type?.startsWith('list')) {
    try {
      return JSON.parse(raw);
    } catch {
      return raw;
    }
  }
  return typedValue(raw, type);
}

function readAttvalues(el: XmlNode, defs: Map<string, Attribute>): Record<string, unknown> {
  const attrs: Record<string, unknown> = {};
  for (const d of defs.values())
    if (d.default !== undefined) attrs[d.title] = gexfValue(d.default, d.type);
  const holders = list(el.attvalues);
  for (const holder of holders) {
    for (const v of list(holder.attvalue)) {
      const key = attr(v, 'for') ?? attr(v, 'id') ?? '';
      const def = defs.get(key);
      const value = attr(v, 'value') ?? '';
      attrs[def?.title ?? key] = gexfValue(value, def?.type);
    }
  }
  return attrs;
}

function vizColor(el: XmlNode): string | undefined {
  const c = el.color as XmlNode | undefined;
  if (!c) return undefined;
  const hex = attr(c, 'hex');
  if (hex && /^#[0-9a-fA-F]{6}$/.test(hex)) return hex.toLowerCase();
  const [r, g, b] = ['r', 'g', 'b'].map((n) => Number(attr(c, n)));
  return [r, g, b].every((v) => Number.isFinite(v) && v! >= 0 && v! <= 255)
    ? rgbHex(r!, g!, b!)
    : undefined;
}

function vizPosition(el: XmlNode): Point | undefined {
  const p = el.position as XmlNode | undefined;
  if (!p) return undefined;
  const x = Number(attr(p, 'x'));
  const y = Number(attr(p, 'y'));
  // GEXF's y axis points up; the screen's points down.
  return Number.isFinite(x) && Number.isFinite(y) ? { x, y: y === 0 ? 0 : -y } : undefined;
}

/** GEXF 1.1draft, 1.2 and 1.3: typed attributes, viz colours and positions, hierarchy via pid or nesting. */
export function parseGexf(source: string): { graph?: RawGraph; problems: Problem[] } {
  const xml = parseXml(source);
  if (!xml.ok) return { problems: xml.problems };
  const root = xml.root.gexf as XmlNode | undefined;
  const graph = root && typeof root === 'object' ? list(root.graph)[0] : undefined;
  if (!root || !graph)
    return { problems: [problem('AG005', '$', 'The GEXF file has no <gexf><graph> element.')] };
  const nodeDefs = readAttributes(graph, 'node');
  const edgeDefs = readAttributes(graph, 'edge');

  const nodes: RawNode[] = [];
  const walk = (holder: XmlNode, parent: string | undefined) => {
    for (const block of list(holder.nodes)) {
      for (const n of list(block.node)) {
        const id = attr(n, 'id');
        if (id === undefined) continue;
        const node: RawNode = { id, attrs: readAttvalues(n, nodeDefs) };
        const label = attr(n, 'label');
        if (label !== undefined) node.label = label;
        const color = vizColor(n);
        if (color) node.color = color;
        const position = vizPosition(n);
        if (position) node.position = position;
        const size = attr(n.size as XmlNode | undefined, 'value');
        if (size !== undefined && node.attrs.size === undefined) node.attrs.size = Number(size);
        const pid = attr(n, 'pid') ?? parent;
        if (pid !== undefined) node.parent = pid;
        nodes.push(node);
        walk(n, id);
      }
    }
  };
  walk(graph, undefined);

  const edges: RawEdge[] = [];
  for (const block of list(graph.edges)) {
    for (const e of list(block.edge)) {
      const edge: RawEdge = {
        place: `edge ${edges.length + 1}${attr(e, 'id') ? ` ("${attr(e, 'id')}")` : ''}`,
        attrs: readAttvalues(e, edgeDefs),
      };
      const [id, s, t, label, kind, type, weight] = [
        'id',
        'source',
        'target',
        'label',
        'kind',
        'type',
        'weight',
      ].map((a) => attr(e, a));
      if (id !== undefined) edge.id = id;
      if (s !== undefined) edge.source = s;
      if (t !== undefined) edge.target = t;
      if (label !== undefined) edge.label = label;
      if (kind !== undefined && kind !== '') edge.type = kind;
      if (type !== undefined) edge.directed = type === 'directed';
      if (weight !== undefined) edge.attrs.weight = Number(weight);
      edges.push(edge);
    }
  }
  const meta = (root.meta ?? {}) as XmlNode;
  const title = text(meta.title ?? meta.Title).trim() || undefined;
  const description = text(meta.description ?? meta.Description).trim() || undefined;
  const embedded = meta[EMBEDDED_KEY] !== undefined ? text(meta[EMBEDDED_KEY]) : undefined;
  return {
    graph: {
      ...(title ? { title } : {}),
      ...(description ? { description } : {}),
      directed: attr(graph, 'defaultedgetype') !== 'undirected',
      nodes,
      edges,
      ...(embedded !== undefined ? { embedded } : {}),
    },
    problems: xml.problems,
  };
}
