import type { TemporalState } from 'zundo';
import type { StoreApi } from 'zustand/vanilla';
import { datasetDelta, type DatasetDelta } from '../model/datasetDelta';
import { problem } from '../model/problem';
import type { Dataset } from '../model/schema';
import type { DatasetOrigin, GraphState, Undoable, UnreadableWork } from '../store/graphStore';
import type { KeyValue } from './keyValue';
import type { WorkRecord } from './readWork';
import { LEGACY_KEY, WORK_FLAG } from './workKeys';

export type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;
type Store = StoreApi<GraphState> & { temporal: StoreApi<TemporalState<Undoable>> };

/** The edits and their undo history, oldest first, and where the present is among them. */
function timelineOf(store: Store): { timeline: Dataset[]; position: number } {
  const { pastStates, futureStates } = store.temporal.getState();
  const timeline = [
    ...pastStates.map((s) => s.dataset as Dataset),
    store.getState().dataset,
    ...[...futureStates].reverse().map((s) => s.dataset as Dataset),
  ];
  return { timeline, position: pastStates.length };
}

const attempt = (run: () => void) => {
  try {
    run();
  } catch {
    // Storage that refuses a small flag changes nothing that matters here.
  }
};

/**
 * The working dataset and its undo history, kept in the browser's database (IndexedDB, through
 * idb-keyval) half a second after each edit, so that a reload or a crash loses nothing — at
 * any size: the dataset as it was first edited is written once, every edit after it as a
 * delta of what it changed (model/datasetDelta.ts). Failures are told as what they are: the
 * edits are not kept, download a copy. Work that cannot be read back is kept aside and shown,
 * never deleted unasked.
 */
