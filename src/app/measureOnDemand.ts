import type { StoreApi } from 'zustand/vanilla';
import { measuresWanted } from '../store/actorMarks';
import type { GraphState } from '../store/graphStore';

/**
 * Starts measuring the network the first time the view needs it (actors sized or coloured by
 * a measure, from the legend or a link): the worker and its libraries load only then.
 */
export function measureOnDemand(store: StoreApi<GraphState>): () => void {
  let started = false;
  const check = (s: GraphState) => {
    if (started || !measuresWanted(s)) return;
    started = true;
    void import('../io/measureNetwork').then(({ ensureMeasuring }) => ensureMeasuring(store));
  };
  check(store.getState());
  return store.subscribe(check);
}
