import { readingPlace } from './documents';
import type { Actor, ActorKind, Dataset, Relation, RelationType } from './schema';
import { FORMAT_VERSION } from './vocabulary';
import type { Point } from './geometry';

/*
 * Edits of a dataset, each a pure function returning a new dataset (undo keeps the old one).
 * They never refuse: a dangling dispute or a relation without a quote is a problem the
 * validation lists, not an edit the user is kept from making.
 */

/** An id from a label, unique among `taken` ("Jake Sullivan" → "jake-sullivan", "-2", …). */
export function uniqueId(label: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base =
    label
      .replace(/ß/g, 'ss')
      .normalize('NFKD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'item';
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

const replace = <T extends { id: string }>(
  list: readonly T[],
  id: string,
  patch: (item: T) => T,
): T[] => list.map((item) => (item.id === id ? patch(item) : item));

const REQUIRED = new Set([
  'id',
  'label',
  'kind',
  'source',
  'target',
  'type',
  'evidence',
  'directed',
]);

/** Drops optional keys left undefined or empty (string, list), so absent fields stay absent. */
function clean<T extends object>(o: T): T {
  const empty = (v: unknown) => v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
  return Object.fromEntries(
    Object.entries(o).filter(([k, v]) => REQUIRED.has(k) || !empty(v)),
  ) as T;
}

export const addActor = (d: Dataset, actor: Actor): Dataset => ({
  ...d,
  actors: [...d.actors, clean(actor)],
});

export const updateActor = (
  d: Dataset,
  id: string,
  patch: Partial<Omit<Actor, 'id'>>,
): Dataset => ({
  ...d,
  actors: replace(d.actors, id, (a) => clean({ ...a, ...patch })),
});

/** Removes an actor with the relations that touch it and its place in attributions and parents. */
export function deleteActor(d: Dataset, id: string): Dataset {
  return {
    ...d,
    actors: d.actors
      .filter((a) => a.id !== id)
      .map((a) => (a.parent === id ? clean({ ...a, parent: undefined }) : a)),
    relations: d.relations
      .filter((r) => r.source !== id && r.target !== id)
      .map((r) =>
        r.assertedBy?.includes(id)
          ? clean({ ...r, assertedBy: r.assertedBy.filter((x) => x !== id) })
          : r,
      ),
  };
}

export const addRelation = (d: Dataset, relation: Relation): Dataset => ({
  ...d,
  relations: [...d.relations, clean(relation)],
});

export const updateRelation = (
  d: Dataset,
  id: string,
  patch: Partial<Omit<Relation, 'id'>>,
): Dataset => ({
  ...d,
  relations: replace(d.relations, id, (r) => clean({ ...r, ...patch })),
});

/** Removes a relation. A relation disputing it keeps its `disputes` (validation flags it). */
export const deleteRelation = (d: Dataset, id: string): Dataset => ({
  ...d,
  relations: d.relations.filter((r) => r.id !== id),
});

/** Quotes a document between two offsets (UTF-16, end exclusive) as evidence of a relation. */
export function addEvidence(
  d: Dataset,
  relationId: string,
  documentId: string,
  start: number,
  end: number,
): Dataset {
  const text = d.documents.find((x) => x.id === documentId)?.text ?? '';
  const [s, e] = [Math.max(0, Math.min(start, end)), Math.min(text.length, Math.max(start, end))];
  if (s === e) return d;
  const quote = text.slice(s, e);
  const order = readingPlace(d.documents);
  return updateRelation(d, relationId, {
    evidence: [
      ...(d.relations.find((r) => r.id === relationId)?.evidence ?? []),
      { document: documentId, quote, start: s, end: e },
    ].sort((a, b) => order(a) - order(b)),
  });
}

export function removeEvidence(d: Dataset, relationId: string, index: number): Dataset {
  const r = d.relations.find((x) => x.id === relationId);
  if (!r) return d;
  return {
    ...d,
    relations: replace(d.relations, relationId, (x) => ({
      ...x,
      evidence: r.evidence.filter((_, i) => i !== index),
    })),
  };
}

/** Stores positions (from the screen) in the dataset, so snapshots are stable. */
export function setPositions(d: Dataset, positions: ReadonlyMap<string, Point>): Dataset {
  return {
    ...d,
    actors: d.actors.map((a) => {
      const p = positions.get(a.id);
      return p
        ? { ...a, position: { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 } }
        : a;
    }),
  };
}

export function upsertKind(d: Dataset, kind: ActorKind): Dataset {
  const exists = d.actorKinds.some((k) => k.id === kind.id);
  return {
    ...d,
    actorKinds: exists
      ? replace(d.actorKinds, kind.id, () => clean(kind))
      : [...d.actorKinds, clean(kind)],
  };
}

export function upsertType(d: Dataset, type: RelationType): Dataset {
  const exists = d.relationTypes.some((t) => t.id === type.id);
  return {
    ...d,
    relationTypes: exists
      ? replace(d.relationTypes, type.id, () => clean(type))
      : [...d.relationTypes, clean(type)],
  };
}

/** Removes a kind; its actors draw as "unknown" until they get another (validation warns). */
export const deleteKind = (d: Dataset, id: string): Dataset => ({
  ...d,
  actorKinds: d.actorKinds.filter((k) => k.id !== id),
});

/** Removes a type; relations still using it are listed by the validation. */
export const deleteType = (d: Dataset, id: string): Dataset => ({
  ...d,
  relationTypes: d.relationTypes.filter((t) => t.id !== id),
});

export interface NewDatasetFields {
  title: string;
  text: string;
  publisher?: string;
  url?: string;
  published?: string;
  language?: string;
}

/** A new dataset around an article pasted as plain text, kept exactly as pasted. */
export function newDataset(f: NewDatasetFields): Dataset {
  const document = clean({
    id: 'article',
    title: f.title,
    publisher: f.publisher,
    url: f.url,
    published: f.published,
    language: f.language,
    text: f.text || undefined,
  });
  return {
    format: 'actor-graph',
    version: FORMAT_VERSION,
    title: f.title || 'New graph',
    documents: [document],
    actorKinds: [
      { id: 'person', label: 'Person', labels: { de: 'Person' } },
      { id: 'organisation', label: 'Organisation', labels: { de: 'Organisation' } },
      { id: 'state', label: 'State', labels: { de: 'Staat' } },
    ],
    relationTypes: [
      {
        id: 'related',
        label: 'related to',
        labels: { de: 'steht in Beziehung zu' },
        directed: true,
      },
    ],
    actors: [],
    relations: [],
  };
}
