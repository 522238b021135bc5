import type { StoreApi } from 'zustand/vanilla';
import { problem } from '../model/problem';
import type { Dataset } from '../model/schema';
import type { GraphState } from '../store/graphStore';

/** Versioned, so a future format of the saved work can be told apart. */
export const AUTOSAVE_KEY = 'actor-graph.autosave.v1';

export interface SavedWork {
  version: 1;
  savedAt: string;
  name: string;
  dataset: Dataset;
}

export type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function clearAutosave(storage: Storage): void {
  try {
    storage.removeItem(AUTOSAVE_KEY);
  } catch {
    // nothing saved, nothing to clear
  }
}

/**
 * Saves the working dataset shortly after every edit, so a reload or a crash loses nothing.
 * A full storage is reported (never silently dropped), once until saving works again.
 */
export function startAutosave(
  store: StoreApi<GraphState>,
  storage: Storage,
  delay = 500,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failing = false;
  const save = () => {
    const s = store.getState();
    if (!s.dirty) return;
    const work: SavedWork = {
      version: 1,
      savedAt: new Date().toISOString(),
      name: s.datasetName,
      dataset: s.dataset,
    };
    try {
      storage.setItem(AUTOSAVE_KEY, JSON.stringify(work));
      failing = false;
    } catch (error) {
      if (failing) return;
      failing = true;
      s.reportProblems(s.datasetName, [
        problem(
          'AG080',
          '$',
          `Your edits could not be saved in this browser (${String((error as Error).name ?? error)}: storage is full or blocked). Export the graph as JSON to keep them.`,
        ),
      ]);
    }
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.dataset === prev.dataset && s.dirty === prev.dirty) return;
    if (!s.dirty) return;
    clearTimeout(timer);
    timer = setTimeout(save, delay);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
