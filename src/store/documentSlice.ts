import type { StateCreator } from 'zustand/vanilla';
import type { Problem } from '../model/problem';
import { metricsOf } from '../model/metrics/datasetMetrics';
import type { Dataset } from '../model/schema';
import type { GraphState } from './graphStore';
import { NO_VIEW, type LineWidth } from './viewSlice';

/** Where the dataset came from: a link can carry bundled and web datasets, not local files. */
export type DatasetOrigin =
  { kind: 'bundled'; id: string } | { kind: 'url'; url: string } | { kind: 'local' };

/**
 * The document: the dataset being read or written and where it came from. Undo and redo cover
 * its `dataset`, and nothing else (graphStore.ts): a filter or a selection is never undone.
 */
export interface DocumentState {
  dataset: Dataset;
  /** Where the dataset came from (file name or bundled name), shown to the user. */
  datasetName: string;
  origin: DatasetOrigin;
  /** Changes with every dataset loaded (not with edits): the graph lays out only then. */
  datasetKey: number;
  /** Edits not yet saved to a file (autosave keeps them in the browser meanwhile). */
  dirty: boolean;

  /** Replaces the document; the view starts afresh and the load's warnings are shown. */
  loadDataset: (
    dataset: Dataset,
    name: string,
    warnings?: Problem[],
    origin?: DatasetOrigin,
    /** What the new view starts with beyond the defaults (event data: width by mentions). */
    view?: { lineWidth?: LineWidth },
  ) => void;
  /** Applies an edit to the dataset (undoable); the graph and panels follow. */
  edit: (change: (dataset: Dataset) => Dataset) => void;
  markSaved: () => void;
}

let nextKey = 1;

export const documentSlice =
  (
    dataset: Dataset,
    datasetName: string,
    origin: DatasetOrigin,
  ): StateCreator<GraphState, [], [], DocumentState> =>
  (set) => ({
    dataset,
    datasetName,
    origin,
    datasetKey: 0,
    dirty: false,
    loadDataset: (next, name, warnings = [], from = { kind: 'local' }, view = {}) =>
      set((s) => ({
        datasetKey: nextKey++,
        dirty: false,
        origin: from,
        dataset: next,
        datasetName: name,
        ...NO_VIEW,
        ...view,
        articleSelection: null,
        report: warnings.length ? { file: name, problems: warnings } : null,
        // The last dataset's measures do not fit this one; those the file carries may.
        measures: { ...s.measures, result: metricsOf(next), progress: null },
      })),
    edit: (change) => set((s) => ({ dataset: change(s.dataset), dirty: true })),
    markSaved: () => set({ dirty: false }),
  });
