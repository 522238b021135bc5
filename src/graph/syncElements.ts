import type { GraphState } from '../store/graphStore';
import { selectDisputed, selectKindStyles, selectTypeStyles } from '../store/selectors';
import type { DrawnGraph } from './drawnGraph';
import { toElements } from './elements';
import type { Point } from '../model/geometry';
import { graphWordsFor } from './graphWords';
import { actorElementId } from './ids';
import { interimPosition, laidOutInBackground } from './layout';
import { drawingMode } from './mode';
import { stylesheetFor } from './style/stylesheet';
import { currentViewport } from './viewport';

/**
 * Gives the graph the dataset's elements, by diff. Each actor gets its position first, from
 * whichever mode drew it until now: its stored position if the data moved it, else where it
 * is (dragged, laid out), else — new to the graph — a place of its own. Then the mode for the
 * dataset's size is chosen (a new contents, and its stylesheet, only when it changes) and the
 * contents takes the elements. Returns whether the mode changed.
 */
export function syncElements(
  graph: DrawnGraph,
  state: GraphState,
  previous: GraphState['dataset'] | null,
): boolean {
  const { cy } = graph;
  const before = new Map(previous?.actors.map((a) => [actorElementId(a.id), a.position]) ?? []);
  const defs = toElements(
    state.dataset,
    { kinds: selectKindStyles(state), types: selectTypeStyles(state) },
    graphWordsFor(state),
    selectDisputed(state),
  );
  const nodeIds = new Set(defs.filter((d) => d.group === 'nodes').map((d) => d.data.id as string));
  // An edge whose actor is gone cannot be drawn (Cytoscape throws); validation lists it.
  const drawable = defs.filter(
    (d) => d.group === 'nodes' || (nodeIds.has(d.data.source) && nodeIds.has(d.data.target)),
  );
  const place = placer(graph, state, previous);
  const moved = new Set<string>();
  for (const def of drawable) {
    if (def.group !== 'nodes') continue;
    const id = def.data.id as string;
    const p = def.position;
    const was = before.get(id);
    if (p && previous && (!was || was.x !== p.x || was.y !== p.y)) moved.add(id);
    if (moved.has(id)) continue;
    // Where it is now (dragged, laid out): an edit never snaps an actor back.
    const at = (previous && graph.contents.position(id)) || p || place(id);
    if (at) def.position = { ...at };
  }
  const { dataset } = state;
  const mode = drawingMode(dataset.actors.length, dataset.relations.length, graph.renderer);
  const switched = graph.setMode(mode);
  // Swapped after the old elements are gone and before the new ones arrive: each is styled once.
  if (switched) cy.style(stylesheetFor(mode));
  graph.contents.setElements(drawable, { moved, fresh: !previous });
  // The first actors of an empty graph: bring them into a comfortable view.
  if (previous && previous.actors.length === 0 && state.dataset.actors.length > 0) {
    cy.zoom(1.2);
    cy.center();
  }
  return switched;
}

/** Where an actor new to the graph, without a stored position, appears; undefined: laid out. */
function placer(
  graph: DrawnGraph,
  state: GraphState,
  previous: GraphState['dataset'] | null,
): (id: string) => Point | undefined {
  const { actors } = state.dataset;
  // A fresh big dataset without positions waits on a grid for its background layout.
  if (!previous && laidOutInBackground(state.dataset)) {
    const index = new Map(actors.map((a, i) => [actorElementId(a.id), i]));
    return (id) => interimPosition(index.get(id) ?? 0, actors.length);
  }
  // A fresh small one is laid out by cose.
  if (!previous) return () => undefined;
  // Added by an edit: on a golden-angle spiral around the view's centre, so that new actors
  // never land on each other.
  const centre = currentViewport(graph.cy);
  let added = 0;
  return () => {
    const i = actors.length + added++;
    const r = 70 * Math.sqrt(i % 40);
    return { x: centre.x + r * Math.cos(i * 2.39996), y: centre.y + r * Math.sin(i * 2.39996) };
  };
}