export function createWorkKeeper(kv: KeyValue, local: Storage | null) {
  const deltas = new WeakMap<Dataset, { from: Dataset; delta: DatasetDelta }>();
  const deltaTo = (from: Dataset, to: Dataset) => {
    const known = deltas.get(to);
    if (known?.from === from) return known.delta;
    const delta = datasetDelta(from, to);
    deltas.set(to, { from, delta });
    return delta;
  };
  /** The base the database holds, so that it is written again only when it changes. */
  let kept: { base: Dataset; id: string } | null = null;
  let legacyToRemove = false;

  const put = async (store: Store) => {
    const s = store.getState();
    const { timeline, position } = timelineOf(store);
    const base = timeline[0]!;
    const entries: [string, unknown][] = [];
    const id =
      kept?.base === base
        ? kept.id
        : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    if (kept?.base !== base) entries.push(['base', { id, dataset: base }]);
    const work: WorkRecord = {
      version: 2,
      savedAt: new Date().toISOString(),
      name: s.datasetName,
      origin: s.origin,
      baseId: id,
      steps: timeline.slice(1).map((d, i) => deltaTo(timeline[i]!, d)),
      position,
    };
    entries.push(['work', work]);
    await kv.setMany(entries);
    kept = { base, id };
    if (local) attempt(() => local.setItem(WORK_FLAG, '1'));
    if (legacyToRemove && local) attempt(() => local.removeItem(LEGACY_KEY));
    legacyToRemove = false;
  };

  /** Loads work read back from storage as the document, unsaved, with its history. */
  const load = (
    store: Store,
    timeline: Dataset[],
    position: number,
    name: string,
    origin: DatasetOrigin,
  ) => {
    const s = store.getState();
    s.loadDataset(timeline[position]!, name, [], origin);
    store.temporal.setState({
      pastStates: timeline.slice(0, position).map((dataset) => ({ dataset })),
      futureStates: timeline
        .slice(position + 1)
        .reverse()
        .map((dataset) => ({ dataset })),
    });
    s.edit((d) => d); // unsaved still
    s.setEditing(true);
  };

  return {
    /**
     * Brings back the work kept in this browser, if any, and tells when it was saved (null
     * when there was none to bring back). Version 1's work in localStorage is read too, and
     * moved into the database as soon as saving starts.
     */
    async restore(store: Store): Promise<{ savedAt: string } | null> {
      const aside = (work: UnreadableWork) => store.getState().setUnreadableWork(work);
      if (local?.getItem(WORK_FLAG)) {
        let records: unknown[];
        try {
          records = await kv.getMany(['work', 'base', 'unreadable']);
        } catch (error) {
          aside({
            text: '',
            reason: `the browser's database cannot be read (${String(error)})`,
            where: 'database',
          });
          return null;
        }
        const [work, base, unreadable] = records;
        if (unreadable && typeof unreadable === 'object')
          aside({ ...(unreadable as UnreadableWork), where: 'database' });
        if (work !== undefined) {
          // The reader (and the schema it checks with) loads only when there is work to read.
          const { readWork } = await import('./readWork');
          const read = readWork(work, base);
          if (read.ok) {
            // Migrated work is written anew, base and all, at the next save.
            kept = read.migrated ? null : { base: read.timeline[0]!, id: read.baseId };
            load(store, read.timeline, read.position, read.name, read.origin);
            return { savedAt: read.savedAt };
          }
          // Set aside where it stays until the user downloads or discards it.
          const text = safeText({ work, base });
          await kv.setMany([['unreadable', { text, reason: read.reason }]]);
          await kv.delMany(['work', 'base']);
          aside({ text, reason: read.reason, where: 'database' });
        }
      }
      const legacy = local?.getItem(LEGACY_KEY) ?? null;
      if (legacy === null) return null;
      const { readLegacyWork } = await import('./readWork');
      const read = readLegacyWork(legacy);
      if (!read.ok) {
        aside({ text: legacy, reason: read.reason, where: 'legacy' });
        return null;
      }
      load(store, [read.dataset], 0, read.name, { kind: 'local' });
      legacyToRemove = true;
      return { savedAt: read.savedAt };
    },

    /** Saves after every edit (debounced); returns the unsubscription. */
    start(store: Store, delay = 500): () => void {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let reported = false;
      let generation = 0;
      const save = async () => {
        const mine = ++generation;
        const { setSaving, reportProblems, datasetName } = store.getState();
        try {
          await put(store);
          reported = false;
          if (mine === generation && store.getState().dirty) setSaving('kept');
        } catch (error) {
          if (mine !== generation) return;
          setSaving('failed');
          if (reported) return;
          reported = true;
          reportProblems(
            datasetName,
            [
              problem(
                'AG080',
                '$',
                `Your changes are not saved in this browser (${String((error as Error)?.name ?? error)}: storage is full or blocked). Download a copy to keep them.`,
              ),
            ],
            'save',
          );
        }
      };
      // Ask once that the browser keep this site's data under storage pressure.
      void navigator.storage?.persist?.().catch(() => false);
      // Work brought back from version 1 moves into the database at once.
      if (legacyToRemove) void save();
      const unsubscribe = store.subscribe((s, prev) => {
        if (s.datasetKey !== prev.datasetKey && !s.dirty) {
          // Another dataset replaced the work (the user was asked): its copy goes.
          clearTimeout(timer);
          generation++;
          kept = null;
          void kv.delMany(['work', 'base']).catch(() => {});
          if (local) attempt(() => local.removeItem(WORK_FLAG));
          if (s.saving !== 'idle') s.setSaving('idle');
          return;
        }
        if ((s.dataset === prev.dataset && s.dirty === prev.dirty) || !s.dirty) return;
        clearTimeout(timer);
        if (s.saving !== 'pending' && s.saving !== 'failed') s.setSaving('pending');
        timer = setTimeout(() => void save(), delay);
      });
      return () => {
        clearTimeout(timer);
        unsubscribe();
      };
    },

    /** The work is saved as a file: the browser's copy is no longer needed. */
    async clear(store: Store): Promise<void> {
      kept = null;
      await kv.delMany(['work', 'base']).catch(() => {});
      if (local) attempt(() => local.removeItem(WORK_FLAG));
      store.getState().setSaving('idle');
    },

    /** The user discards the work that could not be read. */
    async discardUnreadable(store: Store): Promise<void> {
      const work = store.getState().unreadableWork;
      if (work?.where === 'legacy' && local) attempt(() => local.removeItem(LEGACY_KEY));
      else await kv.delMany(['unreadable']).catch(() => {});
      store.getState().setUnreadableWork(null);
    },
  };
}

/** Whatever was stored, as text to download (it may not even be JSON any more). */
function safeText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export type WorkKeeper = ReturnType<typeof createWorkKeeper>;
