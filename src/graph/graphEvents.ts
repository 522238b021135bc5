import type { EventObject } from 'cytoscape';
import type { StoreApi } from 'zustand/vanilla';
import type { GraphState } from '../store/graphStore';
import { claimRelationOf } from './attributionElements';
import type { DrawnGraph } from './drawnGraph';
import { isActorElementId, modelIdOf } from './ids';
import { campOfElementId, isCampLinkId } from './campNodes';
import type { PaintedTarget } from './overview/overviewLayer';
import type { Point } from '../model/geometry';

/** The relation an edge, claim node or assertion edge stands for. */
const relationOf = (elementId: string) => claimRelationOf(elementId) ?? modelIdOf(elementId);

/** What is painted but not held by Cytoscape at a graph point (the overview's; null elsewhere). */
export type PaintedAt = (at: Point, touch: boolean) => PaintedTarget;

/**
 * Clicks and hovers on the graph become store actions; the store drives everything else.
 * Returns the handler for a relation the overview paints coming under the pointer or leaving
 * it, and the unbinding.
 */
export function bindGraphEvents(
  graph: DrawnGraph,
  store: StoreApi<GraphState>,
  paintedAt: PaintedAt = () => null,
): { pointRelation: (id: string | null) => void; unbind: () => void } {
  const { cy } = graph;
  const hidden = (event: EventObject) => graph.contents.isHidden(event.target.id() as string);
  const onTap = (event: EventObject) => {
    const { selectActor, selectRelation, clearSelection } = store.getState();
    if (event.target === cy) {
      // Painted where Cytoscape holds nothing: a finger's tap (a mouse has kept it by hovering).
      const touch = (event.originalEvent as Event | undefined)?.type.startsWith('touch') ?? false;
      const painted = paintedAt(event.position, touch);
      if (!painted) return clearSelection();
      return 'actor' in painted
        ? selectActor(modelIdOf(painted.actor))
        : selectRelation(modelIdOf(painted.relation));
    }
    // A relation the filters hide is still under the pointer, invisible: a click on nothing.
    if (hidden(event)) return clearSelection();
    const id = event.target.id() as string;
    // A collapsed camp opens again; a link between camps stands for many relations: none.
    const camp = campOfElementId(id);
    if (camp !== null) return store.getState().setCampsCollapsed([camp], false);
    if (isCampLinkId(id)) return clearSelection();
    if (isActorElementId(id)) selectActor(modelIdOf(id));
    else selectRelation(relationOf(id));
  };
  const onOver = (event: EventObject) => {
    const id = event.target.id() as string;
    if (!hidden(event) && !isCampLinkId(id)) store.getState().setHovered([relationOf(id)]);
  };
  const onOut = () => store.getState().setHovered([]);
  cy.on('tap', onTap);
  cy.on('mouseover', 'edge, node.claim', onOver);
  cy.on('mouseout', 'edge, node.claim', onOut);
  return {
    // A painted relation under the pointer is hovered: that keeps it on Cytoscape (a mark),
    // which then answers hover and click itself.
    pointRelation(id) {
      const { hovered, setHovered } = store.getState();
      if (id) setHovered([modelIdOf(id)]);
      else if (hovered.length) setHovered([]);
    },
    unbind() {
      cy.off('tap', onTap);
      cy.off('mouseover', 'edge, node.claim', onOver);
      cy.off('mouseout', 'edge, node.claim', onOut);
    },
  };
}
