import { describe, expect, it } from 'vitest';
import type { KeyValue } from '../../src/io/keyValue';
import { createWorkKeeper } from '../../src/io/savedWork';
import { LEGACY_KEY, WORK_FLAG } from '../../src/io/workKeys';
import { EMPTY_DATASET } from '../../src/app/bundledDatasets';
import { deleteRelation, updateActor } from '../../src/model/edit';
import { generateDataset } from '../../src/model/generate';
import { createGraphStore } from '../../src/store/graphStore';
import { datasetDelta } from '../../src/model/datasetDelta';
import type { Dataset } from '../../src/model/schema';
import { rawFixture, smallDataset } from '../helpers';

/** The browser's database as a map; `refuse` makes every write fail as a full disk does. */
function memoryDatabase() {
  const data = new Map<string, unknown>();
  const writes: string[][] = [];
  let refuse: Error | null = null;
  const kv: KeyValue = {
    getMany: async (keys) => keys.map((k) => structuredClone(data.get(k))),
    setMany: async (entries) => {
      if (refuse) throw refuse;
      writes.push(entries.map(([k]) => k));
      for (const [k, v] of entries) data.set(k, structuredClone(v));
    },
    delMany: async (keys) => void keys.forEach((k) => data.delete(k)),
  };
  return { kv, data, writes, refuseWith: (e: Error | null) => (refuse = e) };
}

function localStorageMap() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

const later = (ms = 30) => new Promise((r) => setTimeout(r, ms));
const label = (store: ReturnType<typeof createGraphStore>, id: string) =>
  store.getState().dataset.actors.find((a) => a.id === id)?.label;

/** A new page of the same browser: a fresh store, the same storage. */
async function reload(db: ReturnType<typeof memoryDatabase>, local = localStorageMap()) {
  const store = createGraphStore(EMPTY_DATASET, 'seed');
  const keeper = createWorkKeeper(db.kv, local);
  const restored = await keeper.restore(store);
  return { store, keeper, restored };
}

