import type { Actor, Dataset } from './schema';
import { actorNames, foldForSearch } from './search';

/** An actor of the incoming dataset that looks like one of the current dataset. */
export interface ActorMatch {
  incoming: string;
  existing: string;
  by: 'id' | 'name';
}

/** What the user decides for a proposed match. */
export type MatchDecision = 'accept' | 'reject' | { into: string };

/** What the review dialog shows before anything changes. */
export interface MergeProposal {
  matches: ActorMatch[];
  counts: { documents: number; actors: number; relations: number };
}

/** What a merge did, every item of it said (nothing is dropped in silence). */
export interface MergeReport {
  documents: number;
  actorsAdded: number;
  actorsMerged: number;
  relationsAdded: number;
  relationsMerged: number;
  /** Renames and disagreements, one sentence each. */
  notes: string[];
}

/** Every name an actor goes by, folded (case and diacritics), in both languages. */
const foldedNames = (a: Actor) => actorNames(a).map(foldForSearch);

/**
 * Proposes which incoming actors are actors of this story: the same id first, else the same
 * name, translated name or alias, case and diacritics folded ("Außenministerium" is
 * "aussenministerium"). Nothing changes: the user reviews each match.
 */
export function proposeMerge(current: Dataset, incoming: Dataset): MergeProposal {
  const ids = new Set(current.actors.map((a) => a.id));
  const byName = new Map<string, string>();
  for (const a of current.actors)
    for (const n of foldedNames(a)) if (n && !byName.has(n)) byName.set(n, a.id);
  const matches: ActorMatch[] = [];
  for (const a of incoming.actors) {
    if (ids.has(a.id)) {
      matches.push({ incoming: a.id, existing: a.id, by: 'id' });
      continue;
    }
    const found = foldedNames(a)
      .map((n) => byName.get(n))
      .find(Boolean);
    if (found) matches.push({ incoming: a.id, existing: found, by: 'name' });
  }
  return {
    matches,
    counts: {
      documents: incoming.documents.length,
      actors: incoming.actors.length,
      relations: incoming.relations.length,
    },
  };
}
