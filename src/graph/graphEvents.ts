import type { Core, EventObject } from 'cytoscape';
import type { StoreApi } from 'zustand/vanilla';
import type { GraphState } from '../store/graphStore';
import { claimRelationOf } from './attributionElements';
import { isActorElementId, modelIdOf } from './ids';
import { isFilteredOut } from './largeGraph';
import { paintedTapped } from './overview/overviewLayer';

/** The relation an edge, claim node or assertion edge stands for. */
const relationOf = (elementId: string) => claimRelationOf(elementId) ?? modelIdOf(elementId);

/** Clicks and hovers on the canvas become store actions; the store drives everything else. */
export function bindGraphEvents(cy: Core, store: StoreApi<GraphState>): () => void {
  const onTap = (event: EventObject) => {
    const { selectActor, selectRelation, clearSelection } = store.getState();
    if (event.target === cy) {
      // Where the overview paints an actor or relation Cytoscape does not display (a finger's tap).
      const painted = paintedTapped(cy, event);
      if (!painted) return clearSelection();
      return 'actor' in painted
        ? selectActor(modelIdOf(painted.actor))
        : selectRelation(modelIdOf(painted.relation));
    }
    // A relation the filters hide is still under the pointer, invisible: a click on nothing.
    if (isFilteredOut(cy, event.target)) return clearSelection();
    const id = event.target.id() as string;
    if (isActorElementId(id)) selectActor(modelIdOf(id));
    else selectRelation(relationOf(id));
  };
  const onOver = (event: EventObject) => {
    if (!isFilteredOut(cy, event.target))
      store.getState().setHovered([relationOf(event.target.id())]);
  };
  const onOut = () => store.getState().setHovered([]);
  // A relation the overview paints, pointed at where Cytoscape holds no element for it: hovering
  // lifts it onto Cytoscape's stage (offstage.ts), which then answers hover and click itself.
  const onPoint = (_event: EventObject, id: string | null) => {
    const { hovered, setHovered } = store.getState();
    if (id) setHovered([modelIdOf(id)]);
    else if (hovered.length) setHovered([]);
  };
  cy.on('relationpoint', onPoint);
  cy.on('tap', onTap);
  cy.on('mouseover', 'edge, node.claim', onOver);
  cy.on('mouseout', 'edge, node.claim', onOut);
  return () => {
    cy.off('relationpoint', onPoint);
    cy.off('tap', onTap);
    cy.off('mouseover', 'edge, node.claim', onOver);
    cy.off('mouseout', 'edge, node.claim', onOut);
  };
}
