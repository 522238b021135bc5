import { createGraphStore } from '../../src/store/graphStore';
import { selectLineWeights, selectWidthBy } from '../../src/store/selectors';
import { applyViewParams, viewSearch } from '../../src/store/viewParams';
import { seedDataset } from '../helpers';

it('draws lines wider by their evidence (weight) when asked, and a link carries it', () => {
  const store = createGraphStore(seedDataset(), 'seed');
  store.getState().setLineWidth('evidence');
  const weights = selectLineWeights(store.getState());
  for (const r of store.getState().dataset.relations)
    expect(weights.get(r.id)).toBe(Math.max(1, r.evidence.length));
  // The seed's request is quoted three times: the widest class.
  expect(weights.get('request-aid')).toBe(3);
  expect(viewSearch(store.getState())).toContain('width=evidence');
  store.getState().setLineWidth('sources');
  expect(applyViewParams(store, '?width=evidence')).toEqual([]);
  expect(store.getState().lineWidth).toBe('evidence');
  // Mentions only where the relations carry them: the seed's do not.
  store.getState().setLineWidth('mentions');
  expect(selectWidthBy(store.getState())).toBe('sources');
});
