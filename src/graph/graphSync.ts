import type { Core, ElementDefinition, SingularElementArgument } from 'cytoscape';
import type { StoreApi } from 'zustand/vanilla';
import type { GraphState } from '../store/graphStore';
import {
  selectCurrentMatch,
  selectKindStyles,
  selectLabels,
  selectSearchMatches,
  selectTypeStyles,
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
import { elementLabels, toElements } from './elements';
import { onUiLanguage } from '../i18n/i18n';
import { graphWordsFor } from './graphWords';
import { actorElementId } from './ids';
import { interimPosition, laidOutInBackground, runLayout } from './layout';
import { claimRelationOf } from './attributionElements';
import { instanceState, type ActorDefinition } from './instanceState';
import { DETAIL_ZOOM } from './levelOfDetail';
import { lift, restage } from './offstage';
import { actorPosition, actorsOffstage } from './offstageActors';
import { isLargeGraph, markLarge, paintsOverview, wearsLargeStyle } from './largeGraph';
import { stylesheetFor } from './stylesheet';
import { applyViewport, currentViewport } from './viewport';

/**
 * Large graphs get the lean stylesheet. It is swapped after the old elements are gone and
 * before the new ones arrive, so each element is styled once.
 */
function chooseStylesheet(cy: Core, dataset: GraphState['dataset']): void {
  const large = isLargeGraph(dataset.actors.length, dataset.relations.length);
  if (wearsLargeStyle(cy) === large) return;
  cy.style(stylesheetFor(large, instanceState(cy).overview));
  markLarge(cy, large);
}

/**
 * Replaces elements by diff: kept ids keep their element objects and only their data changes.
 * A stored position is applied only when it changed (so an edit never snaps dragged nodes
 * back); actors added by an edit appear in the middle of the view.
 */
function syncElements(cy: Core, state: GraphState, previous: GraphState['dataset'] | null): void {
  const before = new Map(previous?.actors.map((a) => [actorElementId(a.id), a.position]) ?? []);
  const defs = toElements(
    state.dataset,
    { kinds: selectKindStyles(state), types: selectTypeStyles(state) },
    graphWordsFor(state),
  );
  const nodeIds = new Set(defs.filter((d) => d.group === 'nodes').map((d) => d.data.id as string));
  // An edge whose actor is gone cannot be drawn (Cytoscape throws); validation lists it.
  const drawable = defs.filter(
    (d) => d.group === 'nodes' || (nodeIds.has(d.data.source) && nodeIds.has(d.data.target)),
  );
  const wanted = new Set(drawable.map((d) => d.data.id as string));
  cy.elements()
    .filter((e) => !wanted.has(e.id()) && claimRelationOf(e.id()) === null)
    .remove();
  chooseStylesheet(cy, state.dataset);
  // An overview-painted graph keeps its relations and actors off Cytoscape (see offstage.ts).
  const offstage = paintsOverview(cy) ? new Map<string, ElementDefinition>() : null;
  const oldActors = instanceState(cy).actors;
  const actors = offstage ? new Map<string, ActorDefinition>() : null;
  // Compound groups and their members stay on stage whole (a group's box is its members').
  const pinned = new Set<string>();
  if (actors)
    for (const def of drawable)
      if (def.group === 'nodes' && def.data.parent)
        pinned.add(def.data.id as string).add(def.data.parent as string);
  const centre = currentViewport(cy);
  // A fresh big dataset without positions waits on a grid for its background layout.
  const interim = !previous && laidOutInBackground(state.dataset);
  const actorIndex = interim
    ? new Map(state.dataset.actors.map((a, i) => [actorElementId(a.id), i]))
    : null;
  const toAdd = [];
  let added = 0;
  for (const def of drawable) {
    const id = def.data.id as string;
    const existing = cy.getElementById(id);
    if (offstage && def.group === 'edges') {
      // Off stage; a relation lifted onto it keeps its element, with the new data.
      offstage.set(id, def);
      if (existing.nonempty()) updateData(existing, def.data);
      continue;
    }
    const known = existing.nonempty() || oldActors?.has(id);
    if (!known) {
      if (interim && def.group === 'nodes' && !def.position)
        def.position = interimPosition(actorIndex?.get(id) ?? 0, state.dataset.actors.length);
      if (previous && def.group === 'nodes' && !def.position) {
        // A golden-angle spiral around the view's centre: new actors never land on each other.
        const i = state.dataset.actors.length + added;
        const r = 70 * Math.sqrt(i % 40);
        def.position = {
          x: centre.x + r * Math.cos(i * 2.39996),
          y: centre.y + r * Math.sin(i * 2.39996),
        };
      }
      added++;
      if (actors && !pinned.has(id))
        actors.set(id, { ...def, group: 'nodes', position: def.position ?? { x: 0, y: 0 } });
      else toAdd.push(def);
      continue;
    }
    const p = def.position;
    const was = before.get(id);
    const moved = p && (!was || was.x !== p.x || was.y !== p.y);
    if (actors && !pinned.has(id)) {
      // The actor keeps where it was dragged or laid out, unless the data moved it.
      const at = moved ? p : (oldActors?.get(id)?.position ?? existing.position());
      actors.set(id, { ...def, group: 'nodes', position: { ...at } });
    } else if (existing.empty()) {
      // Held off the stage until now: it joins Cytoscape where it was.
      const at = moved ? p : (oldActors?.get(id)?.position ?? p ?? { x: 0, y: 0 });
      toAdd.push({ ...def, position: { ...at } });
    }
    if (existing.nonempty()) {
      updateData(existing, def.data);
      if (moved) existing.position(p);
    }
  }
  cy.add(toAdd);
  const kept = previous ? instanceState(cy).lifts : new Map<string, ReadonlySet<string>>();
  Object.assign(instanceState(cy), { offstage, actors, pinned, around: null, lifts: kept });
  // Actors held until now that nothing lifts leave the stage (a graph grown large by edits).
  restage(cy);
  // Only from the elements that carry them: Cytoscape's removeClass restyles every element
  // it is given, whether it had the class or not.
  cy.$(CLASS_LAYERS.map((l) => `.${l.cls}`).join(', ')).removeClass(
    CLASS_LAYERS.map((l) => l.cls).join(' '),
  );
  cy.emit('offstage');
  // The first actors of an empty graph: bring them into a comfortable view.
  if (previous && previous.actors.length === 0 && toAdd.some((d) => d.group === 'nodes')) {
    cy.zoom(1.2);
    cy.center();
  }
}

/**
 * Gives an element its new data only where some of it changed: Cytoscape restyles every
 * element whose data is set, even to the same values — after one edit of a 5,000-actor graph,
 * all 5,000 on the next frame (a quarter second).
 */
function updateData(ele: SingularElementArgument, data: Record<string, unknown>): void {
  const now = ele.data() as Record<string, unknown>;
  const keys = new Set([...Object.keys(now), ...Object.keys(data)]);
  for (const key of keys) {
    if (now[key] !== data[key]) {
      ele.data(data);
      return;
    }
  }
}

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
