import type { VisibleGraph } from './filter';
import type { Dataset, Relation } from './schema';

const firstStart = (r: Relation) => Math.min(...r.evidence.map((e) => e.start));

/**
 * Visible relations that have evidence, ordered by where their first quote starts in the
 * article (ties keep dataset order): the order in which a reader meets them.
 */
export function readingOrder(dataset: Dataset, visible: VisibleGraph): Relation[] {
  return dataset.relations
    .filter((r) => r.evidence.length > 0 && visible.relationIds.has(r.id))
    .map((r, i) => ({ r, i, start: firstStart(r) }))
    .sort((a, b) => a.start - b.start || a.i - b.i)
    .map((x) => x.r);
}
