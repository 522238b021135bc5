import type { StoreApi } from 'zustand/vanilla';
import type { VisibleGraph } from '../model/filter';
import type { GraphState } from '../store/graphStore';
import {
  selectCurrentMatch,
  selectDisputed,
  selectIndex,
  selectHighlight,
  selectLabels,
  selectSearchMatches,
  selectLineWeights,
  selectVisible,
} from '../store/selectors';
import type { ClaimMarks } from './contents/contents';
import { onUiLanguage } from '../i18n/i18n';
import { bindAttribution } from './attribution';
import { classExactly } from './contents/elementChanges';
import { DETAIL_ZOOM } from './detail/levelOfDetail';
import type { DrawnGraph } from './drawnGraph';
import { elementLabels, relationLabel } from './elements';
import { graphWordsFor } from './graphWords';
import { bindHighlight, selectSelectedElements } from './highlight/highlight';
import { actorElementId, relationElementId } from './ids';
import { runLayout } from './layout';
import { MARK_LAYERS } from './markLayers';
import { syncElements } from './syncElements';
import { applyViewport, fitGraph, mayAnimate, stopGlide } from './viewport';
import { selectActorMarks, selectCollapsed } from '../store/actorMarks';
import type { CollapsedCamps } from '../model/metrics/collapse';
import { bindCampNodes } from './campNodes';

/** The element ids of the actors and relations the filters hide. */
function hiddenIds(visible: VisibleGraph, s: GraphState, collapsed: CollapsedCamps | null) {
  const actors = new Set<string>();
  for (const a of s.dataset.actors)
    if (!visible.actorIds.has(a.id) || collapsed?.hiddenActors.has(a.id))
      actors.add(actorElementId(a.id));
  const relations = new Set<string>();
  for (const r of s.dataset.relations)
    if (!visible.relationIds.has(r.id) || collapsed?.hiddenRelations.has(r.id))
      relations.add(relationElementId(r.id));
  return { actors, relations };
}

/** The claim marks of the chosen time, by element id (see GraphContents.setClaimMarks). */
function claimMarks(
  weights: ReadonlyMap<string, number>,
  disputed: ReadonlySet<string>,
): ClaimMarks {
  const sources = new Map<string, number>();
  for (const [id, n] of weights) if (n > 1) sources.set(relationElementId(id), n);
  return { sources, disputed: new Set([...disputed].map(relationElementId)) };
}

/**
 * Puts a found actor's centre (not its label's bounding box) in the middle of the view, zoomed
 * in as far as its name can be read: zoomed out over thousands of actors, a centred match
 * whose label is too small to draw could not be told from its neighbours.
 */
function centreOn(graph: DrawnGraph, elementId: string): void {
  const { cy } = graph;
  const at = graph.contents.position(elementId);
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.zoom(), DETAIL_ZOOM));
  if (at) applyViewport(cy, { ...at, zoom });
}

/**
 * Drives the graph from the store, each step only when its slice of derived state changed
 * identity: dataset → elements (by diff, syncElements.ts); filters → hidden; search → matches;
 * marks of the moment → classes on the few elements concerned (markLayers.ts); claims; the
 * highlight (highlight/). Nothing is re-created.
 */
