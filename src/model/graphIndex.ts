import type { Actor, ActorKind, Dataset, Relation, RelationType } from './schema';

/** Lookups derived once per dataset. */
export interface GraphIndex {
  actors: Map<string, Actor>;
  relations: Map<string, Relation>;
  kinds: Map<string, ActorKind>;
  types: Map<string, RelationType>;
  /** Relation ids touching each actor, in dataset order. */
  incident: Map<string, string[]>;
  /** Relation id → ids of the relations that dispute it. */
  disputedBy: Map<string, string[]>;
}

export function buildIndex(dataset: Dataset): GraphIndex {
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const relations = new Map(dataset.relations.map((r) => [r.id, r]));
  const incident = new Map<string, string[]>(dataset.actors.map((a) => [a.id, []]));
  const disputedBy = new Map<string, string[]>();
  for (const r of dataset.relations) {
    incident.get(r.source)?.push(r.id);
    if (r.target !== r.source) incident.get(r.target)?.push(r.id);
    if (r.disputes) {
      const list = disputedBy.get(r.disputes) ?? [];
      list.push(r.id);
      disputedBy.set(r.disputes, list);
    }
  }
  const kinds = new Map(dataset.actorKinds.map((k) => [k.id, k]));
  const types = new Map(dataset.relationTypes.map((t) => [t.id, t]));
  return { actors, relations, kinds, types, incident, disputedBy };
}
