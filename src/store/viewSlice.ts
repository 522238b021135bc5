import type { StateCreator } from 'zustand/vanilla';
import { NO_FILTERS, type Filters } from '../model/filter';
import type { Language } from '../model/labels';
import type { Reliability } from '../model/schema';
import type { StatusKey } from '../model/status';
import { NO_TIME, type TimeView } from '../model/time';
import type { GraphState } from './graphStore';

/** What is selected: an actor, or one or more relations (a click on overlapping quotes). */
export type Selection =
  { kind: 'actor'; id: string } | { kind: 'relations'; ids: readonly string[] };

/** The view's centre in graph coordinates and its zoom. */
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/**
 * A move of the camera the app asks for: to a viewport (a link's `vp`) or to fit what is
 * shown (a story step saved while the view was fitted); `animate` for a step presented, which
 * the graph honours unless the user prefers reduced motion.
 */
export type ViewportRequest = (Viewport | { fit: true }) & { animate?: boolean };

/** events: relations as stated; attribution: plus who asserts each claim. */
export type ViewMode = 'events' | 'attribution';

/** What a line's width shows: independent sources, mentions (event data) or quotes (weight). */
export type LineWidth = 'sources' | 'mentions' | 'evidence';
/** What sizes the actors: nothing (the look's size) or a measure of the network. */
export type ActorSize =
  'none' | 'degree' | 'weightedDegree' | 'betweenness' | 'pagerank' | 'closeness';
export const ACTOR_SIZES: readonly ActorSize[] = [
  'none',
  'degree',
  'weightedDegree',
  'betweenness',
  'pagerank',
  'closeness',
];
/** What colours the actors: their kind, or their camp (Louvain community). */
export type ActorColour = 'kind' | 'community';

/**
 * The view of the document: what a link carries (viewParams.ts) — filters, selection,
 * highlight, search, view mode, language, panels, camera. Never undone.
 */
export interface ViewState {
  filters: Filters;
  /** The chosen time: the graph shows what was known by then (model/time.ts). */
  time: TimeView;
  /** The document open in the reader; null: the first with text. */
  readingDocument: string | null;
  selection: Selection | null;
  /** Relations under the pointer (graph edge or article quote); the other side lights up. */
  hovered: readonly string[];
  /** Steps around a selected actor that stay highlighted. */
  neighbourhoodDepth: 1 | 2;
  /** Actor search: matches are marked, the current one centred; nothing is hidden. */
  search: { query: string; current: number };
  /** Two actors whose shortest connection is highlighted. */
  pathEnds: { from: string | null; to: string | null };
  viewMode: ViewMode;
  lineWidth: LineWidth;
  actorSize: ActorSize;
  actorColour: ActorColour;
  /** The brokers between camps brought forward (a highlight). */
  showBrokers: boolean;
  /** Camps (by number) drawn as one node each. */
  collapsedCamps: readonly number[];
  language: Language;
  panels: { sidebar: boolean; article: boolean };
  /** The view as the user left it (written by the graph, debounced). */
  viewport: Viewport | null;
  /** A view to restore (a link, a step); the graph applies it once the dataset is drawn. */
  viewportRequest: ViewportRequest | null;

