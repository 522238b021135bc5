import { problem, type Problem } from '../problem';
import type { Actor, ActorKind, Relation, RelationType, StoryDocument } from '../schema';
import { V1_DOCUMENT_ID } from './migrateV1';
import { FORMAT_VERSION, STATUSES } from '../vocabulary';
import { validateDataset, type OnImportStep, type ValidationResult } from '../validate';
import { readEmbedded } from './embedded';
import { METRIC_COLUMNS } from '../metrics/datasetMetrics';
import type { RawEdge, RawGraph, RawNode } from './rawGraph';
import type { Point } from '../geometry';

/*
 * Maps any imported graph onto our model. A type-like attribute becomes the relation type,
 * a kind-like one the actor kind; labels, colours, positions and parents are kept; every
 * other attribute lands in `properties`. Attributes this app writes on export (status,
 * evidence, assertedBy, …) are read back, so our graphs survive a trip through other tools.
 */

const TYPE_KEYS = [
  'type',
  'relation_type',
  'relationtype',
  'relationship',
  'relation',
  'data_type',
  'edge_type',
  'edgetype',
  'interaction',
  'kind',
  'category',
];
const KIND_KEYS = [
  'kind',
  'node_type',
  'nodetype',
  'actor_kind',
  'type',
  'category',
  'class',
  'group',
];
const LABEL_KEYS = ['label', 'name', 'title', 'shared_name'];
/** A label is a name, not a code: numeric "names" (Cytoscape's SUID-like ids) are passed over. */
const NAME_LIKE = /(^|[_\s.-])(name|label|title)$/i;
/** Runtime flags of Cytoscape elements and Gephi's drawing hints: not data. */
const NOISE = new Set(['selected', 'selectable', 'locked', 'grabbed', 'grabbable', 'removed']);

const PLACEHOLDER_KIND = 'placeholder';
const DEFAULT_KIND = 'actor';
const DEFAULT_TYPE = 'related';

export interface BuildResult extends ValidationResult {
  /** Warnings from the mapping (placeholders, renamed ids…), also included in `problems`. */
  warnings: Problem[];
}

const lower = (o: Record<string, unknown>) =>
  new Map(Object.keys(o).map((k) => [k.toLowerCase(), k]));

/** The first attribute among `keys` that holds a usable value; its key is consumed. */
function take(
  attrs: Record<string, unknown>,
  keys: readonly string[],
  used: Set<string>,
): string | undefined {
  const names = lower(attrs);
  for (const key of keys) {
    const real = names.get(key);
    if (real === undefined || used.has(real)) continue;
    const value = attrs[real];
    if (typeof value === 'string' && value.trim() !== '') {
      used.add(real);
      return value;
    }
    if (typeof value === 'number' || typeof value === 'boolean') {
      used.add(real);
      return String(value);
    }
  }
  return undefined;
}

function takeLabel(attrs: Record<string, unknown>, used: Set<string>): string | undefined {
  const names = lower(attrs);
  // A field called "label" is the label, whatever it looks like.
  const explicit = names.get('label');
  if (explicit !== undefined && typeof attrs[explicit] === 'string' && attrs[explicit] !== '') {
    used.add(explicit);
    return attrs[explicit] as string;
  }
  const keys = [
    ...LABEL_KEYS.flatMap((k) => names.get(k) ?? []),
    ...Object.keys(attrs).filter((k) => NAME_LIKE.test(k) && !LABEL_KEYS.includes(k.toLowerCase())),
  ];
  for (const key of keys) {
    const v = attrs[key];
    if (typeof v === 'string' && v.trim() !== '' && !/^-?\d+(\.\d+)?$/.test(v.trim())) {
      used.add(key);
      return v;
    }
  }
  return undefined;
}

