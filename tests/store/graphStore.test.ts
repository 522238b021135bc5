import { describe, expect, it } from 'vitest';
import { selectCounts, selectHighlight, selectVisible } from '../../src/store/selectors';
import { openSource } from '../../src/io/openSource';
import { readFixture, seedDataset, smallStore } from '../helpers';

describe('graph store', () => {
  it('toggles type and status filters and resets them', () => {
    const store = smallStore();
    store.getState().toggleType('ask');
    expect([...selectVisible(store.getState()).relationIds]).toEqual(['r2', 'r3']);
    store.getState().toggleStatus('unspecified');
    expect([...selectVisible(store.getState()).relationIds]).toEqual(['r2']);
    expect(selectCounts(store.getState()).types.ask).toBe(2);
    store.getState().toggleType('ask');
    expect(selectVisible(store.getState()).relationIds.size).toBe(3);
    store.getState().resetFilters();
    expect(selectVisible(store.getState()).relationIds.size).toBe(4);
  });

  it('highlights an actor with its neighbourhood and a relation with its two actors', () => {
    const store = smallStore();
    store.getState().selectActor('alpha');
    const actor = selectHighlight(store.getState());
    expect([...(actor?.actorIds ?? [])].sort()).toEqual(['alpha', 'beta', 'gamma']);
    expect([...(actor?.relationIds ?? [])].sort()).toEqual(['r1', 'r2', 'r4']);
    store.getState().selectRelation('r3');
    const relation = selectHighlight(store.getState());
    expect([...(relation?.actorIds ?? [])].sort()).toEqual(['beta', 'gamma']);
    expect([...(relation?.relationIds ?? [])]).toEqual(['r3']);
    store.getState().clearSelection();
    expect(selectHighlight(store.getState())).toBeNull();
  });

  it('widens the highlight to two steps on request', () => {
    const store = smallStore();
    store.getState().toggleType('know');
    store.getState().selectActor('beta');
    expect(selectHighlight(store.getState())?.actorIds.size).toBe(2);
    store.getState().setNeighbourhoodDepth(2);
    expect(selectHighlight(store.getState())?.actorIds.size).toBe(3);
    expect(selectHighlight(store.getState())?.relationIds.size).toBe(3);
  });

  it('keeps the selection when a filter hides it, but stops highlighting it', () => {
    const store = smallStore();
    store.getState().selectRelation('r1');
    store.getState().toggleType('ask');
    expect(store.getState().selection).toEqual({ kind: 'relations', ids: ['r1'] });
    expect(selectHighlight(store.getState())).toBeNull();
  });

  it('does not recompute derived state that did not change', () => {
    const store = smallStore();
    const before = selectVisible(store.getState());
    store.getState().selectActor('alpha');
    expect(selectVisible(store.getState())).toBe(before);
  });

  it('replaces the dataset only when the new file has no errors', async () => {
    const store = smallStore();
    store.getState().toggleType('ask');
    const broken = readFixture('small.actor-graph.json').replace(
      '"target": "beta"',
      '"target": "nobody"',
    );
    expect(await openSource(store, { kind: 'text', name: 'broken.json', text: broken })).toBe(
      false,
    );
    expect(store.getState().dataset.title).toBe('Small test graph');
    expect(store.getState().filters.hiddenTypes).toEqual(['ask']);
    expect(store.getState().report?.problems[0]).toMatchObject({
      code: 'AG030',
      path: '$.relations[0].target',
    });

    const seed = JSON.stringify(seedDataset());
    expect(await openSource(store, { kind: 'text', name: 'seed.json', text: seed })).toBe(true);
    expect(store.getState().dataset.actors.length).toBeGreaterThan(10);
    expect(store.getState().report).toBeNull();
    expect(store.getState().filters.hiddenTypes).toEqual([]);
  });
});

describe('loading progress', () => {
  it('shows each step of reading a file, then clears', async () => {
    const store = smallStore();
    const seen: string[] = [];
    store.subscribe((s) => {
      const shown =
        s.loading && `${s.loading.stage} ${Math.round((s.loading.fraction ?? 0) * 100)}%`;
      if (shown && seen.at(-1) !== shown) seen.push(shown);
    });
    const ok = await openSource(store, {
      kind: 'text',
      name: 'graph.gexf',
      text: readFixture('samples/graphology-v1_3.gexf'),
    });
    expect(ok).toBe(true);
    expect(seen).toEqual(['parsing 0%', 'validating 33%', 'checking 67%']);
    expect(store.getState().loading).toBeNull();
  });
});
