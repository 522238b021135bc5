import type { Relation } from '../schema';
import type { NetworkMetrics } from './actorMetrics';

/** A collapsed camp's end of a link: `camp:<n>`; an actor's end is its id. */
export const campEnd = (camp: number) => `camp:${camp}`;
/** The camp a link's end is, or null for an actor's end. */
export const campOfEnd = (end: string) => (end.startsWith('camp:') ? Number(end.slice(5)) : null);

export interface CollapsedCamps {
  /** The camps drawn as one node each: their number, members shown and hub. */
  camps: { id: number; size: number; hub: string; members: string[] }[];
  /** Actors and relations drawn inside a camp node instead (hidden as themselves). */
  hiddenActors: Set<string>;
  hiddenRelations: Set<string>;
  /** The relations between a camp and the rest, one link per pair of ends, counted. */
  links: { from: string; to: string; count: number }[];
}

/**
 * The camps asked for, each drawn as one node: their members shown and their relations are
 * hidden, and every relation from a member to the outside (or to another collapsed camp)
 * becomes one link per pair of ends, with how many it stands for. The `maxLinks` links
 * standing for the most relations are kept, so an overview of every camp stays drawable.
 */
export function collapseCamps(
  metrics: NetworkMetrics,
  actorIds: ReadonlySet<string>,
  relations: readonly Relation[],
  collapsed: ReadonlySet<number>,
  maxLinks = 3000,
): CollapsedCamps | null {
  const campOf = (id: string) => {
    const c = metrics.actors.get(id)?.community;
    return c !== undefined && collapsed.has(c) ? c : null;
  };
  const members = new Map<number, string[]>();
  for (const id of actorIds) {
    const c = campOf(id);
    if (c === null) continue;
    let list = members.get(c);
    if (!list) members.set(c, (list = []));
    list.push(id);
  }
  if (!members.size) return null;
  const hiddenActors = new Set([...members.values()].flat());
  const hiddenRelations = new Set<string>();
  const counts = new Map<string, { from: string; to: string; count: number }>();
  for (const r of relations) {
    const [a, b] = [campOf(r.source), campOf(r.target)];
    if (a === null && b === null) continue;
    hiddenRelations.add(r.id);
    const from = a === null ? r.source : campEnd(a);
    const to = b === null ? r.target : campEnd(b);
    if (from === to) continue; // within the camp
    const [x, y] = from < to ? [from, to] : [to, from];
    const key = `${x}\u0000${y}`;
    const link = counts.get(key);
    if (link) link.count += 1;
    else counts.set(key, { from: x, to: y, count: 1 });
  }
  const links = [...counts.values()]
    .sort((p, q) => q.count - p.count || p.from.localeCompare(q.from) || p.to.localeCompare(q.to))
    .slice(0, maxLinks);
  const camps = [...members].map(([id, list]) => ({
    id,
    size: list.length,
    hub: metrics.communities[id]?.hub ?? list[0]!,
    members: list,
  }));
  return { camps, hiddenActors, hiddenRelations, links };
}