function jsonField(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

const isStringRecord = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.values(v).every((x) => typeof x === 'string');
const isStringArray = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');
const HEX = /^#[0-9a-fA-F]{6}$/;

/** Properties left after our fields were taken; `prop.` marks a property that shared a name with a field. */
function rest(
  attrs: Record<string, unknown>,
  used: Set<string>,
): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (used.has(k) || NOISE.has(k) || v === undefined) continue;
    out[k.startsWith('prop.') ? k.slice(5) : k] = v;
  }
  return Object.keys(out).length ? out : undefined;
}

function toActor(node: RawNode, kindOf: (n: RawNode, used: Set<string>) => string): Actor {
  const used = new Set<string>();
  const a = node.attrs;
  const kind = kindOf(node, used);
  const label = node.label ?? takeLabel(a, used) ?? node.id;
  if (node.label !== undefined) used.add('label');
  const labels = jsonField(a.labels);
  const aliases = jsonField(a.aliases);
  const actor: Actor = { id: node.id, label, kind };
  if (isStringRecord(labels)) {
    actor.labels = labels;
    used.add('labels');
  }
  if (isStringArray(aliases)) {
    actor.aliases = aliases;
    used.add('aliases');
  }
  if (typeof a.description === 'string') {
    actor.description = a.description;
    used.add('description');
  }
  const parent = node.parent ?? (typeof a.parent === 'string' && a.parent ? a.parent : undefined);
  if (a.parent !== undefined) used.add('parent');
  if (parent !== undefined) actor.parent = parent;
  const color = node.color ?? colorFromAttrs(a, used);
  if (color) actor.color = color;
  const position = node.position ?? positionFromAttrs(a, used);
  if (position) actor.position = position;
  const properties = rest(a, used);
  if (properties) actor.properties = properties;
  return actor;
}

/** A `color` attribute in #rrggbb, or Gephi's r/g/b integer attributes. */
function colorFromAttrs(a: Record<string, unknown>, used: Set<string>): string | undefined {
  if (typeof a.color === 'string' && HEX.test(a.color)) {
    used.add('color');
    return a.color.toLowerCase();
  }
  const [r, g, b] = [a.r, a.g, a.b].map(Number);
  if (
    [a.r, a.g, a.b].every((v) => v !== undefined && v !== '') &&
    [r, g, b].every((v) => Number.isInteger(v) && v! >= 0 && v! <= 255)
  ) {
    ['r', 'g', 'b'].forEach((k) => used.add(k));
    return rgbHex(r!, g!, b!);
  }
  return undefined;
}

