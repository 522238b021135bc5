import { actorMetrics } from '../../src/model/metrics/actorMetrics';
import { brokerFocus } from '../../src/model/metrics/brokers';
import { selectHighlight } from '../../src/store/selectors';
import { selectActorMarks, sizeStep, SIZE_STEPS } from '../../src/store/actorMarks';
import { createGraphStore } from '../../src/store/graphStore';
import { snapshotText } from '../../src/store/snapshotText';
import { seedDataset } from '../helpers';

function measuredStore() {
  const seed = seedDataset();
  const store = createGraphStore(seed, 'seed');
  const result = actorMetrics(
    seed.actors.map((a) => a.id),
    seed.relations,
  );
  store.getState().setMeasures({ result });
  return store;
}

describe('actors drawn by the measures', () => {
  it('sizes by the square root of the share of the largest, in five steps', () => {
    expect(sizeStep(0, 10)).toBe(0);
    expect(sizeStep(10, 10)).toBe(4);
    expect(sizeStep(2.5, 10)).toBe(2); // √0.25 = 0.5 → the middle step
    expect(sizeStep(5, 0)).toBe(0);
    const store = measuredStore();
    expect(selectActorMarks(store.getState()).size).toBe(0); // asked for neither
    store.getState().setActorSize('betweenness');
    const marks = selectActorMarks(store.getState());
    expect(marks.get('china')).toEqual({ size: SIZE_STEPS[4] });
    expect(marks.get('xi-jinping')!.size).toBeLessThan(marks.get('usa')!.size!);
  });

  it('says in a snapshot legend what size and colour mean: sizes, camps, kinds as shapes', () => {
    const store = measuredStore();
    store.getState().setActorSize('betweenness');
    store.getState().setActorColour('community');
    const { legend } = snapshotText(store.getState(), {
      legend: true,
      source: false,
      footnotes: false,
    }).text;
    const sizes = legend.filter((i) => i.kind === 'size');
    expect(sizes.map((i) => (i.kind === 'size' ? i.size : 0))).toEqual([...SIZE_STEPS]);
    expect(sizes[0]!.label).toMatch(/^betweenness < /);
    const labels = legend.map((i) => i.label);
    expect(labels).toContain('Camp 1 · China (6)');
    const state = legend.find((i) => i.label === 'State');
    expect(state).toMatchObject({ kind: 'actor', color: '#ffffff' });
  });
});

describe('brokers', () => {
  it('brings forward who joins the camps, with the relations across them', () => {
    const store = measuredStore();
    expect(selectHighlight(store.getState())).toBeNull();
    store.getState().setShowBrokers(true);
    const focus = selectHighlight(store.getState())!;
    const { result } = store.getState().measures;
    const camp = (id: string) => result!.actors.get(id)!.community;
    // Every relation brought forward crosses camps, and China, the first broker, is among them.
    expect(focus.actorIds.has('china')).toBe(true);
    expect(focus.relationIds.size).toBeGreaterThan(0);
    for (const id of focus.relationIds) {
      const r = store.getState().dataset.relations.find((x) => x.id === id)!;
      expect(camp(r.source)).not.toBe(camp(r.target));
    }
    // With the selection too, both stay bright.
    store.getState().selectActor('ukrainian-population');
    expect(selectHighlight(store.getState())!.actorIds.has('ukrainian-population')).toBe(true);
    expect(selectHighlight(store.getState())!.actorIds.has('china')).toBe(true);
  });

  it('finds none in a graph of one camp', () => {
    const focus = brokerFocus(
      {
        actors: new Map([
          ['a', { community: 0, betweenness: 1 } as never],
          ['b', { community: 0, betweenness: 0 } as never],
        ]),
        communities: [{ id: 0, size: 2, hub: 'a' }],
        sampled: false,
      },
      [{ id: 'r', source: 'a', target: 'b', type: 't', evidence: [] } as never],
    );
    expect(focus).toBeNull();
  });
});
