import { temporal, type TemporalState } from 'zundo';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Language } from '../model/labels';
import type { Dataset } from '../model/schema';
import { documentSlice, type DatasetOrigin, type DocumentState } from './documentSlice';
import { sessionSlice, type Renderer, type SessionState } from './sessionSlice';
import { NOTHING, viewSlice, type ViewState } from './viewSlice';

export type { DatasetOrigin } from './documentSlice';
export type { Selection, Viewport, ViewportRequest, ViewMode } from './viewSlice';
export type {
  Loading,
  PendingCsv,
  PendingEvents,
  ProblemReport,
  Renderer,
  Saving,
  UnreadableWork,
} from './sessionSlice';

/**
 * The app's state in three parts (Zustand's slices): the document (the dataset; undo covers
 * it and nothing else), the view of it (what a link carries) and the session (loading,
 * problems, notices). One store, so that derived state is computed in one chain
 * (selectors.ts); three types, so that the undo boundary is visible.
 */
export type GraphState = DocumentState & ViewState & SessionState;

export interface StoreOptions {
  language?: Language;
  renderer?: Renderer;
  origin?: DatasetOrigin;
}

/** The part of the state undo and redo cover: the document's dataset (never the view). */
export type Undoable = Pick<DocumentState, 'dataset'>;
export type GraphStore = StoreApi<GraphState> & { temporal: StoreApi<TemporalState<Undoable>> };

export function createGraphStore(
  dataset: Dataset,
  datasetName: string,
  options: StoreOptions = {},
): GraphStore {
  const store = createStore<GraphState>()(
    temporal(
      (...a) => ({
        ...documentSlice(
          dataset,
          datasetName,
          options.origin ?? { kind: 'bundled', id: 'seed' },
        )(...a),
        ...viewSlice(options.language ?? 'en')(...a),
        ...sessionSlice(options.renderer ?? 'canvas')(...a),
      }),
      {
        partialize: (s): Undoable => ({ dataset: s.dataset }),
        equality: (a, b) => a.dataset === b.dataset,
        limit: 200,
      },
    ),
  ) as GraphStore;
  // A newly loaded dataset starts a new history: undo never brings back another file.
  const load = store.getState().loadDataset;
  const history = store.temporal.getState();
  store.setState({
    loadDataset: (...args) => {
      history.pause();
      load(...args);
      history.resume();
      history.clear();
    },
  });
  return store;
}

/** The selected relation ids (empty unless relations are selected). */
export const selectedRelationIds = (s: GraphState): readonly string[] =>
  s.selection?.kind === 'relations' ? s.selection.ids : NOTHING;
