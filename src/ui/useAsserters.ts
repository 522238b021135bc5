import { useMemo } from 'react';
import { asserters } from '../model/filter';
import { useGraph } from '../store/StoreContext';

/** Actors that assert at least one claim, in dataset order. */
export function useAsserters(): string[] {
  const dataset = useGraph((s) => s.dataset);
  return useMemo(() => {
    const named = new Set(dataset.relations.flatMap(asserters));
    return dataset.actors.filter((a) => named.has(a.id)).map((a) => a.id);
  }, [dataset]);
}
