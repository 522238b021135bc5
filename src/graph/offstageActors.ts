import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { instanceState } from './instanceState';

/*
 * The actors of an overview-painted graph live as definitions (instanceState's `actors`),
 * with their positions; Cytoscape holds only those lifted onto its stage (offstage.ts). These
 * read an actor the same way whether Cytoscape holds it or not.
 */

type Point = { x: number; y: number };

/** Whether Cytoscape holds only some of the actors (the rest are definitions). */
export const actorsOffstage = (cy: Core): boolean => instanceState(cy).actors !== null;

/** An actor's position, on stage or off; null for an unknown id. */
export function actorPosition(cy: Core, id: string): Point | null {
  const node = cy.getElementById(id);
  if (node.nonempty() && node.isNode()) return node.position();
  return instanceState(cy).actors?.get(id)?.position ?? null;
}

export interface ActorSpot {
  id: string;
  position: Point;
  data: Record<string, unknown>;
}

/**
 * Calls `visit` for every actor the filters leave shown, on stage or off. Claims and
 * compound groups are not actors here: Cytoscape draws them.
 */
export function eachShownActor(cy: Core, visit: (actor: ActorSpot) => void): void {
  const { actors, hiddenActors, pinned } = instanceState(cy);
  const onStage = (node: NodeSingular) => {
    if (node.hasClass('hidden') || node.hasClass('claim') || node.isParent()) return;
    if (node.isChild() && node.ancestors().some((a) => (a as NodeSingular).hasClass('hidden')))
      return;
    visit({ id: node.id(), position: node.position(), data: node.data() });
  };
  if (!actors) return void cy.nodes().forEach(onStage);
  for (const [id, def] of actors)
    if (!hiddenActors.has(id)) visit({ id, position: def.position, data: def.data });
  // Compound groups and their members stay on the stage whole (syncElements.ts).
  for (const id of pinned) {
    const node = cy.getElementById(id);
    if (node.nonempty() && node.isNode()) onStage(node);
  }
}

/**
 * Keeps the definitions' positions those of the actors on stage, which move (drags,
 * layouts): an actor taken off the stage and lifted again comes back where it was left.
 */
export function bindActorPositions(cy: Core): () => void {
  const onPosition = (event: EventObject) => {
    const def = instanceState(cy).actors?.get(event.target.id());
    if (def) def.position = { ...event.target.position() };
  };
  cy.on('position', 'node', onPosition);
  return () => cy.off('position', 'node', onPosition);
}

/** Moves actors, on stage or off (a layout's result); the overview is told with `offstage`. */
export function moveActors(cy: Core, positions: ReadonlyMap<string, Point>): void {
  const { actors } = instanceState(cy);
  if (actors)
    for (const [id, def] of actors) {
      const p = positions.get(id);
      if (p) def.position = { x: p.x, y: p.y };
    }
  cy.batch(() =>
    cy.nodes().positions((node: NodeSingular) => positions.get(node.id()) ?? node.position()),
  );
  if (actors) cy.emit('offstage');
}

/** Every actor's position by element id, on stage or off, shown or hidden (to save a layout). */
export function actorPositions(cy: Core): Map<string, Point> {
  const out = new Map<string, Point>();
  for (const [id, def] of instanceState(cy).actors ?? []) out.set(id, { ...def.position });
  cy.nodes().forEach((node) => void out.set(node.id(), { ...node.position() }));
  return out;
}
