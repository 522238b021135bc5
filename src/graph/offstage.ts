import type { Core, ElementDefinition } from 'cytoscape';
import { instanceState } from './instanceState';
import { stageEnds } from './overview/stagedActors';

/*
 * On an overview-painted graph the relations stay off Cytoscape's stage: the overview paints
 * them from their definitions, and only the few drawn in full — in detail, hovered, marked —
 * are lifted into Cytoscape as elements. Cytoscape's per-element style, geometry and caches
 * were most of the memory and of the time to show a graph of tens of thousands of relations.
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

/**
 * Brings Cytoscape's relation elements in line with all lift reasons together: the missing
 * are added, the no longer wanted — or filtered out since — removed. Called again when the
 * filters change.
 */
export function restage(cy: Core): void {
  const state = instanceState(cy);
  const { offstage } = state;
  if (!offstage) return;
  const wanted = new Set<string>();
  for (const set of state.lifts.values())
    for (const id of set) if (!state.filtered.has(id)) wanted.add(id);
  cy.batch(() => {
    cy.remove(cy.edges().filter((edge) => offstage.has(edge.id()) && !wanted.has(edge.id())));
    const add: ElementDefinition[] = [];
    for (const id of wanted) {
      if (cy.getElementById(id).nonempty()) continue;
      const def = offstage.get(id)!;
      const ends = [def.data.source as string, def.data.target as string];
      if (ends.every((end) => cy.getElementById(end).nonempty()))
        add.push({ ...def, data: { ...def.data } });
    }
    if (add.length) cy.add(add);
    stageEnds(cy);
  });
}

/** Sets the relations lifted onto the stage for one reason (other ids are ignored). */
export function liftRelations(cy: Core, reason: string, ids: Iterable<string>): void {
  const state = instanceState(cy);
  if (!state.offstage) return;
  const mine = new Set<string>();
  for (const id of ids) if (state.offstage.has(id)) mine.add(id);
  if (!mine.size && !state.lifts.get(reason)?.size) return;
  state.lifts.set(reason, mine);
  restage(cy);
}
