import type { GraphState } from '../store/graphStore';
import { selectCurrentMatch, selectDisputePartners } from '../store/selectors';
import { actorElementId, relationElementId } from './ids';

/**
 * A class the sync keeps on exactly the elements that should carry it: marks of the moment,
 * few at a time (the highlight, hidden elements and search matches are drawn elsewhere: see
 * highlight/ and contents/). `select` returns a memoised slice of derived state; the layer
 * recomputes its ids only when that slice changes identity, and the sync then touches only
 * the elements that gain or lose the class.
 */
export interface MarkLayer<T = unknown> {
  cls: string;
  select: (s: GraphState) => T;
  ids: (value: T) => Set<string>;
}

const layer = <T>(l: MarkLayer<T>) => l as MarkLayer;

export const MARK_LAYERS: MarkLayer[] = [
  // Relations that dispute, or are disputed by, the selected ones.
  layer({
    cls: 'dispute-partner',
    select: selectDisputePartners,
    ids: (ids: string[]) => new Set(ids.map(relationElementId)),
  }),
  // Relations under the pointer, in the graph, the table or the article.
  layer({
    cls: 'hovered',
    select: (s: GraphState) => s.hovered,
    ids: (ids: readonly string[]) => new Set(ids.map(relationElementId)),
  }),
  // The search match the user is on.
  layer({
    cls: 'search-current',
    select: selectCurrentMatch,
    ids: (id: string | null) => new Set(id ? [actorElementId(id)] : []),
  }),
];
