import type { Core } from 'cytoscape';
import type { VisibleGraph } from '../model/filter';
import type { Focus } from '../model/neighbourhood';
import type { GraphState } from '../store/graphStore';
import {
  selectCurrentMatch,
  selectHighlight,
  selectSearchMatches,
  selectVisible,
} from '../store/selectors';
import { actorElementId, relationElementId } from './ids';

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

function hiddenIds(visible: VisibleGraph, s: GraphState): Set<string> {
  const out = new Set<string>();
  for (const a of s.dataset.actors) if (!visible.actorIds.has(a.id)) out.add(actorElementId(a.id));
  for (const r of s.dataset.relations)
    if (!visible.relationIds.has(r.id)) out.add(relationElementId(r.id));
  return out;
}

function focusIds(focus: Focus | null): Set<string> {
  if (!focus) return new Set();
  return new Set([
    ...[...focus.actorIds].map(actorElementId),
    ...[...focus.relationIds].map(relationElementId),
  ]);
}

function fadedIds(focus: Focus | null, _s: GraphState, cy: Core): Set<string> {
  if (!focus) return new Set();
  const bright = focusIds(focus);
  const out = new Set<string>();
  cy.elements().forEach((e) => {
    if (!bright.has(e.id())) out.add(e.id());
  });
  return out;
}

/** The selected element itself, while it is shown. */
const selectFocused = (s: GraphState) => (selectHighlight(s) ? s.selection : null);

export const CLASS_LAYERS: ClassLayer[] = [
  layer({ cls: 'hidden', select: selectVisible, ids: hiddenIds }),
  layer({ cls: 'highlighted', select: selectHighlight, ids: focusIds }),
  layer({ cls: 'faded', select: selectHighlight, ids: fadedIds }),
  layer({
    cls: 'focused',
    select: selectFocused,
    ids: (sel) =>
      new Set(sel ? [(sel.kind === 'actor' ? actorElementId : relationElementId)(sel.id)] : []),
  }),
  layer({
    cls: 'search-match',
    select: selectSearchMatches,
    ids: (matches) => new Set(matches.map(actorElementId)),
  }),
  layer({
    cls: 'search-current',
    select: selectCurrentMatch,
    ids: (id) => new Set(id ? [actorElementId(id)] : []),
  }),
];
