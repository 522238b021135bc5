import type { Actor } from './schema';

/** Lower-case, without diacritics: "Außenministerium" matches "aussenministerium" too. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss');
}

/** Every name an actor goes by, in every language. */
export function actorNames(actor: Actor): string[] {
  return [actor.label, ...Object.values(actor.labels ?? {}), ...(actor.aliases ?? [])];
}

/** Ids of the actors whose label, translated labels or aliases contain the query, in dataset order. */
export function searchActors(actors: readonly Actor[], query: string): string[] {
  const q = foldForSearch(query.trim());
  if (!q) return [];
  return actors
    .filter((a) => actorNames(a).some((n) => foldForSearch(n).includes(q)))
    .map((a) => a.id);
}
