import type { VisibleGraph } from './filter';
import { readingPlace } from './documents';
import type { Dataset, Relation } from './schema';

/**
 * Visible relations that have evidence, ordered by their first quote: its document's place in
 * the dataset, then where it starts there (ties keep dataset order) — the order in which a
 * reader going through the documents meets them.
 */
export function readingOrder(dataset: Dataset, visible: VisibleGraph): Relation[] {
  const placeOf = readingPlace(dataset.documents);
  const key = (r: Relation) => Math.min(...r.evidence.map(placeOf));
  return dataset.relations
    .filter((r) => r.evidence.length > 0 && visible.relationIds.has(r.id))
    .map((r, i) => ({ r, i, start: key(r) }))
    .sort((a, b) => a.start - b.start || a.i - b.i)
    .map((x) => x.r);
}
