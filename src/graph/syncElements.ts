import type { Core, ElementDefinition, SingularElementArgument } from 'cytoscape';
import type { GraphState } from '../store/graphStore';
import { selectKindStyles, selectTypeStyles } from '../store/selectors';
import { claimRelationOf } from './attributionElements';
import { CLASS_LAYERS } from './classLayers';
import { toElements } from './elements';
import { graphWordsFor } from './graphWords';
import { actorElementId } from './ids';
import { instanceState, type ActorDefinition } from './instanceState';
import { isLargeGraph, markLarge, paintsOverview, wearsLargeStyle } from './largeGraph';
import { interimPosition, laidOutInBackground } from './layout';
import { restage } from './offstage';
import { stylesheetFor } from './stylesheet';
import { currentViewport } from './viewport';

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
export function syncElements(
  cy: Core,
  state: GraphState,
  previous: GraphState['dataset'] | null,
): void {
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
  let added = 0;
  /** Where an actor new to the graph and without a stored position appears. */
  const newPosition = (id: string): { x: number; y: number } | undefined => {
    const i = state.dataset.actors.length + added++;
    if (interim) return interimPosition(actorIndex?.get(id) ?? 0, state.dataset.actors.length);
    if (!previous) return undefined;
    // Added by an edit: on a golden-angle spiral around the view's centre, so that new actors
    // never land on each other.
    const r = 70 * Math.sqrt(i % 40);
    return { x: centre.x + r * Math.cos(i * 2.39996), y: centre.y + r * Math.sin(i * 2.39996) };
  };
  const toAdd = [];
  for (const def of drawable) {
    const id = def.data.id as string;
    const existing = cy.getElementById(id);
    if (offstage && def.group === 'edges') {
      // Off stage; a relation lifted onto it keeps its element, with the new data.
      offstage.set(id, def);
      if (existing.nonempty()) updateData(existing, def.data);
      continue;
    }
    if (!existing.nonempty() && !oldActors?.has(id)) {
      if (def.group === 'nodes' && !def.position) {
        const at = newPosition(id);
        if (at) def.position = at;
      }
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
