import Papa from 'papaparse';
import { restoreCell } from './csvCells';
import { problem, type Problem } from '../problem';
import type { RawEdge, RawGraph, RawNode } from './rawGraph';

/** Which columns hold what; picked automatically from the header or chosen by the user. */
export interface CsvColumns {
  source: string;
  target: string;
  type?: string;
  label?: string;
}

const SOURCE_NAMES = [
  'source',
  'from',
  'src',
  'source_id',
  'sourceid',
  'subject',
  'actor1',
  'head',
];
const TARGET_NAMES = [
  'target',
  'to',
  'dst',
  'dest',
  'target_id',
  'targetid',
  'object',
  'actor2',
  'tail',
];
const TYPE_NAMES = [
  'type',
  'relation',
  'relationship',
  'relation_type',
  'edge_type',
  'kind',
  'interaction',
  'predicate',
  'category',
];
const LABEL_NAMES = ['label', 'name', 'title'];
const ID_NAMES = ['id', 'node', 'node_id', 'nodeid', 'key'];

function find(header: string[], names: readonly string[]): string | undefined {
  const lower = header.map((h) => h.trim().toLowerCase());
  for (const n of names) {
    const i = lower.indexOf(n);
    if (i !== -1) return header[i];
  }
  return undefined;
}

export interface CsvTable {
  header: string[];
  rows: Record<string, string>[];
  problems: Problem[];
}

/** Parses delimited text with a header row (comma, semicolon or tab; any line ending). */
export function readCsvTable(text: string): CsvTable {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    dynamicTyping: false,
    // Our own CSV escapes formula-like cells (csvCells.ts): read them as they were.
    transform: restoreCell,
    transformHeader: restoreCell,
  });
  const problems = result.errors
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .slice(0, 20)
    .map((e) => {
      const row = e.row !== undefined ? e.row + 2 : undefined; // +1 header, +1 to count from 1
      const p = problem('AG065', row ? `row ${row}` : '$', `CSV: ${e.message}.`, 'warning');
      return row ? { ...p, line: row } : p;
    });
  return { header: result.meta.fields ?? [], rows: result.data, problems };
}

/** Columns named like source/target (from/to, …), or undefined when the user must choose. */
export function guessColumns(header: string[]): CsvColumns | undefined {
  const source = find(header, SOURCE_NAMES);
  const target = find(header, TARGET_NAMES);
  if (!source || !target) return undefined;
  const type = find(header, TYPE_NAMES);
  const label = find(
    header,
    LABEL_NAMES.filter((n) => n !== type?.toLowerCase()),
  );
  return { source, target, ...(type ? { type } : {}), ...(label ? { label } : {}) };
}

/** A node list: a header with an id column and no source/target. */
export function isNodeTable(header: string[]): boolean {
  return find(header, ID_NAMES) !== undefined && guessColumns(header) === undefined;
}

/** An edge list (and optionally a node list) as a raw graph, given which columns to use. */
/** Cells of a row as attributes; empty cells are absent values, not empty strings. */
function cells(row: Record<string, string>, skip: (string | undefined)[]): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const [k, v] of Object.entries(row)) {
    if (!skip.includes(k) && k !== '__parsed_extra' && typeof v === 'string' && v !== '')
      attrs[k] = v;
  }
  return attrs;
}

export function csvToRawGraph(
  edges: CsvTable,
  columns: CsvColumns,
  nodeTable?: CsvTable,
): RawGraph {
  const idColumn = find(edges.header, ['id', 'edge_id', 'edgeid']);
  const rawEdges: RawEdge[] = edges.rows.map((row, i) => {
    const attrs = cells(row, [
      columns.source,
      columns.target,
      columns.type,
      columns.label,
      idColumn,
    ]);
    const edge: RawEdge = { place: `row ${i + 2}`, attrs };
    const id = idColumn ? row[idColumn]?.trim() : undefined;
    if (id) edge.id = id;
    const s = row[columns.source]?.trim();
    const t = row[columns.target]?.trim();
    if (s) edge.source = s;
    if (t) edge.target = t;
    const type = columns.type ? row[columns.type]?.trim() : undefined;
    if (type) edge.type = type;
    const label = columns.label ? row[columns.label] : undefined;
    if (label) edge.label = label;
    return edge;
  });
  const nodes: RawNode[] = [];
  if (nodeTable) {
    const idColumn = find(nodeTable.header, ID_NAMES) ?? nodeTable.header[0] ?? 'id';
    for (const row of nodeTable.rows) {
      const id = row[idColumn]?.trim();
      if (!id) continue;
      nodes.push({ id, attrs: cells(row, [idColumn]) });
    }
  }
  return { directed: true, nodes, edges: rawEdges, ...(nodeTable ? {} : { implicitNodes: true }) };
}
