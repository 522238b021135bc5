import type { EventObject } from 'cytoscape';
import type { DrawnGraph } from '../drawnGraph';

const DRAGGED = 'dragged';

/**
 * While an actor is dragged in the overview mode, Cytoscape draws it and its relations (kept
 * on it, classed `dragged`) and they follow the pointer frame by frame; the overview leaves
 * them out, so it is repainted once when the drag starts and once when it ends rather than
 * while the actor moves (a repaint of tens of thousands of relations).
 */
export function bindDrag(
  graph: DrawnGraph,
  repaint: () => void,
): { dragged: () => string | null; unbind: () => void } {
  const { cy } = graph;
  let dragged: string | null = null;
  const onDrag = (event: EventObject) => {
    const id = event.target.id() as string;
    if (dragged === id) return;
    dragged = id;
    const around = graph.contents.relationsAround(id);
    // The actor too: it must stay on Cytoscape while it moves, whatever else kept it.
    graph.contents.keep(DRAGGED, [id, ...around]);
    for (const relation of around) cy.getElementById(relation).addClass(DRAGGED);
    repaint();
  };
  // Released — or taken away mid-drag (an undo from the keyboard): the drag is over.
  const onEnd = (event: EventObject) => {
    if (dragged !== event.target.id()) return;
    dragged = null;
    cy.edges(`.${DRAGGED}`).removeClass(DRAGGED);
    graph.contents.keep(DRAGGED, []);
    repaint();
  };
  cy.on('drag', 'node', onDrag);
  cy.on('free remove', 'node', onEnd);
  return {
    dragged: () => dragged,
    unbind: () => {
      cy.off('drag', 'node', onDrag);
      cy.off('free remove', 'node', onEnd);
    },
  };
}
