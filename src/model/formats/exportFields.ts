import { METRIC_COLUMNS } from '../metrics/datasetMetrics';
import type { Actor, Dataset, DatasetMetrics, Relation } from '../schema';

/*
 * The attributes our GraphML/GEXF/CSV exports write for each actor and relation. Our own
 * fields keep their names (other tools show them as columns); structured ones are JSON.
 * A property that shares a name with a field is written as `prop.<name>`.
 */
export type AttrValue = string | number | boolean;
export type AttrType = 'string' | 'double' | 'boolean';

const ACTOR_FIELDS = new Set([
  'label',
  'kind',
  'labels',
  'aliases',
  'description',
  'parent',
  'color',
  'x',
  'y',
  'id',
  ...METRIC_COLUMNS,
]);
const RELATION_FIELDS = new Set([
  'label',
  'type',
  'labels',
  'status',
  'evidence',
  'assertedBy',
  'disputes',
  'confidence',
  'occurred',
  'note',
  'id',
  'source',
  'target',
]);

function propertyAttrs(
  props: Record<string, unknown> | undefined,
  reserved: Set<string>,
): Record<string, AttrValue> {
  const out: Record<string, AttrValue> = {};
  for (const [k, v] of Object.entries(props ?? {})) {
    const name = reserved.has(k) || k.startsWith('prop.') ? `prop.${k}` : k;
    out[name] =
      typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
        ? v
        : JSON.stringify(v);
  }
  return out;
}

/**
 * An actor's attributes; with the dataset's measures, those too (`degree`, `betweenness`,
 * `pagerank`, `closeness`, `community`…), so Gephi and the like get them as columns.
 */
export function actorAttrs(a: Actor, metrics?: DatasetMetrics): Record<string, AttrValue> {
  const measured = metrics?.actors[a.id];
  return {
    label: a.label,
    kind: a.kind,
    ...(a.labels ? { labels: JSON.stringify(a.labels) } : {}),
    ...(a.aliases ? { aliases: JSON.stringify(a.aliases) } : {}),
    ...(a.description !== undefined ? { description: a.description } : {}),
    ...(a.parent !== undefined ? { parent: a.parent } : {}),
    ...(a.color !== undefined ? { color: a.color } : {}),
    ...propertyAttrs(a.properties, ACTOR_FIELDS),
    ...(measured ? Object.fromEntries(METRIC_COLUMNS.map((k) => [k, measured[k]])) : {}),
  };
}

export function relationAttrs(r: Relation): Record<string, AttrValue> {
  return {
    type: r.type,
    ...(r.label !== undefined ? { label: r.label } : {}),
    ...(r.labels ? { labels: JSON.stringify(r.labels) } : {}),
    ...(r.status ? { status: r.status } : {}),
    evidence: JSON.stringify(r.evidence),
    ...(r.assertedBy ? { assertedBy: JSON.stringify(r.assertedBy) } : {}),
    ...(r.disputes !== undefined ? { disputes: r.disputes } : {}),
    ...(r.confidence !== undefined ? { confidence: r.confidence } : {}),
    ...(r.occurred !== undefined
      ? { occurred: typeof r.occurred === 'string' ? r.occurred : JSON.stringify(r.occurred) }
      : {}),
    ...(r.note !== undefined ? { note: r.note } : {}),
    ...propertyAttrs(r.properties, RELATION_FIELDS),
  };
}

/** Column declarations: a name's type is double/boolean only if every value agrees. */
export function columnsOf(rows: Record<string, AttrValue>[]): Map<string, AttrType> {
  const types = new Map<string, AttrType>();
  for (const row of rows) {
    for (const [k, v] of Object.entries(row)) {
      const t: AttrType =
        typeof v === 'number' ? 'double' : typeof v === 'boolean' ? 'boolean' : 'string';
      const prev = types.get(k);
      types.set(k, prev === undefined || prev === t ? t : 'string');
    }
  }
  return types;
}

export const formatValue = (v: AttrValue) => (typeof v === 'number' ? numberText(v) : String(v));

/** Shortest text that reads back as the same double. */
const numberText = (n: number) => (Object.is(n, -0) ? '0' : String(n));

export type { Dataset };
