import type { Actor, Dataset, Evidence, Relation } from './schema';
import type { MatchDecision, MergeProposal, MergeReport } from './merge';
import { actorNames } from './search';

/** This story's kinds or types, then those of the other not here; a note where one differs. */
function joinById<T extends { id: string }>(
  here: readonly T[],
  there: readonly T[],
  differs: (here: T, there: T) => string | null,
): { items: T[]; notes: string[] } {
  const items = [...here];
  const notes: string[] = [];
  const byId = new Map(here.map((x) => [x.id, x]));
  for (const x of there) {
    const same = byId.get(x.id);
    const note = same ? differs(same, x) : null;
    if (!same) items.push(x);
    else if (note) notes.push(note);
  }
  return { items, notes };
}

/** An id not yet taken: `id`, else `id-2`, `id-3`… */
function freeId(id: string, taken: Set<string>): string {
  let out = id;
  for (let n = 2; taken.has(out); n++) out = `${id}-${n}`;
  taken.add(out);
  return out;
}

const sameQuote = (a: Evidence, b: Evidence) =>
  a.document === b.document && a.quote === b.quote && a.start === b.start && a.end === b.end;

/**
 * Adds the incoming dataset to the current one as decided: documents appended (renamed when an
 * id is taken), matched actors merged (their other names kept as aliases), the others added,
 * kinds and types joined by id, and relations with the same ends, type and direction merged
 * into one with the evidence of both. Returns a new dataset: one edit, one undo step.
 */
