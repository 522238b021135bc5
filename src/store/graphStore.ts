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
  /** Actor search: matches are marked, the current one centred; nothing is hidden. */
  search: { query: string; current: number };
  /** Two actors whose shortest connection is highlighted. */
  pathEnds: { from: string | null; to: string | null };

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
  setSearchQuery: (query: string) => void;
  /** Moves the current search match by `step` (wrapping); the caller knows the match count. */
  moveSearchMatch: (step: number, matchCount: number) => void;
  setPathEnd: (end: 'from' | 'to', actorId: string | null) => void;
  clearPath: () => void;
}

const NO_SEARCH = { query: '', current: 0 };
const NO_PATH = { from: null, to: null };

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
    search: NO_SEARCH,
    pathEnds: NO_PATH,

    loadDataset: (next, name, warnings = []) =>
      set({
        dataset: next,
        datasetName: name,
        filters: NO_FILTERS,
        selection: null,
        search: NO_SEARCH,
        pathEnds: NO_PATH,
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
    setSearchQuery: (query) => set({ search: { query, current: 0 } }),
    moveSearchMatch: (step, count) =>
      set((s) => ({
        search: { ...s.search, current: count ? (s.search.current + step + count) % count : 0 },
      })),
    setPathEnd: (end, actorId) => set((s) => ({ pathEnds: { ...s.pathEnds, [end]: actorId } })),
    clearPath: () => set({ pathEnds: NO_PATH }),
  }));
}
