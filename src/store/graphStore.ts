import { temporal, type TemporalState } from 'zundo';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { NO_FILTERS, type Filters } from '../model/filter';
import type { Language } from '../model/labels';
import type { Problem } from '../model/problem';
import type { Dataset } from '../model/schema';
import type { StatusKey } from '../model/status';
import type { ImportStep } from '../model/validate';

/** What is selected: an actor, or one or more relations (a click on overlapping quotes). */
export type Selection =
  { kind: 'actor'; id: string } | { kind: 'relations'; ids: readonly string[] };

/** Problems of the last load, with the file they came from. */
export interface ProblemReport {
  file: string;
  problems: Problem[];
  /** What produced them: opening a file (default) or exporting one. */
  action?: 'open' | 'export';
}

/** A load under way: what, which stage, how far (null while the length is unknown). */
export interface Loading {
  name: string;
  stage: 'reading' | ImportStep;
  fraction: number | null;
}

/** A CSV whose source and target columns the user is choosing. */
export interface PendingCsv {
  name: string;
  text: string;
  header: string[];
  preview: Record<string, string>[];
  nodesCsv?: string;
}

/** Where the dataset came from: a link can carry bundled and web datasets, not local files. */
export type DatasetOrigin =
  { kind: 'bundled'; id: string } | { kind: 'url'; url: string } | { kind: 'local' };

/** The view's centre in graph coordinates and its zoom. */
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** events: relations as stated; attribution: plus who asserts each claim. */
export type ViewMode = 'events' | 'attribution';

export interface GraphState {
  dataset: Dataset;
  /** Where the dataset came from (file name or bundled name), shown to the user. */
  datasetName: string;
  filters: Filters;
  selection: Selection | null;
  /** Relations under the pointer (graph edge or article quote); the other side lights up. */
  hovered: readonly string[];
  /** Steps around a selected actor that stay highlighted. */
  neighbourhoodDepth: 1 | 2;
  report: ProblemReport | null;
  /** Actor search: matches are marked, the current one centred; nothing is hidden. */
  search: { query: string; current: number };
  /** Two actors whose shortest connection is highlighted. */
  pathEnds: { from: string | null; to: string | null };
  viewMode: ViewMode;
  /**
   * How the graph is drawn: Cytoscape's canvas renderer, or its (experimental) WebGL one.
   * A choice of this browser, not of the view: it is remembered here, not put in links.
   */
  renderer: Renderer;
  language: Language;
  panels: { sidebar: boolean; article: boolean };
  loading: Loading | null;
  pendingCsv: PendingCsv | null;
  origin: DatasetOrigin;
  /** The view as the user left it (written by the graph, debounced). */
  viewport: Viewport | null;
  /** A view to restore (from a link); the graph applies it once the dataset is drawn. */
  viewportRequest: Viewport | null;
  /** A small, dismissible notice (e.g. link parameters that were ignored). */
  notice: string | null;
  /** Changes with every dataset loaded (not with edits): the graph lays out only then. */
  datasetKey: number;
  /** Authoring mode is on. */
  editing: boolean;
  /** Edits not yet saved to a file (autosave keeps them in the browser meanwhile). */
  dirty: boolean;
  /** A background layout's progress (0–1), or null when none runs. */
  layoutProgress: number | null;
  /** Text selected in the article, as UTF-16 offsets, ready to attach as evidence. */
  articleSelection: { start: number; end: number } | null;

  loadDataset: (
    dataset: Dataset,
    name: string,
    warnings?: Problem[],
    origin?: DatasetOrigin,
  ) => void;
  reportProblems: (file: string, problems: Problem[], action?: 'open' | 'export') => void;
  dismissReport: () => void;
  toggleType: (typeId: string) => void;
  toggleStatus: (status: StatusKey) => void;
  toggleKind: (kindId: string) => void;
  setOnlyContested: (on: boolean) => void;
  setAssertedBy: (actorId: string | null) => void;
  resetFilters: () => void;
  selectActor: (actorId: string) => void;
  selectRelation: (relationId: string) => void;
  selectRelations: (relationIds: readonly string[]) => void;
  clearSelection: () => void;
  setHovered: (relationIds: readonly string[]) => void;
  setNeighbourhoodDepth: (depth: 1 | 2) => void;
  setSearchQuery: (query: string) => void;
  /** Moves the current search match by `step` (wrapping); the caller knows the match count. */
  moveSearchMatch: (step: number, matchCount: number) => void;
  setPathEnd: (end: 'from' | 'to', actorId: string | null) => void;
  clearPath: () => void;
  setViewMode: (mode: ViewMode) => void;
  setLanguage: (language: Language) => void;
  togglePanel: (panel: keyof GraphState['panels']) => void;
  setLoading: (loading: Loading | null) => void;
  setPendingCsv: (pending: PendingCsv | null) => void;
  setViewport: (viewport: Viewport) => void;
  requestViewport: (viewport: Viewport | null) => void;
  setNotice: (notice: string | null) => void;
  /** Applies an edit to the dataset (undoable); the graph and panels follow. */
  edit: (change: (dataset: Dataset) => Dataset) => void;
  setEditing: (editing: boolean) => void;
  markSaved: () => void;
  setArticleSelection: (range: { start: number; end: number } | null) => void;
  setLayoutProgress: (progress: number | null) => void;
  setRenderer: (renderer: Renderer) => void;
  /** Applies several view settings at once (restoring a link). */
  applyView: (
    view: Partial<
      Pick<
        GraphState,
        | 'filters'
        | 'selection'
        | 'neighbourhoodDepth'
        | 'viewMode'
        | 'language'
        | 'panels'
        | 'pathEnds'
        | 'viewportRequest'
      >
    >,
  ) => void;
}

