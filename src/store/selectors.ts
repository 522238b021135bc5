import { kindStyles, typeStyles } from '../model/appearance';
import { filterCounts, visibleGraph } from '../model/filter';
import { buildIndex } from '../model/graphIndex';
import { actorNeighbourhood, relationFocus, type Focus } from '../model/neighbourhood';
import type { GraphState } from './graphStore';
import { memoLast } from './memo';
import { statusOf, STATUS_KEYS } from '../model/status';

/*
 * Derived state in one chain: dataset → styles/index → visible graph → highlight.
 * Each step is memoised on its inputs' identity, so a selection change never refilters
 * and a filter change never rebuilds the index.
 */

const kindsOf = memoLast(kindStyles);
const typesOf = memoLast(typeStyles);
const indexOf = memoLast(buildIndex);
const visibleOf = memoLast(visibleGraph);
const countsOf = memoLast(filterCounts);

export const selectKindStyles = (s: GraphState) => kindsOf(s.dataset);
export const selectTypeStyles = (s: GraphState) => typesOf(s.dataset);
export const selectIndex = (s: GraphState) => indexOf(s.dataset);
export const selectVisible = (s: GraphState) =>
  visibleOf(s.dataset, selectKindStyles(s), s.filters);
export const selectCounts = (s: GraphState) => countsOf(s.dataset, selectKindStyles(s), s.filters);

const highlightOf = memoLast(
  (
    index: ReturnType<typeof buildIndex>,
    visible: ReturnType<typeof visibleGraph>,
    selection: GraphState['selection'],
    depth: 1 | 2,
  ): Focus | null => {
    if (!selection) return null;
    if (selection.kind === 'actor') {
      if (!visible.actorIds.has(selection.id)) return null;
      return actorNeighbourhood(index, visible, selection.id, depth);
    }
    if (!visible.relationIds.has(selection.id)) return null;
    return relationFocus(index, selection.id);
  },
);

/** What stays bright; null when nothing (visible) is selected. */
export const selectHighlight = (s: GraphState) =>
  highlightOf(selectIndex(s), selectVisible(s), s.selection, s.neighbourhoodDepth);

export const selectSelectedRelation = (s: GraphState) =>
  s.selection?.kind === 'relation' ? selectIndex(s).relations.get(s.selection.id) : undefined;

export const selectSelectedActor = (s: GraphState) =>
  s.selection?.kind === 'actor' ? selectIndex(s).actors.get(s.selection.id) : undefined;

const statusesOf = memoLast((dataset: GraphState['dataset']) => {
  const used = new Set(dataset.relations.map(statusOf));
  return STATUS_KEYS.filter((s) => used.has(s));
});

/** Statuses that occur in the dataset, in canonical order (legend and filters list only these). */
export const selectStatusesInUse = (s: GraphState) => statusesOf(s.dataset);