export function applyMerge(
  current: Dataset,
  incoming: Dataset,
  decisions: ReadonlyMap<string, MatchDecision>,
  proposal: MergeProposal,
): { dataset: Dataset; report: MergeReport } {
  const notes: string[] = [];
  const actorIds = new Set(current.actors.map((a) => a.id));
  const actorMap = new Map<string, string>();
  for (const m of proposal.matches) {
    const d = decisions.get(m.incoming) ?? 'accept';
    if (d === 'accept') actorMap.set(m.incoming, m.existing);
    else if (d !== 'reject' && actorIds.has(d.into)) actorMap.set(m.incoming, d.into);
  }

  const kinds = joinById(current.actorKinds, incoming.actorKinds, (here, there) =>
    here.label === there.label
      ? null
      : `Actor kind "${there.id}" is "${here.label}" here and "${there.label}" there; kept "${here.label}".`,
  );
  const types = joinById(current.relationTypes, incoming.relationTypes, (here, there) =>
    here.directed === there.directed && here.label === there.label
      ? null
      : `Relation type "${there.id}" differs between the two; kept this story's.`,
  );
  notes.push(...kinds.notes, ...types.notes);

  const documentIds = new Set(current.documents.map((d) => d.id));
  const documentMap = new Map<string, string>();
  const documents = [...current.documents];
  for (const d of incoming.documents) {
    const id = freeId(d.id, documentIds);
    if (id !== d.id) notes.push(`Document "${d.id}" was renamed "${id}": the id was taken.`);
    documentMap.set(d.id, id);
    documents.push(id === d.id ? d : { ...d, id });
  }

  const actors = [...current.actors];
  const merged = new Map<number, Actor>();
  let actorsAdded = 0;
  for (const a of incoming.actors) {
    const into = actorMap.get(a.id);
    if (into !== undefined) {
      const at = actors.findIndex((x) => x.id === into);
      const target = merged.get(at) ?? actors[at]!;
      if (a.kind !== target.kind)
        notes.push(
          `Actor "${a.id}" is a "${a.kind}" there and "${target.id}" a "${target.kind}" here; kept "${target.kind}".`,
        );
      const names = new Set(actorNames(target));
      const aliases = [...(target.aliases ?? []), ...actorNames(a).filter((n) => !names.has(n))];
      // Fields the story lacks come from there (a grade, a description); never a position:
      // one from another layout would move the actor across the graph.
      const { position: _position, ...there } = a;
      merged.set(at, {
        ...there,
        ...target,
        ...(aliases.length ? { aliases: [...new Set(aliases)] } : {}),
      });
      continue;
    }
    const id = freeId(a.id, actorIds);
    if (id !== a.id) notes.push(`Actor "${a.id}" was kept apart and renamed "${id}".`);
    actorMap.set(a.id, id);
    // A position from another layout means nothing here: the actor is placed anew.
    const { position: _position, ...rest } = a;
    actors.push({ ...rest, id });
    actorsAdded++;
  }
  for (const [at, actor] of merged) actors[at] = actor;
  const mapActor = (id: string) => actorMap.get(id) ?? id;
  for (const a of actors.slice(current.actors.length)) {
    if (a.parent) a.parent = mapActor(a.parent);
    if (a.relays) a.relays = mapActor(a.relays);
  }

  const relationIds = new Set(current.relations.map((r) => r.id));
  const relationMap = new Map<string, string>();
  const relations = [...current.relations];
  const directed = new Map(types.items.map((t) => [t.id, t.directed]));
  const key = (s: string, t: string, type: string) =>
    directed.get(type) === false && t < s
      ? `${t}\u0000${s}\u0000${type}`
      : `${s}\u0000${t}\u0000${type}`;
  const existing = new Map(relations.map((r, i) => [key(r.source, r.target, r.type), i]));
  let relationsAdded = 0;
  let relationsMerged = 0;
  for (const r of incoming.relations) {
    const source = mapActor(r.source);
    const target = mapActor(r.target);
    const evidence = r.evidence.map((e) => ({
      ...e,
      ...(e.document ? { document: documentMap.get(e.document) ?? e.document } : {}),
      ...(e.assertedBy ? { assertedBy: e.assertedBy.map(mapActor) } : {}),
    }));
    const at = existing.get(key(source, target, r.type));
    if (at !== undefined) {
      const here = relations[at]!;
      relationMap.set(r.id, here.id);
      const fresh = evidence.filter((e) => !here.evidence.some((h) => sameQuote(h, e)));
      if ((here.status ?? 'unspecified') !== (r.status ?? 'unspecified'))
        notes.push(
          `Relation "${here.id}" is ${here.status ?? 'unspecified'} here and ${r.status ?? 'unspecified'} in "${r.id}"; kept ${here.status ?? 'unspecified'}, with the evidence of both.`,
        );
      for (const field of ['occurred', 'note'] as const) {
        const there = r[field];
        const mine = here[field];
        if (
          there !== undefined &&
          mine !== undefined &&
          JSON.stringify(there) !== JSON.stringify(mine)
        )
          notes.push(
            `Relation "${here.id}" has another ${field} in "${r.id}" (${JSON.stringify(there)}); kept this story's.`,
          );
      }
      // Quotes that carried the relation's attribution keep it as their own.
      const carried =
        r.assertedBy?.length && !here.assertedBy?.length ? r.assertedBy.map(mapActor) : null;
      relations[at] = {
        ...here,
        ...(r.occurred !== undefined && here.occurred === undefined
          ? { occurred: r.occurred }
          : {}),
        ...(r.note !== undefined && here.note === undefined ? { note: r.note } : {}),
        evidence: [
          ...here.evidence,
          ...fresh.map((e) => (carried && !e.assertedBy ? { ...e, assertedBy: carried } : e)),
        ],
      };
      relationsMerged++;
      continue;
    }
    const id = freeId(r.id, relationIds);
    if (id !== r.id) notes.push(`Relation "${r.id}" was renamed "${id}": the id was taken.`);
    relationMap.set(r.id, id);
    const rel: Relation = {
      ...r,
      id,
      source,
      target,
      evidence,
      ...(r.assertedBy ? { assertedBy: r.assertedBy.map(mapActor) } : {}),
    };
    existing.set(key(source, target, r.type), relations.length);
    relations.push(rel);
    relationsAdded++;
  }
  for (const r of relations.slice(current.relations.length))
    if (r.disputes) r.disputes = relationMap.get(r.disputes) ?? r.disputes;
  return {
    dataset: {
      ...current,
      documents,
      actorKinds: kinds.items,
      relationTypes: types.items,
      actors,
      relations,
    },
    report: {
      documents: incoming.documents.length,
      actorsAdded,
      actorsMerged: incoming.actors.length - actorsAdded,
      relationsAdded,
      relationsMerged,
      notes,
    },
  };
}