describe('work kept in the browser', () => {
  it('survives a reload with its undo and redo history', async () => {
    const db = memoryDatabase();
    const local = localStorageMap();
    const store = createGraphStore(smallDataset(), 'small.json');
    createWorkKeeper(db.kv, local).start(store, 5);
    store.getState().edit((d) => updateActor(d, 'alpha', { label: 'One' }));
    store.getState().edit((d) => updateActor(d, 'alpha', { label: 'Two' }));
    store.getState().edit((d) => deleteRelation(d, 'r4'));
    store.temporal.getState().undo(); // r4 is back
    await later();
    expect(store.getState().saving).toBe('kept');
    expect(local.data.get(WORK_FLAG)).toBe('1');

    const { store: next, restored } = await reload(db, local);
    expect(restored?.savedAt).toMatch(/^\d{4}-/);
    const s = next.getState();
    expect(s.datasetName).toBe('small.json');
    expect(label(next, 'alpha')).toBe('Two');
    expect(s.dataset.relations.map((r) => r.id)).toContain('r4');
    expect(s.dirty).toBe(true);
    expect(s.editing).toBe(true);
    next.temporal.getState().redo();
    expect(next.getState().dataset.relations.map((r) => r.id)).not.toContain('r4');
    next.temporal.getState().undo();
    next.temporal.getState().undo();
    expect(label(next, 'alpha')).toBe('One');
    next.temporal.getState().undo();
    expect(label(next, 'alpha')).toBe('Alpha');
  });

  it('writes a 20,000-actor dataset once, then each edit as a small delta', async () => {
    const db = memoryDatabase();
    const big = generateDataset({ actors: 20000, relations: 40000, seed: 1 });
    const local = localStorageMap();
    const store = createGraphStore(big, 'big.json');
    createWorkKeeper(db.kv, local).start(store, 5);
    store.getState().edit((d) => updateActor(d, 'a5', { label: 'First' }));
    await later(100);
    store.getState().edit((d) => updateActor(d, 'a6', { label: 'Second' }));
    await later(100);
    expect(db.writes).toEqual([['base', 'work'], ['work']]);
    expect(JSON.stringify(db.data.get('work')).length).toBeLessThan(2000);
    const { store: next } = await reload(db, local);
    expect(next.getState().dataset.actors.length).toBe(20000);
    expect(label(next, 'a6')).toBe('Second');
  });

  it('tells a full storage truthfully, as a save that failed, not a file that did not open', async () => {
    const db = memoryDatabase();
    db.refuseWith(new DOMException('full', 'QuotaExceededError'));
    const store = createGraphStore(smallDataset(), 'small.json');
    createWorkKeeper(db.kv, localStorageMap()).start(store, 5);
    store.getState().edit((d) => updateActor(d, 'alpha', { label: 'Lost?' }));
    await later();
    const s = store.getState();
    expect(s.saving).toBe('failed');
    expect(s.report?.action).toBe('save');
    expect(s.report?.problems[0]).toMatchObject({ code: 'AG080' });
    expect(s.report?.problems[0]?.message).toContain('not saved in this browser');
    // Room again: the next edit is kept, and says so.
    db.refuseWith(null);
    store.getState().edit((d) => updateActor(d, 'alpha', { label: 'Kept' }));
    await later();
    expect(store.getState().saving).toBe('kept');
  });

  it("moves version 1's saved work into the database, and only then removes it", async () => {
    const db = memoryDatabase();
    const local = localStorageMap();
    const d = updateActor(smallDataset(), 'beta', { label: 'From v1' });
    local.setItem(
      LEGACY_KEY,
      JSON.stringify({ version: 1, savedAt: '2026-11-29T10:00:00Z', name: 'old.json', dataset: d }),
    );
    const { store, keeper, restored } = await reload(db, local);
    expect(restored).toEqual({ savedAt: '2026-11-29T10:00:00Z' });
    expect(label(store, 'beta')).toBe('From v1');
    expect(local.data.has(LEGACY_KEY)).toBe(true);
    keeper.start(store, 5);
    await later();
    expect(local.data.has(LEGACY_KEY)).toBe(false);
    const { store: again } = await reload(db, local);
    expect(label(again, 'beta')).toBe('From v1');
  });

  it('brings work saved before format version 2 up to it, history and all, and saves it anew', async () => {
    const db = memoryDatabase();
    const local = localStorageMap();
    const v1 = rawFixture('small.v1.actor-graph.json') as unknown as Dataset;
    const renamed = {
      ...v1,
      actors: v1.actors.map((a) => (a.id === 'beta' ? { ...a, label: 'Old work' } : a)),
    };
    await db.kv.setMany([
      ['base', { id: 'b1', dataset: v1 }],
      [
        'work',
        {
          version: 2,
          savedAt: '2026-11-30T10:00:00Z',
          name: 'old.json',
          origin: { kind: 'local' },
          baseId: 'b1',
          steps: [datasetDelta(v1, renamed)],
          position: 1,
        },
      ],
    ]);
    local.setItem(WORK_FLAG, '1');
    const { store, keeper, restored } = await reload(db, local);
    expect(restored).toEqual({ savedAt: '2026-11-30T10:00:00Z' });
    const d = store.getState().dataset;
    expect(d.version).toBe(2);
    expect(label(store, 'beta')).toBe('Old work');
    expect(d.relations[0]!.evidence[0]!.document).toBe('article');
    store.temporal.getState().undo();
    expect(label(store, 'beta')).toBe('Beta');
    expect(store.getState().dataset.documents).toHaveLength(1);
    keeper.start(store, 5);
    store.getState().edit((x) => updateActor(x, 'gamma', { label: 'New' }));
    await later();
    const { store: again } = await reload(db, local);
    expect(label(again, 'gamma')).toBe('New');
    expect(again.getState().dataset.version).toBe(2);
  });

  it('keeps work that still has reference problems: edits never lose the user their work', async () => {
    const db = memoryDatabase();
    const local = localStorageMap();
    const store = createGraphStore(smallDataset(), 'small.json');
    createWorkKeeper(db.kv, local).start(store, 5);
    store.getState().edit((d) => deleteRelation(d, 'r1')); // r2 disputes r1: AG032
    await later();
    const { store: next } = await reload(db, local);
    expect(next.getState().dataset.relations.map((r) => r.id)).not.toContain('r1');
  });

  it('forgets the kept work once another dataset replaces it', async () => {
    const db = memoryDatabase();
    const local = localStorageMap();
    const store = createGraphStore(smallDataset(), 'small.json');
    createWorkKeeper(db.kv, local).start(store, 5);
    store.getState().edit((d) => updateActor(d, 'alpha', { label: 'x' }));
    await later();
    expect(db.data.has('work')).toBe(true);
    store.getState().loadDataset(smallDataset(), 'other.json');
    await later();
    expect(db.data.has('work')).toBe(false);
    expect(local.data.has(WORK_FLAG)).toBe(false);
    expect((await reload(db, local)).restored).toBeNull();
  });
});

describe('saved work that cannot be read', () => {
  const unreadable = [
    '{not json',
    '{"version":1,"dataset":{"format":"gexf"}}',
    'null',
    '[]',
    'x'.repeat(4_000_000),
  ];

  for (const text of unreadable)
    it(`is told and kept, never dropped: ${text.slice(0, 30)}`, async () => {
      const local = localStorageMap();
      local.setItem(LEGACY_KEY, text);
      const { store, keeper, restored } = await reload(memoryDatabase(), local);
      expect(restored).toBeNull();
      const work = store.getState().unreadableWork;
      expect(work?.text).toBe(text);
      expect(work?.reason.length).toBeGreaterThan(5);
      expect(local.data.get(LEGACY_KEY)).toBe(text);
      // Only the user's word removes it.
      await keeper.discardUnreadable(store);
      expect(local.data.has(LEGACY_KEY)).toBe(false);
      expect(store.getState().unreadableWork).toBeNull();
    });

  it('in the database, is set aside and shown, and new work can be kept meanwhile', async () => {
    const db = memoryDatabase();
    const local = localStorageMap();
    local.setItem(WORK_FLAG, '1');
    db.data.set('work', {
      version: 2,
      baseId: 'b',
      steps: [{ actors: { runs: [[0, 99]] } }],
      position: 3,
    });
    db.data.set('base', { id: 'b', dataset: smallDataset() });
    const { store, restored } = await reload(db, local);
    expect(restored).toBeNull();
    expect(store.getState().unreadableWork?.reason).toContain('history');
    expect(db.data.get('unreadable')).toMatchObject({ reason: expect.any(String) });
    expect(db.data.has('work')).toBe(false);
    // After another reload it is still told.
    const { store: again } = await reload(db, local);
    expect(again.getState().unreadableWork?.text).toContain('"baseId":"b"');
  });
});