export const rgbHex = (r: number, g: number, b: number) =>
  `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

function positionFromAttrs(a: Record<string, unknown>, used: Set<string>): Point | undefined {
  const x = typeof a.x === 'number' ? a.x : Number(a.x);
  const y = typeof a.y === 'number' ? a.y : Number(a.y);
  if (
    a.x === undefined ||
    a.y === undefined ||
    a.x === '' ||
    a.y === '' ||
    !Number.isFinite(x) ||
    !Number.isFinite(y)
  ) {
    return undefined;
  }
  used.add('x').add('y');
  return { x, y };
}

function toRelation(edge: RawEdge, id: string, type: string, used: Set<string>): Relation {
  const a = edge.attrs;
  const relation: Relation = { id, source: edge.source!, target: edge.target!, type, evidence: [] };
  const label = edge.label ?? (typeof a.label === 'string' ? a.label : undefined);
  if (a.label !== undefined) used.add('label');
  if (label !== undefined && label !== '') relation.label = label;
  const labels = jsonField(a.labels);
  if (isStringRecord(labels)) {
    relation.labels = labels;
    used.add('labels');
  }
  if (typeof a.status === 'string' && (STATUSES as readonly string[]).includes(a.status)) {
    relation.status = a.status as Relation['status'];
    used.add('status');
  }
  const evidence = jsonField(a.evidence);
  if (Array.isArray(evidence)) {
    relation.evidence = evidence as Relation['evidence'];
    used.add('evidence');
  }
  const assertedBy = jsonField(a.assertedBy);
  if (isStringArray(assertedBy)) {
    relation.assertedBy = assertedBy;
    used.add('assertedBy');
  }
  for (const key of ['disputes', 'note'] as const) {
    // An empty note is a note; an empty dispute is no value.
    if (typeof a[key] === 'string' && (a[key] !== '' || key === 'note')) {
      relation[key] = a[key] as string;
      used.add(key);
    }
  }
  // Version 1 exports wrote `date`; an interval is written as JSON.
  for (const key of ['occurred', 'date'] as const) {
    if (typeof a[key] !== 'string' || a[key] === '' || relation.occurred) continue;
    const value = a[key].startsWith('{') ? jsonField(a[key]) : a[key];
    relation.occurred = value as Relation['occurred'];
    used.add(key);
  }
  const confidence = typeof a.confidence === 'number' ? a.confidence : Number(a.confidence);
  if (a.confidence !== undefined && a.confidence !== '' && Number.isFinite(confidence)) {
    relation.confidence = confidence;
    used.add('confidence');
  }
  const properties = rest(a, used);
  if (properties) relation.properties = properties;
  return relation;
}

/** Turns a raw graph into a validated dataset, with warnings for everything it had to mend. */
export function buildDataset(raw: RawGraph, fileName: string, onStep?: OnImportStep): BuildResult {
  const warnings: Problem[] = [];
  const embedded = readEmbedded(raw.embedded);
  const declaredKinds = new Map((embedded?.actorKinds ?? []).map((k) => [k.id, k]));
  const declaredTypes = new Map((embedded?.relationTypes ?? []).map((t) => [t.id, t]));

  const kindOf = (node: RawNode, used: Set<string>) => {
    const value = take(node.attrs, embedded ? ['kind'] : KIND_KEYS, used);
    return value ?? DEFAULT_KIND;
  };

  const actors: Actor[] = [];
  const actorIds = new Set<string>();
  raw.nodes.forEach((node, i) => {
    if (actorIds.has(node.id)) {
      warnings.push(
        problem(
          'AG062',
          `node ${i + 1}`,
          `Node id "${node.id}" appears twice; the second was ignored.`,
          'warning',
        ),
      );
      return;
    }
    actorIds.add(node.id);
    // Our own export: the measures come back whole from the embedded copy, not as properties.
    const attrs = embedded?.metrics
      ? Object.fromEntries(
          Object.entries(node.attrs).filter(
            ([k]) => !(METRIC_COLUMNS as readonly string[]).includes(k),
          ),
        )
      : node.attrs;
    actors.push(toActor({ ...node, attrs }, kindOf));
  });

  const relations: Relation[] = [];
  const relationIds = new Set<string>();
  const placeholders: string[] = [];
  const undirectedTypes = new Set<string>();
  raw.edges.forEach((edge, i) => {
    if (!edge.source || !edge.target) {
      warnings.push(
        problem(
          'AG063',
          edge.place,
          `The edge at ${edge.place} has no ${edge.source ? 'target' : 'source'}; it was skipped.`,
          'warning',
        ),
      );
      return;
    }
    for (const end of [edge.source, edge.target]) {
      if (!actorIds.has(end)) {
        actorIds.add(end);
        if (!raw.implicitNodes) placeholders.push(end);
        actors.push({
          id: end,
          label: end,
          kind: raw.implicitNodes ? DEFAULT_KIND : PLACEHOLDER_KIND,
        });
      }
    }
    let id = edge.id && edge.id.trim() !== '' ? edge.id : `e${i}`;
    if (relationIds.has(id)) {
      let n = 2;
      while (relationIds.has(`${id}~${n}`)) n++;
      warnings.push(
        problem(
          'AG061',
          edge.place,
          `Edge id "${id}" appears twice; the later edge is now "${id}~${n}".`,
          'warning',
        ),
      );
      id = `${id}~${n}`;
    }
    relationIds.add(id);
    const used = new Set<string>();
    const type =
      edge.type ?? take(edge.attrs, embedded ? ['type'] : TYPE_KEYS, used) ?? DEFAULT_TYPE;
    if (edge.type !== undefined) used.add('type');
    if ((edge.directed ?? raw.directed) === false) undirectedTypes.add(type);
    relations.push(toRelation(edge, id, type, used));
  });
  if (placeholders.length) {
    warnings.push(
      problem(
        'AG060',
        '$',
        `${placeholders.length} node${placeholders.length === 1 ? '' : 's'} named by edges but not declared: ${placeholders.map((p) => `"${p}"`).join(', ')}. Placeholder actors were added.`,
        'warning',
      ),
    );
  }

  const actorKinds = collect(
    actors.map((a) => a.kind),
    declaredKinds,
    (id) => ({
      id,
      label:
        id === PLACEHOLDER_KIND
          ? 'Placeholder (not declared in the file)'
          : id === DEFAULT_KIND
            ? 'Actor'
            : id,
      ...(id === PLACEHOLDER_KIND ? { color: '#9e9e9e' } : {}),
    }),
  );
  const relationTypes = collect(
    relations.map((r) => r.type),
    declaredTypes,
    (id) => ({
      id,
      label: id === DEFAULT_TYPE ? 'related to' : id,
      directed: !undirectedTypes.has(id),
    }),
  );

  const dataset = {
    format: 'actor-graph',
    version: FORMAT_VERSION,
    title: embedded?.title ?? raw.title ?? fileName,
    ...((embedded?.description ?? raw.description) !== undefined
      ? { description: embedded?.description ?? raw.description }
      : {}),
    documents: withQuotedDocuments(embedded?.documents ?? [], relations, warnings),
    actorKinds,
    relationTypes,
    actors,
    relations,
    ...(embedded?.stories ? { stories: embedded.stories } : {}),
    ...(embedded?.metrics ? { metrics: embedded.metrics } : {}),
  };
  const result = validateDataset(dataset, onStep);
  return { ...result, problems: [...warnings, ...result.problems], warnings };
}

/** Declared categories first (in their order), then the values met in the data. */
function collect<T extends ActorKind | RelationType>(
  values: string[],
  declared: Map<string, T>,
  make: (id: string) => T | Omit<T, 'directed'>,
): T[] {
  const out = new Map<string, T>(declared);
  for (const v of values) if (!out.has(v)) out.set(v, make(v) as T);
  return [...out.values()];
}

/**
 * The documents a file's evidence quotes but the file does not carry (a CSV carries none):
 * each becomes a document known by its id, and quotes into it lose their offsets, which point
 * into a text no longer there — one warning says so. Quotes naming no document are given
 * one (version 1 exports wrote none).
 */
function withQuotedDocuments(
  declared: StoryDocument[],
  relations: Relation[],
  warnings: Problem[],
): StoryDocument[] {
  const documents = [...declared];
  const known = new Map(documents.map((d) => [d.id, d]));
  let cut = 0;
  for (const r of relations) {
    r.evidence = r.evidence.map((e) => {
      const id = e.document ?? (documents.length === 1 ? documents[0]!.id : V1_DOCUMENT_ID);
      if (!known.has(id)) {
        const doc = { id };
        documents.push(doc);
        known.set(id, doc);
      }
      if (known.get(id)!.text !== undefined || e.start === undefined) return { ...e, document: id };
      cut++;
      const { start: _s, end: _e, ...quote } = e;
      return { ...quote, document: id };
    });
  }
  if (cut)
    warnings.push(
      problem(
        'AG071',
        '$',
        `${cut} quotes point into documents this file does not carry (${documents.length - declared.length} named only by id); the quotes are kept without their offsets.`,
        'warning',
      ),
    );
  return documents;
}
