import type { Core, EventObject } from 'cytoscape';
import { instanceState } from '../instanceState';
import { lift, offstageOf, relationsAround } from '../offstage';

const REASON = 'dragged';

/**
 * While an actor of an overview-painted graph is dragged, Cytoscape draws it and its relations
 * (lifted onto its stage, classed `dragged`) and they follow the pointer frame by frame; the
 * overview leaves them out, so it is repainted once when the drag starts and once when it
 * ends rather than while the actor moves (a repaint of tens of thousands of relations).
 */
export function bindDragLift(cy: Core): () => void {
  const state = instanceState(cy);
  const lifted = () => cy.edges(`.${REASON}`);
  const onDrag = (event: EventObject) => {
    const id = event.target.id() as string;
    if (!offstageOf(cy) || state.dragging === id) return;
    state.dragging = id;
    // The actor too: it must stay on the stage while it moves, whatever else lifted it.
    lift(cy, REASON, [id, ...relationsAround(cy, id)]);
    for (const relation of relationsAround(cy, id)) cy.getElementById(relation).addClass(REASON);
    cy.emit('offstage');
  };
  // Released — or taken away mid-drag (an undo from the keyboard): the drag is over.
  const onEnd = (event: EventObject) => {
    if (state.dragging !== event.target.id()) return;
    state.dragging = null;
    lifted().removeClass(REASON);
    lift(cy, REASON, []);
    cy.emit('offstage');
  };
  cy.on('drag', 'node', onDrag);
  cy.on('free remove', 'node', onEnd);
  return () => {
    cy.off('drag', 'node', onDrag);
    cy.off('free remove', 'node', onEnd);
  };
}
