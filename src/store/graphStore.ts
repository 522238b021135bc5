import { createStore, type StoreApi } from 'zustand/vanilla';
import { NO_FILTERS, type Filters } from '../model/filter';
import type { Problem } from '../model/problem';
import type { Dataset } from '../model/schema';
import type { StatusKey } from '../model/status';

export type Selection = { kind: 'actor'; id: string } | { kind: 'relation'; id: string };

/** Problems of the last failed load, with the file they came from. */
export interface ProblemReport {
  file: string;
  problems: Problem[];
}

export interface GraphState {
  dataset: Dataset;
  /** Where the dataset came from (file name or bundled name), shown to the user. */
  datasetName: string;
  filters: Filters;
  selection: Selection | null;
  /** Steps around a selected actor that stay highlighted. */
  neighbourhoodDepth: 1 | 2;
  report: ProblemReport | null;

  loadDataset: (dataset: Dataset, name: string, warnings?: Problem[]) => void;
  reportProblems: (file: string, problems: Problem[]) => void;
  dismissReport: () => void;
  toggleType: (typeId: string) => void;
  toggleStatus: (status: StatusKey) => void;
  toggleKind: (kindId: string) => void;
  resetFilters: () => void;
  selectActor: (actorId: string) => void;
  selectRelation: (relationId: string) => void;
  clearSelection: () => void;
  setNeighbourhoodDepth: (depth: 1 | 2) => void;
}

const toggled = <T>(list: readonly T[], value: T): T[] =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

export function createGraphStore(dataset: Dataset, datasetName: string): StoreApi<GraphState> {
  return createStore<GraphState>()((set) => ({
    dataset,
    datasetName,
    filters: NO_FILTERS,
    selection: null,
    neighbourhoodDepth: 1,
    report: null,

    loadDataset: (next, name, warnings = []) =>
      set({
        dataset: next,
        datasetName: name,
        filters: NO_FILTERS,
        selection: null,
        report: warnings.length ? { file: name, problems: warnings } : null,
      }),
    reportProblems: (file, problems) => set({ report: { file, problems } }),
    dismissReport: () => set({ report: null }),
    toggleType: (id) =>
      set((s) => ({ filters: { ...s.filters, hiddenTypes: toggled(s.filters.hiddenTypes, id) } })),
    toggleStatus: (status) =>
      set((s) => ({
        filters: { ...s.filters, hiddenStatuses: toggled(s.filters.hiddenStatuses, status) },
      })),
    toggleKind: (id) =>
      set((s) => ({ filters: { ...s.filters, hiddenKinds: toggled(s.filters.hiddenKinds, id) } })),
    resetFilters: () => set({ filters: NO_FILTERS }),
    selectActor: (id) => set({ selection: { kind: 'actor', id } }),
    selectRelation: (id) => set({ selection: { kind: 'relation', id } }),
    clearSelection: () => set({ selection: null }),
    setNeighbourhoodDepth: (depth) => set({ neighbourhoodDepth: depth }),
  }));
}
