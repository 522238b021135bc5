import type { Core } from 'cytoscape';
import type { StoreApi } from 'zustand/vanilla';
import type { GraphState } from '../store/graphStore';
import {
  selectCurrentMatch,
  selectLabels,
  selectSearchMatches,
  selectVisible,
} from '../store/selectors';
import { bindAttribution } from './attribution';
import {
  brightIds,
  CLASS_LAYERS,
  filteredRelationIds,
  hiddenActorIds,
  selectFadeInput,
  selectFocused,
} from './classLayers';
import { createFocusLens } from './focusLens';
import { elementLabels } from './elements';
import { onUiLanguage } from '../i18n/i18n';
import { graphWordsFor } from './graphWords';
import { actorElementId } from './ids';
import { runLayout } from './layout';
import { instanceState } from './instanceState';
import { DETAIL_ZOOM } from './levelOfDetail';
import { lift, restage } from './offstage';
import { actorPosition, actorsOffstage } from './offstageActors';
import { paintsOverview, wearsLargeStyle } from './largeGraph';
import { syncElements } from './syncElements';
import { applyViewport } from './viewport';

/**
 * Puts a found actor's centre (not its label's bounding box) in the middle of the view, zoomed
 * in as far as its name can be read: zoomed out over thousands of actors, a centred match
 * whose label is too small to draw could not be told from its neighbours.
 */
function centreOn(cy: Core, elementId: string): void {
  const at = actorPosition(cy, elementId);
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.zoom(), DETAIL_ZOOM));
  if (at) applyViewport(cy, { ...at, zoom });
}

/**
 * Drives one Cytoscape instance from the store: dataset → elements (by diff), derived state →
 * classes (see classLayers). Each layer runs only when its slice changed identity, class
 * changes are batched and minimal, and nothing is re-created.
 */
export function bindGraphToStore(cy: Core, store: StoreApi<GraphState>): () => void {
  let dataset: GraphState['dataset'] | null = null;
  let datasetKey = -1;
  let labels: ReturnType<typeof selectLabels> | null = null;
  const applied = CLASS_LAYERS.map(() => ({ value: undefined as unknown, ids: new Set<string>() }));
  let centred: string | null = null;
  let request: GraphState['viewportRequest'] = null;

  // The words the drawn labels were made with.
  let words: ReturnType<typeof graphWordsFor> | null = null;
  // A language switch: relabel in place, nothing re-created.
  const relabel = (state: GraphState) => {
    words = graphWordsFor(state);
    const { offstage, actors } = instanceState(cy);
    for (const [id, label] of elementLabels(state.dataset, words)) {
      // Elements off the stage are lifted from their definitions: those speak it too.
      const def = offstage?.get(id) ?? actors?.get(id);
      if (def) def.data.label = label;
      cy.getElementById(id).data('label', label);
    }
  };

  // Relations hidden while the overview paints are listed, not classed (see largeGraph.ts).
  let filteredFor: unknown = null;
  const syncFiltered = (state: GraphState): boolean => {
    const visible = paintsOverview(cy) ? selectVisible(state) : null;
    if (visible === filteredFor) return false;
    filteredFor = visible;
    Object.assign(instanceState(cy), {
      filtered: visible ? filteredRelationIds(visible, state) : new Set(),
      hiddenActors: visible && actorsOffstage(cy) ? hiddenActorIds(visible, state) : new Set(),
    });
    restage(cy);
    cy.emit('filtered');
    return true;
  };

  // Search matches of an overview-painted graph are ringed by the overview: thousands of
  // matches as a class cost Cytoscape a restyle and a redraw of each, on every keystroke.
  let marksFor: unknown = null;
  const syncMarks = (state: GraphState) => {
    const matches = paintsOverview(cy) ? selectSearchMatches(state) : null;
    if (matches === marksFor) return;
    marksFor = matches;
    instanceState(cy).marked = new Set(matches?.map(actorElementId) ?? []);
    cy.emit('marks');
  };

  const apply = (state: GraphState) => {
    const datasetChanged = state.dataset !== dataset;
    // A new dataset is laid out and fitted; an edit of the same one keeps the view.
    const freshDataset = state.datasetKey !== datasetKey;
    const labelsChanged = selectLabels(state) !== labels;
    cy.batch(() => {
      if (datasetChanged) {
        syncElements(cy, state, freshDataset ? null : dataset);
        words = graphWordsFor(state);
        for (const a of applied) a.ids = new Set();
      } else if (labelsChanged) relabel(state);
      const filteredChanged = syncFiltered(state);
      syncMarks(state);
      const { filtered } = instanceState(cy);
      CLASS_LAYERS.forEach((layer, i) => {
        const slot = applied[i]!;
        const value = layer.select(state);
        if (!datasetChanged && !filteredChanged && value === slot.value) return;
        const want = layer.ids(value, state, cy);
        // A filtered relation carries no mark: Cytoscape would draw it.
        if (filtered.size) for (const id of want) if (filtered.has(id)) want.delete(id);
        // A marked element must be on Cytoscape's stage to carry its class.
        lift(cy, layer.cls, want);
        for (const id of slot.ids) if (!want.has(id)) cy.getElementById(id).removeClass(layer.cls);
        for (const id of want) if (!slot.ids.has(id)) cy.getElementById(id).addClass(layer.cls);
        slot.value = value;
        slot.ids = want;
      });
    });
    // Record what is applied before anything can update the store again (the layout reports
    // progress): a nested call must see this dataset as done, not lay it out once more.
    datasetKey = state.datasetKey;
    dataset = state.dataset;
    labels = selectLabels(state);
    if (freshDataset) runLayout(cy, state.dataset, (f) => store.getState().setLayoutProgress(f));
    if (state.viewportRequest && state.viewportRequest !== request)
      applyViewport(cy, state.viewportRequest);
    request = state.viewportRequest;
    syncAttribution(state);
    syncLens(state, datasetChanged || labelsChanged);
    const current = selectCurrentMatch(state);
    if (current !== centred) {
      centred = current;
      if (current) centreOn(cy, actorElementId(current));
    }
  };

  const syncAttribution = bindAttribution(cy);
  const lens = createFocusLens(cy);
  let lensInput: unknown = null;
  let lensFocused: unknown = null;
  // After the attribution sync, so claim elements are there to be shown with their relation.
  const syncLens = (state: GraphState, force: boolean) => {
    const input = selectFadeInput(state);
    const focused = selectFocused(state);
    if (!force && input === lensInput && focused === lensFocused) return;
    lensInput = input;
    lensFocused = focused;
    lens.show(wearsLargeStyle(cy) ? brightIds(input.focus, cy).bright : new Set(), focused);
  };
  apply(store.getState());
  const unsubscribe = store.subscribe(apply);
  // The graph's words (statuses, "disputed") come from the language's catalogue, which may
  // arrive after the switch: relabel once more when it does, and only then.
  const offLanguage = onUiLanguage(() => {
    const state = store.getState();
    if (graphWordsFor(state) !== words) cy.batch(() => relabel(state));
  });
  return () => {
    offLanguage();
    unsubscribe();
    lens.destroy();
  };
}
