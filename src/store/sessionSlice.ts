import type { StateCreator } from 'zustand/vanilla';
import type { Problem } from '../model/problem';
import type { Dataset } from '../model/schema';
import type { NetworkMetrics } from '../model/metrics/actorMetrics';
import type { ImportStep } from '../model/validate';
import type { GraphState } from './graphStore';

/** Problems of the last load, with the file they came from. */
export interface ProblemReport {
  file: string;
  problems: Problem[];
  /** What produced them: opening a file (default), exporting one, or saving in the browser. */
  action?: 'open' | 'export' | 'save';
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
  /** Whether the CSV is to replace the graph or be added to the story. */
  purpose?: 'open' | 'add';
}

/** A GDELT events file waiting for the event dialog's choices (and perhaps its mentions). */
export interface PendingEvents {
  name: string;
  events: File[];
  mentions?: File;
  purpose?: 'open' | 'add';
}

export type Renderer = 'canvas' | 'webgl';

/**
 * Where the edits stand in this browser: `pending` while a save waits, `kept` once saved,
 * `failed` when the browser refused (storage full or blocked) — then nothing is kept.
 */
export type Saving = 'idle' | 'pending' | 'kept' | 'failed';

/** Work saved in this browser that could not be read back: kept until the user says. */
export interface UnreadableWork {
  /** What was saved, as text (offered for download). */
  text: string;
  /** Why it could not be read. */
  reason: string;
  /** Where it is kept: the browser's database, or version 1's place in localStorage. */
  where: 'database' | 'legacy';
}

/**
 * This browser's session: what is under way and what was said — loading, problems, notices,
 * authoring mode, the renderer. Neither undone nor carried by a link.
 */
export interface SessionState {
  report: ProblemReport | null;
  loading: Loading | null;
  pendingCsv: PendingCsv | null;
  pendingEvents: PendingEvents | null;
  /** The briefing story being presented, and its step (0-based); null when not presenting. */
  presenting: { storyId: string; step: number } | null;
  /** A small, dismissible notice (e.g. link parameters that were ignored). */
  notice: string | null;
  /** The notice tells of an edit made for the user (a merge): it offers to undo it. */
  noticeUndoes: boolean;
  /** Authoring mode is on. */
  editing: boolean;
  /** A background layout's progress (0–1), or null when none runs. */
  layoutProgress: number | null;
  /** Text selected in the article, as UTF-16 offsets, ready to attach as evidence. */
  articleSelection: { document: string; start: number; end: number } | null;
  /**
   * How the graph is drawn: Cytoscape's canvas renderer, or its (experimental) WebGL one.
   * A choice of this browser, not of the view: it is remembered here, not put in links.
   */
  renderer: Renderer;
  saving: Saving;
  unreadableWork: UnreadableWork | null;
  /** A dataset read to be added to this story, waiting for the user's review (merge). */
  pendingMerge: PendingMerge | null;
  /** The network's measures (the actors table), computed in a worker when asked for. */
  measures: Measures;

  reportProblems: (file: string, problems: Problem[], action?: ProblemReport['action']) => void;
  dismissReport: () => void;
  setLoading: (loading: Loading | null) => void;
  setPendingCsv: (pending: PendingCsv | null) => void;
  setPendingEvents: (pending: PendingEvents | null) => void;
  setPresenting: (presenting: { storyId: string; step: number } | null) => void;
  setNotice: (notice: string | null, undoes?: boolean) => void;
  setEditing: (editing: boolean) => void;
  setLayoutProgress: (progress: number | null) => void;
  setArticleSelection: (range: { document: string; start: number; end: number } | null) => void;
  setRenderer: (renderer: Renderer) => void;
  setSaving: (saving: Saving) => void;
  setUnreadableWork: (work: UnreadableWork | null) => void;
  setPendingMerge: (pending: PendingMerge | null) => void;
  setMeasures: (change: Partial<Measures>) => void;
}

/**
 * Measures of the network: wanted or not, of the graph as shown now (recomputed on change)
 * or of the whole dataset; the last complete result, and the progress of a run.
 */
export interface Measures {
  wanted: boolean;
  scope: 'visible' | 'whole';
  result: NetworkMetrics | null;
  /** 0–1 while a run is under way, else null. */
  progress: number | null;
}

export interface PendingMerge {
  name: string;
  incoming: Dataset;
  /** Warnings from reading it, shown in the review. */
  problems: Problem[];
}

export const sessionSlice =
  (renderer: Renderer): StateCreator<GraphState, [], [], SessionState> =>
  (set) => ({
    report: null,
    loading: null,
    pendingCsv: null,
    pendingEvents: null,
    presenting: null,
    notice: null,
    noticeUndoes: false,
    editing: false,
    layoutProgress: null,
    articleSelection: null,
    renderer,
    saving: 'idle',
    unreadableWork: null,
    pendingMerge: null,
    measures: { wanted: false, scope: 'visible', result: null, progress: null },
    setMeasures: (change) => set((s) => ({ measures: { ...s.measures, ...change } })),
    reportProblems: (file, problems, action = 'open') =>
      set({ report: { file, problems, action } }),
    dismissReport: () => set({ report: null }),
    setLoading: (loading) => set({ loading }),
    setPendingCsv: (pendingCsv) => set({ pendingCsv }),
    setPendingEvents: (pendingEvents) => set({ pendingEvents }),
    setPresenting: (presenting) => set({ presenting }),
    setNotice: (notice, undoes = false) => set({ notice, noticeUndoes: undoes }),
    setEditing: (editing) => set({ editing }),
    setLayoutProgress: (layoutProgress) => set({ layoutProgress }),
    setArticleSelection: (articleSelection) => set({ articleSelection }),
    setRenderer: (renderer) => set({ renderer }),
    setSaving: (saving) => set({ saving }),
    setUnreadableWork: (unreadableWork) => set({ unreadableWork }),
    setPendingMerge: (pendingMerge) => set({ pendingMerge }),
  });
