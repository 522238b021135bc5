import type { Core } from 'cytoscape';
import type { StoreApi } from 'zustand/vanilla';
import type { Focus } from '../model/neighbourhood';
import type { VisibleGraph } from '../model/filter';
import type { GraphState } from '../store/graphStore';
import {
  selectHighlight,
  selectKindStyles,
  selectTypeStyles,
  selectVisible,
} from '../store/selectors';
import { toElements } from './elements';
import { actorElementId, relationElementId } from './ids';
import { runLayout } from './layout';

/** Applies `want` as the set of elements carrying `cls`, touching only those that change. */
function applyClassSet(cy: Core, cls: string, have: Set<string>, want: Set<string>): void {
  for (const id of have) if (!want.has(id)) cy.getElementById(id).removeClass(cls);
  for (const id of want) if (!have.has(id)) cy.getElementById(id).addClass(cls);
}

function hiddenIds(state: GraphState, visible: VisibleGraph): Set<string> {
  const out = new Set<string>();
  for (const a of state.dataset.actors)
    if (!visible.actorIds.has(a.id)) out.add(actorElementId(a.id));
  for (const r of state.dataset.relations)
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

/** Replaces elements by diff: kept ids keep their element objects, only data/position change. */
function syncElements(cy: Core, state: GraphState): void {
  const defs = toElements(state.dataset, {
    kinds: selectKindStyles(state),
    types: selectTypeStyles(state),
  });
  const wanted = new Set(defs.map((d) => d.data.id as string));
  cy.elements()
    .filter((e) => !wanted.has(e.id()))
    .remove();
  const toAdd = [];
  for (const def of defs) {
    const existing = cy.getElementById(def.data.id as string);
    if (existing.empty()) {
      toAdd.push(def);
    } else {
      existing.data(def.data);
      if (def.position) existing.position(def.position);
    }
  }
  cy.add(toAdd);
  cy.elements().removeClass('hidden faded highlighted focused');
}

/**
 * Drives one Cytoscape instance from the store: dataset → elements (by diff), filters →
 * `hidden` class, selection → `highlighted`/`faded`/`focused`. Each step runs only when
 * its derived input changed identity, and class changes are batched and minimal.
 */
export function bindGraphToStore(cy: Core, store: StoreApi<GraphState>): () => void {
  let dataset: GraphState['dataset'] | null = null;
  let visible: VisibleGraph | null = null;
  let highlight: Focus | null | undefined;
  let selectedId: string | null = null;
  let hidden = new Set<string>();
  let bright = new Set<string>();
  let faded = new Set<string>();
  let focused = new Set<string>();

  const apply = (state: GraphState) => {
    const datasetChanged = state.dataset !== dataset;
    const nextVisible = selectVisible(state);
    const nextHighlight = selectHighlight(state);
    const nextSelected = state.selection
      ? (state.selection.kind === 'actor' ? actorElementId : relationElementId)(state.selection.id)
      : null;
    if (
      !datasetChanged &&
      nextVisible === visible &&
      nextHighlight === highlight &&
      nextSelected === selectedId
    ) {
      return;
    }
    cy.batch(() => {
      if (datasetChanged) {
        syncElements(cy, state);
        hidden = new Set();
        bright = new Set();
        faded = new Set();
        focused = new Set();
      }
      if (datasetChanged || nextVisible !== visible) {
        const want = hiddenIds(state, nextVisible);
        applyClassSet(cy, 'hidden', hidden, want);
        hidden = want;
      }
      const wantBright = focusIds(nextHighlight);
      const wantFaded = new Set<string>();
      if (nextHighlight) {
        cy.elements().forEach((e) => {
          if (!wantBright.has(e.id())) wantFaded.add(e.id());
        });
      }
      applyClassSet(cy, 'highlighted', bright, wantBright);
      applyClassSet(cy, 'faded', faded, wantFaded);
      const wantFocused = new Set(nextSelected && nextHighlight ? [nextSelected] : []);
      applyClassSet(cy, 'focused', focused, wantFocused);
      bright = wantBright;
      faded = wantFaded;
      focused = wantFocused;
    });
    if (datasetChanged) runLayout(cy, state.dataset);
    dataset = state.dataset;
    visible = nextVisible;
    highlight = nextHighlight;
    selectedId = nextSelected;
  };

  apply(store.getState());
  return store.subscribe(apply);
}
