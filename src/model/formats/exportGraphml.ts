import type { Dataset } from '../schema';
import { EMBEDDED_KEY, writeEmbedded } from './embedded';
import { actorAttrs, columnsOf, formatValue, relationAttrs, type AttrValue } from './exportFields';
import { XmlWriter } from './xmlWriter';

export interface XmlExport {
  text: string;
  /** Characters XML 1.0 cannot carry, removed from the output. */
  removedCharacters: number;
}

/** GraphML that Gephi, yEd and Cytoscape open, carrying every field of ours for the way back. */
export function exportGraphml(d: Dataset): XmlExport {
  const w = new XmlWriter();
  const nodeRows = d.actors.map((a) => ({
    ...actorAttrs(a, d.metrics),
    ...(a.position ? { x: a.position.x, y: a.position.y } : {}),
  }));
  const edgeRows = d.relations.map(relationAttrs);
  const nodeCols = [...columnsOf(nodeRows)];
  const edgeCols = [...columnsOf(edgeRows)];
  const nodeKey = new Map(nodeCols.map(([name], i) => [name, `n${i}`]));
  const edgeKey = new Map(edgeCols.map(([name], i) => [name, `e${i}`]));
  const undirected = new Set(d.relationTypes.filter((t) => !t.directed).map((t) => t.id));

  w.open('graphml', { xmlns: 'http://graphml.graphdrawing.org/xmlns' }).raw('\n');
  w.element('key', {
    id: 'g0',
    for: 'graph',
    'attr.name': EMBEDDED_KEY,
    'attr.type': 'string',
  }).raw('\n');
  w.element('key', { id: 'g1', for: 'graph', 'attr.name': 'title', 'attr.type': 'string' }).raw(
    '\n',
  );
  for (const [name, type] of nodeCols)
    w.element('key', {
      id: nodeKey.get(name),
      for: 'node',
      'attr.name': name,
      'attr.type': type,
    }).raw('\n');
  for (const [name, type] of edgeCols)
    w.element('key', {
      id: edgeKey.get(name),
      for: 'edge',
      'attr.name': name,
      'attr.type': type,
    }).raw('\n');
  w.open('graph', { id: 'G', edgedefault: 'directed' }).raw('\n');
  w.element('data', { key: 'g0' }, writeEmbedded(d)).raw('\n');
  w.element('data', { key: 'g1' }, d.title).raw('\n');
  const data = (row: Record<string, AttrValue>, keys: Map<string, string>) => {
    for (const [name, value] of Object.entries(row))
      w.element('data', { key: keys.get(name) }, formatValue(value));
  };
  d.actors.forEach((a, i) => {
    w.open('node', { id: a.id });
    data(nodeRows[i]!, nodeKey);
    w.close('node').raw('\n');
  });
  d.relations.forEach((r, i) => {
    w.open('edge', {
      id: r.id,
      source: r.source,
      target: r.target,
      ...(undirected.has(r.type) ? { directed: 'false' } : {}),
    });
    data(edgeRows[i]!, edgeKey);
    w.close('edge').raw('\n');
  });
  w.close('graph').raw('\n').close('graphml').raw('\n');
  return { text: w.toString(), removedCharacters: w.removed };
}
