import Papa from 'papaparse';
import type { Dataset } from '../schema';
import { neutraliseCell } from './csvCells';
import { actorAttrs, formatValue, relationAttrs, type AttrValue } from './exportFields';

function table(rows: Record<string, AttrValue>[], first: string[]): string {
  const columns = [...first];
  for (const row of rows)
    for (const k of Object.keys(row)) if (!columns.includes(k)) columns.push(k);
  const data = rows.map((row) =>
    columns.map((c) => (row[c] === undefined ? '' : neutraliseCell(formatValue(row[c]!)))),
  );
  return Papa.unparse({ fields: columns.map(neutraliseCell), data }, { newline: '\n' }) + '\n';
}

/**
 * An edge list and a node list, for spreadsheets (and back: our fields are columns). Cells a
 * spreadsheet would run as formulas are written as text (csvCells.ts).
 */
export function exportCsv(d: Dataset): { edges: string; nodes: string } {
  const edges = table(
    d.relations.map((r) => ({ id: r.id, source: r.source, target: r.target, ...relationAttrs(r) })),
    ['id', 'source', 'target', 'type'],
  );
  const nodes = table(
    d.actors.map((a) => ({
      id: a.id,
      ...actorAttrs(a, d.metrics),
      ...(a.position ? { x: a.position.x, y: a.position.y } : {}),
    })),
    ['id', 'label', 'kind'],
  );
  return { edges, nodes };
}