export function bindGraphToStore(graph: DrawnGraph, store: StoreApi<GraphState>): () => void {
  const { cy } = graph;
  let dataset: GraphState['dataset'] | null = null;
  let datasetKey = -1;
  let labels: ReturnType<typeof selectLabels> | null = null;
  const applied = MARK_LAYERS.map(() => ({ value: undefined as unknown, ids: new Set<string>() }));
  let centred: string | null = null;
  let request: GraphState['viewportRequest'] = null;
  let visibleFor: VisibleGraph | null = null;
  let matchesFor: string[] | null = null;
  let weightsFor: ReadonlyMap<string, number> | null = null;
  let disputedFor: ReadonlySet<string> | null = null;
  let actorMarksFor: ReturnType<typeof selectActorMarks> | null = null;
  let collapsedFor: CollapsedCamps | null = null;
  const camps = bindCampNodes(graph);
  let highlightFor: unknown[] = [];

  // The words the drawn labels were made with; a language switch relabels in place.
  let words: ReturnType<typeof graphWordsFor> | null = null;
  const relabel = (state: GraphState) => {
    words = graphWordsFor(state);
    graph.contents.setLabels(elementLabels(state.dataset, words, selectDisputed(state)));
  };

  // A claim disputed since (or no longer, at an earlier time): its label says so or not.
  const relabelDisputes = (
    state: GraphState,
    before: ReadonlySet<string>,
    now: ReadonlySet<string>,
  ) => {
    if (!words) return;
    const index = selectIndex(state);
    const labels = new Map<string, string>();
    for (const id of new Set([...before, ...now])) {
      const relation = index.relations.get(id);
      if (relation && before.has(id) !== now.has(id))
        labels.set(relationElementId(id), relationLabel(relation, words, now.has(id)));
    }
    if (labels.size) graph.contents.setLabels(labels);
  };

  const apply = (state: GraphState) => {
    const datasetChanged = state.dataset !== dataset;
    // A new dataset is laid out and fitted; an edit of the same one keeps the view.
    const fresh = state.datasetKey !== datasetKey;
    const labelsChanged = selectLabels(state) !== labels;
    cy.batch(() => {
      if (datasetChanged) {
        syncElements(graph, state, fresh ? null : dataset);
        words = graphWordsFor(state);
      } else if (labelsChanged) relabel(state);
      const visible = selectVisible(state);
      const collapsed = selectCollapsed(state);
      const hiddenChanged = datasetChanged || visible !== visibleFor || collapsed !== collapsedFor;
      if (hiddenChanged) {
        const hidden = hiddenIds(visible, state, collapsed);
        graph.contents.setHidden(hidden.actors, hidden.relations);
        visibleFor = visible;
        collapsedFor = collapsed;
      }
      // The chosen time changes what is known: widths, and which claims are disputed yet.
      const weights = selectLineWeights(state);
      const disputed = selectDisputed(state);
      if (datasetChanged || weights !== weightsFor || disputed !== disputedFor) {
        if (!datasetChanged && disputedFor && disputed !== disputedFor && !labelsChanged)
          relabelDisputes(state, disputedFor, disputed);
        graph.contents.setClaimMarks(claimMarks(weights, disputed));
        weightsFor = weights;
        disputedFor = disputed;
      }
      // Sizes and colours by a measure; a new dataset's elements come with the kind's look.
      const actorMarks = selectActorMarks(state);
      if (datasetChanged || actorMarks !== actorMarksFor) {
        graph.contents.setActorMarks(
          new Map([...actorMarks].map(([id, mark]) => [actorElementId(id), mark])),
        );
        actorMarksFor = actorMarks;
      }
      const matches = selectSearchMatches(state);
      if (datasetChanged || matches !== matchesFor) {
        graph.contents.setSearchMatches(new Set(matches.map(actorElementId)));
        matchesFor = matches;
      }
      MARK_LAYERS.forEach((layer, i) => {
        const slot = applied[i]!;
        const value = layer.select(state);
        if (!hiddenChanged && value === slot.value) return;
        // A hidden element carries no mark: it would be drawn.
        const want = new Set([...layer.ids(value)].filter((id) => !graph.contents.isHidden(id)));
        // A marked element must be on Cytoscape to carry its class.
        graph.contents.keep(layer.cls, want);
        classExactly(cy, layer.cls, slot.ids, want);
        slot.value = value;
        slot.ids = want;
      });
    });
    // Record what is applied before anything can update the store again (the layout reports
    // progress): a nested call must see this dataset as done, not lay it out once more.
    datasetKey = state.datasetKey;
    dataset = state.dataset;
    labels = selectLabels(state);
    if (fresh) runLayout(graph, state.dataset, (f) => store.getState().setLayoutProgress(f));
    const wanted = state.viewportRequest;
    if (wanted && wanted !== request) {
      // Gliding redraws every frame: only where Cytoscape draws the whole graph.
      const animate = !!wanted.animate && graph.mode === 'full' && mayAnimate();
      stopGlide(cy);
      if ('fit' in wanted) fitGraph(graph, 30, { animate, byPositions: true });
      else applyViewport(cy, wanted, animate);
    }
    request = state.viewportRequest;
    const labelsNow = selectLabels(state);
    camps.update(
      selectCollapsed(state),
      (c) => `${labelsNow.actor(c.hub)} +${c.size - 1}`,
      datasetChanged,
    );
    syncAttribution(state);
    // After the claims: their elements join the highlight of their relation.
    // (The view mode adds or removes claim elements, which join the highlight.)
    const highlightInput = [selectHighlight(state), state.viewMode, selectSelectedElements(state)];
    if (datasetChanged || labelsChanged || highlightInput.some((v, i) => v !== highlightFor[i])) {
      highlightFor = highlightInput;
      highlight.show(state);
    }
    const current = selectCurrentMatch(state);
    if (current !== centred) {
      centred = current;
      if (current) centreOn(graph, actorElementId(current));
    }
  };

  const syncAttribution = bindAttribution(graph);
  const highlight = bindHighlight(graph);
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
    highlight.destroy();
  };
}
