import { effectiveKind, type KindStyle } from './appearance';
import { sourcesAtLeast, type Support } from './corroboration';
import type { Dataset, Relation, Reliability } from './schema';
import { statusOf, STATUS_KEYS, type StatusKey } from './status';
import { inTime, isTimeSet, NO_TIME, type TimeView } from './time';

export interface Filters {
  hiddenTypes: readonly string[];
  hiddenStatuses: readonly StatusKey[];
  hiddenKinds: readonly string[];
  /** Only relations that dispute another or are disputed. */
  onlyContested: boolean;
  /** Only relations this actor asserts (appears in `assertedBy`). */
  assertedBy: string | null;
  /** Only relations with at least this many independent sources (0: any). */
  minSources: number;
  /** Only sources graded this or better count (null: every source counts). */
  minGrade: Reliability | null;
}

/** Where the story stands: the chosen time, and what each relation's evidence says by then. */
export interface StoryView {
  time: TimeView;
  /** Per relation, its support within the chosen time. */
  support: ReadonlyMap<string, Support>;
  /** Per relation, the day it is first known on the time axis (absent: undated). */
  firstDays: ReadonlyMap<string, string>;
}

export const NO_STORY: StoryView = { time: NO_TIME, support: new Map(), firstDays: new Map() };

export const NO_FILTERS: Filters = {
  hiddenTypes: [],
  hiddenStatuses: [],
  hiddenKinds: [],
  onlyContested: false,
  assertedBy: null,
  minSources: 0,
  minGrade: null,
};

/** Ids of relations that take part in a dispute, on either side. */
export function contestedIds(dataset: Dataset): Set<string> {
  const ids = new Set<string>();
  for (const r of dataset.relations) {
    if (r.disputes) {
      ids.add(r.id);
      ids.add(r.disputes);
    }
  }
  return ids;
}

export interface VisibleGraph {
  actorIds: ReadonlySet<string>;
  relationIds: ReadonlySet<string>;
  /** Visible relations in dataset order. */
  relations: readonly Relation[];
}

export interface FilterCounts {
  types: Record<string, number>;
  statuses: Record<StatusKey, number>;
  kinds: Record<string, number>;
}

interface Tests {
  kindOk: (actorId: string) => boolean;
  typeOk: (r: Relation) => boolean;
  statusOk: (r: Relation) => boolean;
  /** The claim filters: contested, asserted by, sources, and the time. */
  claimOk: (r: Relation) => boolean;
}

function tests(
  dataset: Dataset,
  kinds: ReadonlyMap<string, KindStyle>,
  f: Filters,
  story: StoryView,
): Tests {
  const hiddenKinds = new Set(f.hiddenKinds);
  const hiddenTypes = new Set(f.hiddenTypes);
  const hiddenStatuses = new Set(f.hiddenStatuses);
  const actorKind = new Map(dataset.actors.map((a) => [a.id, effectiveKind(kinds, a.kind)]));
  const contested = f.onlyContested ? contestedIds(dataset) : null;
  const asserter = f.assertedBy;
  const needed = f.minGrade ? Math.max(1, f.minSources) : f.minSources;
  const { support } = story;
  const sourced = (r: Relation) => {
    if (!needed) return true;
    const s = support.get(r.id);
    return s !== undefined && sourcesAtLeast(s, f.minGrade) >= needed;
  };
  const timely = (r: Relation) => inStoryTime(r, story);
  return {
    kindOk: (id) => !hiddenKinds.has(actorKind.get(id) ?? ''),
    typeOk: (r) => !hiddenTypes.has(r.type),
    statusOk: (r) => !hiddenStatuses.has(statusOf(r)),
    claimOk: (r) =>
      (!contested || contested.has(r.id)) &&
      (!asserter || asserters(r).includes(asserter)) &&
      sourced(r) &&
      timely(r),
  };
}

/** Actors pass the kind filter; relations pass type and status and need both actors visible. */
export function visibleGraph(
  dataset: Dataset,
  kinds: ReadonlyMap<string, KindStyle>,
  filters: Filters,
  story: StoryView = NO_STORY,
): VisibleGraph {
  const t = tests(dataset, kinds, filters, story);
  const late = actorsNotYetThere(dataset, story);
  const actorIds = new Set(
    dataset.actors.filter((a) => t.kindOk(a.id) && !late.has(a.id)).map((a) => a.id),
  );
  const relations = dataset.relations.filter(
    (r) =>
      t.typeOk(r) &&
      t.statusOk(r) &&
      t.claimOk(r) &&
      actorIds.has(r.source) &&
      actorIds.has(r.target),
  );
  return { actorIds, relationIds: new Set(relations.map((r) => r.id)), relations };
}

/** Everyone who asserts a relation: in its own `assertedBy` or in any of its quotes'. */
export function asserters(r: Relation): string[] {
  const out = r.assertedBy ? [...r.assertedBy] : [];
  for (const e of r.evidence) if (e.assertedBy) out.push(...e.assertedBy);
  return out;
}

/** Whether a relation is there at the chosen time (see time.ts). */
export const inStoryTime = (r: Relation, story: StoryView) =>
  inTime(r, story.time, story.support.get(r.id)?.documents, story.firstDays.get(r.id));

/**
 * Actors whose every relation comes later than the chosen time: they enter the story with
 * their first claim. Actors without relations (sources, say) are always there.
 */
function actorsNotYetThere(dataset: Dataset, story: StoryView): Set<string> {
  const late = new Set<string>();
  if (!isTimeSet(story.time)) return late;
  const there = new Set<string>();
  for (const r of dataset.relations) {
    if (inStoryTime(r, story)) there.add(r.source).add(r.target);
    else late.add(r.source).add(r.target);
  }
  for (const id of there) late.delete(id);
  return late;
}

/** Each count is what would be visible for that value under all the *other* filters. */
export function filterCounts(
  dataset: Dataset,
  kinds: ReadonlyMap<string, KindStyle>,
  filters: Filters,
  story: StoryView = NO_STORY,
): FilterCounts {
  const t = tests(dataset, kinds, filters, story);
  const types: Record<string, number> = Object.fromEntries(
    dataset.relationTypes.map((x) => [x.id, 0]),
  );
  const statuses = Object.fromEntries(STATUS_KEYS.map((s) => [s, 0])) as Record<StatusKey, number>;
  const kindCounts: Record<string, number> = Object.fromEntries(
    [...kinds.keys()].map((k) => [k, 0]),
  );
  for (const a of dataset.actors) {
    const k = effectiveKind(kinds, a.kind);
    kindCounts[k] = (kindCounts[k] ?? 0) + 1;
  }
  for (const r of dataset.relations) {
    if (!t.kindOk(r.source) || !t.kindOk(r.target) || !t.claimOk(r)) continue;
    if (t.statusOk(r)) types[r.type] = (types[r.type] ?? 0) + 1;
    if (t.typeOk(r)) statuses[statusOf(r)] += 1;
  }
  return { types, statuses, kinds: kindCounts };
}
