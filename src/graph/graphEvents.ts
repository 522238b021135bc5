import type { Core, EventObject } from 'cytoscape';
import type { StoreApi } from 'zustand/vanilla';
import type { GraphState } from '../store/graphStore';
import { isActorElementId, modelIdOf } from './ids';

/** Clicks on the canvas become store actions; the store drives everything else. */
export function bindGraphEvents(cy: Core, store: StoreApi<GraphState>): () => void {
  const onTap = (event: EventObject) => {
    const { selectActor, selectRelation, clearSelection } = store.getState();
    if (event.target === cy) return clearSelection();
    const id = event.target.id() as string;
    if (isActorElementId(id)) selectActor(modelIdOf(id));
    else selectRelation(modelIdOf(id));
  };
  cy.on('tap', onTap);
  return () => cy.off('tap', onTap);
}
