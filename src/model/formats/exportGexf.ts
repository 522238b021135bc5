import type { Dataset } from '../schema';
import { EMBEDDED_KEY, writeEmbedded } from './embedded';
import { actorAttrs, columnsOf, formatValue, relationAttrs, type AttrValue } from './exportFields';
import type { XmlExport } from './exportGraphml';
import { XmlWriter } from './xmlWriter';

const GEXF_TYPE = { string: 'string', double: 'double', boolean: 'boolean' } as const;

/** GEXF 1.3 for Gephi: labels, typed attributes, viz colours and positions, pid parents. */
export function exportGexf(d: Dataset): XmlExport {
  const w = new XmlWriter();
  // label and parent live in the node element itself, type and label in the edge's.
  const nodeRows = d.actors.map((a) => {
    const { label: _l, parent: _p, color: _c, ...rest } = actorAttrs(a, d.metrics);
    return rest;
  });
  const edgeRows = d.relations.map((r) => {
    const { type: _t, label: _l, ...rest } = relationAttrs(r);
    return rest;
  });
  const nodeCols = [...columnsOf(nodeRows)];
  const edgeCols = [...columnsOf(edgeRows)];
  const undirected = new Set(d.relationTypes.filter((t) => !t.directed).map((t) => t.id));

  w.open('gexf', {
    xmlns: 'http://gexf.net/1.3',
    'xmlns:viz': 'http://gexf.net/1.3/viz',
    'xmlns:ag': 'urn:actor-graph',
    version: '1.3',
  }).raw('\n');
  w.open('meta').element('creator', {}, 'Actor Graph').element('title', {}, d.title);
  if (d.description !== undefined) w.element('description', {}, d.description);
  w.element(`ag:${EMBEDDED_KEY}`, {}, writeEmbedded(d)).close('meta').raw('\n');
  w.open('graph', { defaultedgetype: 'directed', mode: 'static' }).raw('\n');
  const declare = (cls: string, cols: [string, keyof typeof GEXF_TYPE][]) => {
    w.open('attributes', { class: cls });
    cols.forEach(([name, type], i) =>
      w.element('attribute', { id: `${cls[0]}${i}`, title: name, type: GEXF_TYPE[type] }),
    );
    w.close('attributes').raw('\n');
  };
  declare('node', nodeCols);
  declare('edge', edgeCols);
  const values = (row: Record<string, AttrValue>, cls: string, cols: [string, unknown][]) => {
    w.open('attvalues');
    cols.forEach(([name], i) => {
      const v = row[name];
      if (v !== undefined) w.element('attvalue', { for: `${cls[0]}${i}`, value: formatValue(v) });
    });
    w.close('attvalues');
  };
  w.open('nodes').raw('\n');
  d.actors.forEach((a, i) => {
    w.open('node', { id: a.id, label: a.label, pid: a.parent });
    values(nodeRows[i]!, 'node', nodeCols);
    if (a.color) {
      const [r, g, b] = [1, 3, 5].map((p) => parseInt(a.color!.slice(p, p + 2), 16));
      w.element('viz:color', { r, g, b });
    }
    // GEXF's y axis points up.
    if (a.position)
      w.element('viz:position', {
        x: a.position.x,
        y: a.position.y === 0 ? 0 : -a.position.y,
        z: 0,
      });
    w.close('node').raw('\n');
  });
  w.close('nodes').raw('\n').open('edges').raw('\n');
  d.relations.forEach((r, i) => {
    w.open('edge', {
      id: r.id,
      source: r.source,
      target: r.target,
      kind: r.type,
      label: r.label,
      type: undirected.has(r.type) ? 'undirected' : undefined,
    });
    values(edgeRows[i]!, 'edge', edgeCols);
    w.close('edge').raw('\n');
  });
  w.close('edges').raw('\n').close('graph').raw('\n').close('gexf').raw('\n');
  return { text: w.toString(), removedCharacters: w.removed };
}
