import { describe, expect, it } from 'vitest';
import { openSource } from '../../src/io/openSource';
import { exportActorGraph } from '../../src/model/formats/exportActorGraph';
import { generateDataset } from '../../src/model/generate';
import { createGraphStore } from '../../src/store/graphStore';
import { smallDataset } from '../helpers';

describe('racing loads', () => {
  it('the last file asked for is the one shown, whatever finishes first', async () => {
    const store = createGraphStore(smallDataset(), 'small.json');
    const big = exportActorGraph(generateDataset({ actors: 3000, relations: 6000, seed: 2 })).text;
    const small = exportActorGraph({ ...smallDataset(), title: 'The second' }).text;
    const first = openSource(store, { kind: 'text', name: 'first.json', text: big });
    const second = openSource(store, { kind: 'text', name: 'second.json', text: small });
    expect(await Promise.all([first, second])).toEqual([false, true]);
    expect(store.getState().dataset.title).toBe('The second');
    expect(store.getState().datasetName).toBe('second.json');
    expect(store.getState().loading).toBeNull();
    // The first was cancelled, not failed: nothing to report.
    expect(store.getState().report).toBeNull();
  });

  it('a broken file after a good one leaves the good one shown, and says why', async () => {
    const store = createGraphStore(smallDataset(), 'small.json');
    const good = openSource(store, {
      kind: 'text',
      name: 'good.json',
      text: exportActorGraph({ ...smallDataset(), title: 'Good' }).text,
    });
    await good;
    await openSource(store, { kind: 'text', name: 'bad.json', text: '{"format": "actor-graph",' });
    expect(store.getState().dataset.title).toBe('Good');
    expect(store.getState().report?.file).toBe('bad.json');
    expect(store.getState().report?.problems[0]?.line).toBeGreaterThan(0);
  });
});
