import { kindStyles, typeStyles } from '../model/appearance';
import { filterCounts, visibleGraph, type VisibleGraph } from '../model/filter';
import { buildIndex, type GraphIndex } from '../model/graphIndex';
import { shortestPath, type ActorPath } from '../model/path';
import { searchActors } from '../model/search';
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

const pathOf = memoLast(
  (index: GraphIndex, visible: VisibleGraph, from: string | null, to: string | null) =>
    from && to ? shortestPath(index, visible, from, to) : null,
);

/** The shortest connection between the two chosen actors; null if unset or unconnected. */
export const selectPath = (s: GraphState) =>
  pathOf(selectIndex(s), selectVisible(s), s.pathEnds.from, s.pathEnds.to);

function selectionFocus(
  index: GraphIndex,
  visible: VisibleGraph,
  selection: GraphState['selection'],
  depth: 1 | 2,
): Focus | null {
  if (!selection) return null;
  if (selection.kind === 'actor') {
    if (!visible.actorIds.has(selection.id)) return null;
    return actorNeighbourhood(index, visible, selection.id, depth);
  }
  if (!visible.relationIds.has(selection.id)) return null;
  return relationFocus(index, selection.id);
}

const highlightOf = memoLast(
  (
    index: GraphIndex,
    visible: VisibleGraph,
    selection: GraphState['selection'],
    depth: 1 | 2,
    path: ActorPath | null,
  ): Focus | null => {
    const focus = selectionFocus(index, visible, selection, depth);
    if (!path) return focus;
    if (!focus) return path;
    return {
      actorIds: new Set([...path.actorIds, ...focus.actorIds]),
      relationIds: new Set([...path.relationIds, ...focus.relationIds]),
    };
  },
);

/** What stays bright: the selection's focus and the chosen path; null when neither is shown. */
export const selectHighlight = (s: GraphState) =>
  highlightOf(selectIndex(s), selectVisible(s), s.selection, s.neighbourhoodDepth, selectPath(s));

const matchesOf = memoLast(searchActors);

/** Actors matching the search, in dataset order. */
export const selectSearchMatches = (s: GraphState) => matchesOf(s.dataset.actors, s.search.query);

/** The match the user is on (Enter moves along), or null. */
export const selectCurrentMatch = (s: GraphState): string | null => {
  const matches = selectSearchMatches(s);
  return matches.length ? (matches[s.search.current % matches.length] ?? null) : null;
};

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