  toggleType: (typeId: string) => void;
  toggleStatus: (status: StatusKey) => void;
  toggleKind: (kindId: string) => void;
  setOnlyContested: (on: boolean) => void;
  setAssertedBy: (actorId: string | null) => void;
  setMinSources: (count: number) => void;
  setLineWidth: (lineWidth: LineWidth) => void;
  setActorSize: (actorSize: ActorSize) => void;
  setActorColour: (actorColour: ActorColour) => void;
  setShowBrokers: (showBrokers: boolean) => void;
  /** Collapses these camps into a node each, or expands them (`collapse` false). */
  setCampsCollapsed: (camps: readonly number[], collapse: boolean) => void;
  setMinGrade: (grade: Reliability | null) => void;
  setTime: (time: TimeView) => void;
  readDocument: (documentId: string | null) => void;
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
  togglePanel: (panel: keyof ViewState['panels']) => void;
  /** The user's view, or null while it is fitted to the graph. */
  setViewport: (viewport: Viewport | null) => void;
  requestViewport: (viewport: ViewportRequest | null) => void;
  /** Applies several view settings at once (restoring a link). */
  applyView: (
    view: Partial<
      Pick<
        ViewState,
        | 'filters'
        | 'time'
        | 'readingDocument'
        | 'selection'
        | 'neighbourhoodDepth'
        | 'viewMode'
        | 'lineWidth'
        | 'actorSize'
        | 'actorColour'
        | 'showBrokers'
        | 'collapsedCamps'
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
export const NOTHING: readonly string[] = [];
const NOTHING_COLLAPSED: readonly number[] = [];

/** What a newly loaded dataset starts with: the view of the last one fits it no more. */
export const NO_VIEW = {
  viewportRequest: null,
  filters: NO_FILTERS,
  time: NO_TIME,
  readingDocument: null,
  selection: null,
  hovered: NOTHING,
  search: NO_SEARCH,
  pathEnds: NO_PATH,
  lineWidth: 'sources',
  actorSize: 'none',
  actorColour: 'kind',
  showBrokers: false,
  collapsedCamps: NOTHING_COLLAPSED,
} as const;

const toggled = <T>(list: readonly T[], value: T): T[] =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

export const viewSlice =
  (language: Language): StateCreator<GraphState, [], [], ViewState> =>
  (set) => ({
    ...NO_VIEW,
    neighbourhoodDepth: 1,
    viewMode: 'events',
    language,
    panels: { sidebar: true, article: true },
    viewport: null,
    toggleType: (id) =>
      set((s) => ({ filters: { ...s.filters, hiddenTypes: toggled(s.filters.hiddenTypes, id) } })),
    toggleStatus: (status) =>
      set((s) => ({
        filters: { ...s.filters, hiddenStatuses: toggled(s.filters.hiddenStatuses, status) },
      })),
    toggleKind: (id) =>
      set((s) => ({ filters: { ...s.filters, hiddenKinds: toggled(s.filters.hiddenKinds, id) } })),
    setOnlyContested: (on) => set((s) => ({ filters: { ...s.filters, onlyContested: on } })),
    setAssertedBy: (actorId) => set((s) => ({ filters: { ...s.filters, assertedBy: actorId } })),
    setMinSources: (minSources) => set((s) => ({ filters: { ...s.filters, minSources } })),
    setLineWidth: (lineWidth) => set({ lineWidth }),
    setActorSize: (actorSize) => set({ actorSize }),
    setActorColour: (actorColour) => set({ actorColour }),
    setShowBrokers: (showBrokers) => set({ showBrokers }),
    setCampsCollapsed: (camps, collapse) =>
      set((s) => {
        const next = new Set(s.collapsedCamps);
        for (const c of camps)
          if (collapse) next.add(c);
          else next.delete(c);
        return { collapsedCamps: [...next].sort((a, b) => a - b) };
      }),
    setMinGrade: (minGrade) => set((s) => ({ filters: { ...s.filters, minGrade } })),
    resetFilters: () => set({ filters: NO_FILTERS }),
    setTime: (time) => set({ time }),
    readDocument: (readingDocument) => set({ readingDocument }),
    selectActor: (id) => set({ selection: { kind: 'actor', id } }),
    selectRelation: (id) => set({ selection: { kind: 'relations', ids: [id] } }),
    selectRelations: (ids) => set({ selection: ids.length ? { kind: 'relations', ids } : null }),
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
    togglePanel: (panel) => set((s) => ({ panels: { ...s.panels, [panel]: !s.panels[panel] } })),
    setViewport: (viewport) => set({ viewport }),
    requestViewport: (viewportRequest) => set({ viewportRequest }),
    applyView: (view) => set(view),
  });