const NO_SEARCH = { query: '', current: 0 };
const NO_PATH = { from: null, to: null };
const NOTHING: readonly string[] = [];

const toggled = <T>(list: readonly T[], value: T): T[] =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

export type Renderer = 'canvas' | 'webgl';

export interface StoreOptions {
  language?: Language;
  renderer?: Renderer;
  origin?: DatasetOrigin;
}

/** The part of the state undo and redo cover: the dataset (never the view). */
export type Undoable = Pick<GraphState, 'dataset'>;
export type GraphStore = StoreApi<GraphState> & { temporal: StoreApi<TemporalState<Undoable>> };

let nextKey = 1;

export function createGraphStore(
  dataset: Dataset,
  datasetName: string,
  options: StoreOptions = {},
): GraphStore {
  const store = createStore<GraphState>()(
    temporal(
      (set) => ({
        dataset,
        datasetName,
        filters: NO_FILTERS,
        selection: null,
        hovered: NOTHING,
        neighbourhoodDepth: 1,
        report: null,
        search: NO_SEARCH,
        pathEnds: NO_PATH,
        viewMode: 'events',
        renderer: options.renderer ?? 'canvas',
        language: options.language ?? 'en',
        panels: { sidebar: true, article: true },
        loading: null,
        pendingCsv: null,
        origin: options.origin ?? { kind: 'bundled', id: 'seed' },
        viewport: null,
        viewportRequest: null,
        notice: null,
        datasetKey: 0,
        editing: false,
        dirty: false,
        articleSelection: null,
        layoutProgress: null,

        loadDataset: (next, name, warnings = [], origin = { kind: 'local' }) =>
          set({
            datasetKey: nextKey++,
            dirty: false,
            articleSelection: null,
            origin,
            viewportRequest: null,
            dataset: next,
            datasetName: name,
            filters: NO_FILTERS,
            selection: null,
            hovered: NOTHING,
            search: NO_SEARCH,
            pathEnds: NO_PATH,
            report: warnings.length ? { file: name, problems: warnings } : null,
          }),
        reportProblems: (file, problems, action = 'open') =>
          set({ report: { file, problems, action } }),
        dismissReport: () => set({ report: null }),
        toggleType: (id) =>
          set((s) => ({
            filters: { ...s.filters, hiddenTypes: toggled(s.filters.hiddenTypes, id) },
          })),
        toggleStatus: (status) =>
          set((s) => ({
            filters: { ...s.filters, hiddenStatuses: toggled(s.filters.hiddenStatuses, status) },
          })),
        toggleKind: (id) =>
          set((s) => ({
            filters: { ...s.filters, hiddenKinds: toggled(s.filters.hiddenKinds, id) },
          })),
        setOnlyContested: (on) => set((s) => ({ filters: { ...s.filters, onlyContested: on } })),
        setAssertedBy: (actorId) =>
          set((s) => ({ filters: { ...s.filters, assertedBy: actorId } })),
        resetFilters: () => set({ filters: NO_FILTERS }),
        selectActor: (id) => set({ selection: { kind: 'actor', id } }),
        selectRelation: (id) => set({ selection: { kind: 'relations', ids: [id] } }),
        selectRelations: (ids) =>
          set({ selection: ids.length ? { kind: 'relations', ids } : null }),
        clearSelection: () => set({ selection: null }),
        setHovered: (ids) =>
          set((s) => (sameIds(s.hovered, ids) ? s : { hovered: ids.length ? ids : NOTHING })),
        setNeighbourhoodDepth: (depth) => set({ neighbourhoodDepth: depth }),
        setSearchQuery: (query) => set({ search: { query, current: 0 } }),
        moveSearchMatch: (step, count) =>
          set((s) => ({
            search: { ...s.search, current: count ? (s.search.current + step + count) % count : 0 },
          })),
        setPathEnd: (end, actorId) => set((s) => ({ pathEnds: { ...s.pathEnds, [end]: actorId } })),
        clearPath: () => set({ pathEnds: NO_PATH }),
        setViewMode: (viewMode) => set({ viewMode }),
        setLanguage: (language) => set({ language }),
        togglePanel: (panel) =>
          set((s) => ({ panels: { ...s.panels, [panel]: !s.panels[panel] } })),
        setLoading: (loading) => set({ loading }),
        setPendingCsv: (pendingCsv) => set({ pendingCsv }),
        setViewport: (viewport) => set({ viewport }),
        requestViewport: (viewportRequest) => set({ viewportRequest }),
        setNotice: (notice) => set({ notice }),
        applyView: (view) => set(view),
        edit: (change) => set((s) => ({ dataset: change(s.dataset), dirty: true })),
        setEditing: (editing) => set({ editing }),
        markSaved: () => set({ dirty: false }),
        setArticleSelection: (articleSelection) => set({ articleSelection }),
        setLayoutProgress: (layoutProgress) => set({ layoutProgress }),
        setRenderer: (renderer) => set({ renderer }),
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

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** The selected relation ids (empty unless relations are selected). */
export const selectedRelationIds = (s: GraphState): readonly string[] =>
  s.selection?.kind === 'relations' ? s.selection.ids : NOTHING;
