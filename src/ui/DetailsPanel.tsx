import { useGraph } from '../store/StoreContext';
import { selectSelectedActor, selectSelectedRelation } from '../store/selectors';
import { ActorDetails } from './ActorDetails';
import { RelationDetails } from './RelationDetails';

/** What is selected: a relation with its evidence, or an actor with its relations. */
export function DetailsPanel() {
  const relation = useGraph(selectSelectedRelation);
  const actor = useGraph(selectSelectedActor);
  const clearSelection = useGraph((s) => s.clearSelection);
  const empty = !relation && !actor;
  return (
    <section className="panel details-panel" aria-label="Details" aria-live="polite">
      {empty ? (
        <p className="hint">
          Click an actor or a relation in the graph or the table to see its evidence. Escape clears
          the selection.
        </p>
      ) : (
        <>
          <button
            type="button"
            className="close"
            onClick={clearSelection}
            aria-label="Clear selection"
          >
            ×
          </button>
          {relation && <RelationDetails relation={relation} />}
          {actor && <ActorDetails actor={actor} />}
        </>
      )}
    </section>
  );
}
