import type { Core } from 'cytoscape';
import type { StoreApi } from 'zustand/vanilla';
import type { GraphState } from '../store/graphStore';
import {
  selectCurrentMatch,
  selectKindStyles,
  selectLabels,
  selectTypeStyles,
} from '../store/selectors';
import { bindAttribution } from './attribution';
import { CLASS_LAYERS } from './classLayers';
import { elementLabels, toElements } from './elements';
import { graphWordsFor } from './graphWords';
import { actorElementId } from './ids';
import { runLayout } from './layout';
import { applyViewport } from './viewport';

/** Replaces elements by diff: kept ids keep their element objects, only data/position change. */
function syncElements(cy: Core, state: GraphState): void {
  const defs = toElements(
    state.dataset,
    { kinds: selectKindStyles(state), types: selectTypeStyles(state) },
    graphWordsFor(state),
  );
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
  cy.elements().removeClass(CLASS_LAYERS.map((l) => l.cls).join(' '));
}

/** Puts a node's centre (not its label's bounding box) in the middle of the view. */
function centreOn(cy: Core, elementId: string): void {
  const node = cy.getElementById(elementId);
  if (node.empty()) return;
  const p = node.position();
  const zoom = cy.zoom();
  cy.pan({ x: cy.width() / 2 - p.x * zoom, y: cy.height() / 2 - p.y * zoom });
}

/**
 * Drives one Cytoscape instance from the store: dataset → elements (by diff), derived state →
 * classes (see classLayers). Each layer runs only when its slice changed identity, class
 * changes are batched and minimal, and nothing is re-created.
 */
export function bindGraphToStore(cy: Core, store: StoreApi<GraphState>): () => void {
  let dataset: GraphState['dataset'] | null = null;
  let labels: ReturnType<typeof selectLabels> | null = null;
  const applied = CLASS_LAYERS.map(() => ({ value: undefined as unknown, ids: new Set<string>() }));
  let centred: string | null = null;
  let request: GraphState['viewportRequest'] = null;

  const apply = (state: GraphState) => {
    const datasetChanged = state.dataset !== dataset;
    const labelsChanged = selectLabels(state) !== labels;
    cy.batch(() => {
      if (datasetChanged) {
        syncElements(cy, state);
        for (const a of applied) a.ids = new Set();
      } else if (labelsChanged) {
        // A language switch: relabel in place, nothing re-created.
        for (const [id, label] of elementLabels(state.dataset, graphWordsFor(state))) {
          cy.getElementById(id).data('label', label);
        }
      }
      CLASS_LAYERS.forEach((layer, i) => {
        const slot = applied[i]!;
        const value = layer.select(state);
        if (!datasetChanged && value === slot.value) return;
        const want = layer.ids(value, state, cy);
        for (const id of slot.ids) if (!want.has(id)) cy.getElementById(id).removeClass(layer.cls);
        for (const id of want) if (!slot.ids.has(id)) cy.getElementById(id).addClass(layer.cls);
        slot.value = value;
        slot.ids = want;
      });
    });
    if (datasetChanged) runLayout(cy, state.dataset);
    if (state.viewportRequest && state.viewportRequest !== request)
      applyViewport(cy, state.viewportRequest);
    request = state.viewportRequest;
    dataset = state.dataset;
    labels = selectLabels(state);
    syncAttribution(state);
    const current = selectCurrentMatch(state);
    if (current !== centred) {
      centred = current;
      if (current) centreOn(cy, actorElementId(current));
    }
  };

  const syncAttribution = bindAttribution(cy);
  apply(store.getState());
  return store.subscribe(apply);
}
