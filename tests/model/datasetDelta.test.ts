import { describe, expect, it } from 'vitest';
import { applyDelta, datasetDelta } from '../../src/model/datasetDelta';
import { addActor, deleteActor, updateActor, updateRelation } from '../../src/model/edit';
import { generateDataset } from '../../src/model/generate';

describe('the delta between two datasets', () => {
  const d = generateDataset({ actors: 2000, relations: 6000, seed: 5 });

  it('rebuilds the next dataset exactly, for every kind of edit', () => {
    const edits = [
      updateActor(d, 'a17', { label: 'Renamed' }),
      updateRelation(d, 'r99', { note: 'A note' }),
      addActor(d, { id: 'new', label: 'New', kind: 'state' }),
      deleteActor(d, 'a3'),
      { ...d, title: 'Another title' },
    ];
    for (const next of edits) expect(applyDelta(d, datasetDelta(d, next))).toEqual(next);
  });

  it('is small when the edit is: a renamed actor of 2,000 is a few runs, not 2,000 actors', () => {
    const next = updateActor(d, 'a17', { label: 'Renamed' });
    const delta = datasetDelta(d, next);
    expect(Object.keys(delta)).toEqual(['actors']);
    expect(JSON.stringify(delta).length).toBeLessThan(500);
    // Deleting an actor takes its relations too: still runs, not copies.
    expect(JSON.stringify(datasetDelta(d, deleteActor(d, 'a3'))).length).toBeLessThan(20_000);
  });
});
