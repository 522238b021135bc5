import type { Core } from 'cytoscape';
import type { VisibleGraph } from '../model/filter';
import type { Focus } from '../model/neighbourhood';
import type { GraphState } from '../store/graphStore';
import { memoLast } from '../store/memo';
import {
  selectCurrentMatch,
  selectDisputePartners,
  selectHighlight,
  selectSearchMatches,
  selectVisible,
} from '../store/selectors';
import { claimRelationOf } from './attributionElements';
import { actorElementId, relationElementId } from './ids';
import { instanceState } from './instanceState';
import { paintsOverview, wearsLargeStyle } from './largeGraph';

/**
 * A class the sync keeps on exactly the elements that should carry it. `select` returns a
 * memoised slice of derived state; the layer recomputes its ids only when that slice changes
 * identity, and the sync then touches only the elements that gain or lose the class.
 */
export interface ClassLayer<T = unknown> {
  cls: string;
  select: (s: GraphState) => T;
  ids: (value: T, s: GraphState, cy: Core) => Set<string>;
}

const layer = <T>(l: ClassLayer<T>) => l as ClassLayer;

/** Relations the filters hide. */
export function filteredRelationIds(visible: VisibleGraph, s: GraphState): Set<string> {
  const out = new Set<string>();
  for (const r of s.dataset.relations)
    if (!visible.relationIds.has(r.id)) out.add(relationElementId(r.id));
  return out;
}

/** Actors the filters hide. */
export function hiddenActorIds(visible: VisibleGraph, s: GraphState): Set<string> {
  const out = new Set<string>();
  for (const a of s.dataset.actors) if (!visible.actorIds.has(a.id)) out.add(actorElementId(a.id));
  return out;
}

/**
 * Actors the filters hide, and relations too — unless the overview paints them: then both
 * are listed (instanceState's `filtered` and `hiddenActors`), not classed, and kept off the
 * stage; compound groups and their members, which stay on it, carry the class.
 */
function hiddenIds(visible: VisibleGraph, s: GraphState, cy: Core): Set<string> {
  if (!paintsOverview(cy)) {
    const out = hiddenActorIds(visible, s);
    for (const id of filteredRelationIds(visible, s)) out.add(id);
    return out;
  }
  // Listed by the filter sync before the layers run (graphSync's syncFiltered).
  const { pinned, hiddenActors } = instanceState(cy);
  return new Set([...pinned].filter((id) => hiddenActors.has(id)));
}

function focusIds(focus: Focus | null): Set<string> {
  if (!focus) return new Set();
  return new Set([
    ...[...focus.actorIds].map(actorElementId),
    ...[...focus.relationIds].map(relationElementId),
  ]);
}

/** The elements a highlight keeps bright: the focus, and claim nodes with their relation. */
export function brightIds(
  focus: Focus | null,
  cy: Core,
): { bright: Set<string>; dim: Set<string> } {
  // The focus is bright whether its elements are on Cytoscape's stage or not (offstage.ts).
  const bright = focusIds(focus);
  const dim = new Set<string>();
  if (!focus) return { bright, dim };
  cy.elements().forEach((e) => {
    const id = e.id();
    const claimOf = claimRelationOf(id);
    if (claimOf === null ? bright.has(id) : focus.relationIds.has(claimOf)) bright.add(id);
    else dim.add(id);
  });
  return { bright, dim };
}

/**
 * Everything outside the focus fades. Not on large graphs: there the focus lens draws the
 * highlight above a veil (see focusLens.ts) and the many elements are left alone.
 */
function fadedIds({ focus }: { focus: Focus | null }, _s: GraphState, cy: Core): Set<string> {
  if (!focus || wearsLargeStyle(cy)) return new Set();
  return brightIds(focus, cy).dim;
}

// The view mode adds or removes claim elements, which must fade like the rest.
const fadeInput = memoLast((focus: Focus | null, mode: GraphState['viewMode']) => ({
  focus,
  mode,
}));
export const selectFadeInput = (s: GraphState) => fadeInput(selectHighlight(s), s.viewMode);

const focusedOf = memoLast((shown: boolean, selection: GraphState['selection']): string[] => {
  if (!shown || !selection) return [];
  return selection.kind === 'actor'
    ? [actorElementId(selection.id)]
    : selection.ids.map(relationElementId);
});

/** The selected elements themselves, while they are shown. */
export const selectFocused = (s: GraphState) => focusedOf(selectHighlight(s) !== null, s.selection);

/** On large graphs the focus lens draws highlight and selection; the many stay untouched. */
const unlessLarge =
  <T>(ids: (value: T) => Set<string>) =>
  (value: T, _s: GraphState, cy: Core) =>
    wearsLargeStyle(cy) ? new Set<string>() : ids(value);

export const CLASS_LAYERS: ClassLayer[] = [
  layer({ cls: 'hidden', select: selectVisible, ids: hiddenIds }),
  layer({ cls: 'highlighted', select: selectHighlight, ids: unlessLarge(focusIds) }),
  layer({ cls: 'faded', select: selectFadeInput, ids: fadedIds }),
  layer({
    cls: 'focused',
    select: selectFocused,
    ids: unlessLarge((ids: string[]) => new Set(ids)),
  }),
  layer({
    cls: 'dispute-partner',
    select: selectDisputePartners,
    ids: (ids) => new Set(ids.map(relationElementId)),
  }),
  layer({
    cls: 'hovered',
    select: (s: GraphState) => s.hovered,
    ids: (ids) => new Set(ids.map(relationElementId)),
  }),
  layer({
    cls: 'search-match',
    select: selectSearchMatches,
    // On an overview-painted graph the overview rings them (see graphSync's syncMarks).
    ids: (matches: string[], _s: GraphState, cy: Core) =>
      paintsOverview(cy) ? new Set<string>() : new Set(matches.map(actorElementId)),
  }),
  layer({
    cls: 'search-current',
    select: selectCurrentMatch,
    ids: (id) => new Set(id ? [actorElementId(id)] : []),
  }),
];
