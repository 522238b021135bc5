import type { StoreApi } from 'zustand/vanilla';
import { selectedRelationIds, type GraphState } from './graphStore';
import { selectReadingOrder } from './selectors';

/** Position of the selection in reading order: -1 when nothing in it is selected. */
export function readingPosition(state: GraphState): number {
  const selected = selectedRelationIds(state);
  // Without a selection there is no place to find (and no need to sort the reading order).
  if (!selected.length) return -1;
  return selectReadingOrder(state).findIndex((r) => selected.includes(r.id));
}

/**
 * Selects the next (step 1) or previous (step -1) relation in reading order, wrapping, so an
 * analyst can read the graph sentence by sentence. From no selection, ] starts at the first.
 */
export function walkEvidence(store: StoreApi<GraphState>, step: 1 | -1): void {
  const state = store.getState();
  const order = selectReadingOrder(state);
  if (order.length === 0) return;
  const at = readingPosition(state);
  const next =
    at === -1 ? (step === 1 ? 0 : order.length - 1) : (at + step + order.length) % order.length;
  const relation = order[next]!;
  state.selectRelation(relation.id);
  // The reader follows to a document that quotes it, unless the open one does.
  const reading =
    state.readingDocument ?? state.dataset.documents.find((d) => d.text !== undefined)?.id;
  const documents = relation.evidence.map((e) => e.document);
  if (documents.length && !documents.includes(reading)) state.readDocument(documents[0] ?? null);
}
