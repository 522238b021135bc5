import type { Core, ElementDefinition } from 'cytoscape';
import { instanceState, type ActorDefinition } from './instanceState';

/*
 * On an overview-painted graph the many stay off Cytoscape's stage: the overview paints the
 * relations from their definitions and the actors from theirs (offstageActors.ts), and only
 * the few Cytoscape must draw or answer for — in detail, hovered, pointed at, marked — are
 * lifted into it as elements, with the actors their relations join. Cytoscape's per-element
 * style, geometry and caches were most of the memory and of the time to show a large graph.
 */

/** The relations kept off Cytoscape, or null when it holds them all. */
export const offstageOf = (cy: Core): ReadonlyMap<string, ElementDefinition> | null =>
  instanceState(cy).offstage;

/** A relation's end actors (element ids), on stage or off. */
export function relationEnds(cy: Core, id: string): { source: string; target: string } | null {
  const def = instanceState(cy).offstage?.get(id);
  if (def) return { source: def.data.source as string, target: def.data.target as string };
  const edge = cy.getElementById(id);
  if (edge.empty() || !edge.isEdge()) return null;
  return { source: edge.source().id(), target: edge.target().id() };
}

/** Relation element ids touching an actor element, on stage or off. */
export function relationsAround(cy: Core, actorId: string): readonly string[] {
  const state = instanceState(cy);
  if (!state.offstage)
    return cy
      .getElementById(actorId)
      .connectedEdges()
      .map((e) => e.id());
  if (!state.around) {
    const around = new Map<string, string[]>();
    for (const [id, def] of state.offstage) {
      for (const end of [def.data.source as string, def.data.target as string]) {
        const list = around.get(end);
        if (list) list.push(id);
        else around.set(end, [id]);
      }
    }
    state.around = around;
  }
  return state.around.get(actorId) ?? [];
}

/** A fresh element definition for an actor kept off the stage (Cytoscape keeps what it gets). */
export const actorElement = (def: ActorDefinition, classes: string[] = []): ElementDefinition => ({
  group: 'nodes',
  data: { ...def.data },
  position: { ...def.position },
  classes,
});

/** The actors Cytoscape must hold: lifted, joined by a relation it holds, or pinned. */
function wantedActors(cy: Core, relations: ReadonlySet<string>): Set<string> {
  const { offstage, actors, lifts, hiddenActors, pinned } = instanceState(cy);
  const want = new Set(pinned);
  if (!actors || !offstage) return want;
  for (const set of lifts.values())
    for (const id of set) if (actors.has(id) && !hiddenActors.has(id)) want.add(id);
  for (const id of relations) {
    const { source, target } = offstage.get(id)!.data;
    want.add(source as string).add(target as string);
  }
  // Edges Cytoscape holds besides (the "who says so" claims) keep their actors.
  cy.edges().forEach((edge) => {
    if (offstage.has(edge.id())) return;
    want.add(edge.source().id()).add(edge.target().id());
  });
  return want;
}

/**
 * Brings Cytoscape's elements in line with all lift reasons together: the missing are added
 * (actors before the relations joining them), the no longer wanted — or filtered out since —
 * removed. Called again when the filters change.
 */
export function restage(cy: Core): void {
  const state = instanceState(cy);
  const { offstage, actors, filtered } = state;
  if (!offstage) return;
  // The filters list a relation as hidden when either of its actors is.
  const relations = new Set<string>();
  for (const set of state.lifts.values())
    for (const id of set) if (offstage.has(id) && !filtered.has(id)) relations.add(id);
  cy.batch(() => {
    cy.remove(cy.edges().filter((edge) => offstage.has(edge.id()) && !relations.has(edge.id())));
    if (actors) {
      const want = wantedActors(cy, relations);
      cy.remove(cy.nodes().filter((node) => actors.has(node.id()) && !want.has(node.id())));
      const add: ElementDefinition[] = [];
      for (const id of want) {
        const def = actors.get(id);
        if (def && cy.getElementById(id).empty()) add.push(actorElement(def));
      }
      if (add.length) cy.add(add);
    }
    const add: ElementDefinition[] = [];
    for (const id of relations) {
      if (cy.getElementById(id).nonempty()) continue;
      const def = offstage.get(id)!;
      const ends = [def.data.source as string, def.data.target as string];
      if (ends.every((end) => cy.getElementById(end).nonempty()))
        add.push({ ...def, data: { ...def.data } });
    }
    if (add.length) cy.add(add);
  });
}

/**
 * Sets the elements lifted onto the stage for one reason: relations and actors kept off it
 * (other ids are ignored).
 */
export function lift(cy: Core, reason: string, ids: Iterable<string>): void {
  const state = instanceState(cy);
  if (!state.offstage) return;
  const mine = new Set<string>();
  for (const id of ids) if (state.offstage.has(id) || state.actors?.has(id)) mine.add(id);
  const had = state.lifts.get(reason);
  if (had?.size === mine.size && [...mine].every((id) => had.has(id))) return;
  state.lifts.set(reason, mine);
  restage(cy);
}
