import { describe, expect, it } from 'vitest';
import { kindStyles } from '../../src/model/appearance';
import { NO_FILTERS, visibleGraph } from '../../src/model/filter';
import { buildIndex } from '../../src/model/graphIndex';
import { shortestPath } from '../../src/model/path';
import { searchActors } from '../../src/model/search';
import { seedDataset, smallDataset } from '../helpers';

describe('actor search', () => {
  const seed = seedDataset();
  it('matches labels, translated labels and aliases, ignoring case and diacritics', () => {
    expect(searchActors(seed.actors, 'peking')).toEqual(['china']);
    expect(searchActors(seed.actors, 'MOSKAU')).toEqual(['russia']);
    expect(searchActors(seed.actors, 'aussenministerium')).toEqual(['china-mfa']);
    expect(searchActors(seed.actors, 'Bevölkerung')).toEqual(['ukrainian-population']);
    expect(searchActors(seed.actors, 'Washington')).toEqual(['usa']);
  });
  it('finds nothing for an empty query', () => {
    expect(searchActors(seed.actors, '  ')).toEqual([]);
  });
});

describe('shortest path', () => {
  const d = smallDataset();
  const index = buildIndex(d);
  const kinds = kindStyles(d);

  it('follows relations in either direction, in order', () => {
    const all = visibleGraph(d, kinds, NO_FILTERS);
    expect(shortestPath(index, all, 'gamma', 'alpha')?.steps).toEqual(['r4']);
    const noAsk = visibleGraph(d, kinds, { ...NO_FILTERS, hiddenTypes: ['ask'] });
    const path = shortestPath(index, noAsk, 'gamma', 'alpha');
    expect(path?.steps).toEqual(['r3', 'r2']);
    expect([...(path?.actorIds ?? [])].sort()).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('is null when the filters cut every connection', () => {
    const v = visibleGraph(d, kinds, { ...NO_FILTERS, hiddenTypes: ['ask', 'know'] });
    expect(shortestPath(index, v, 'gamma', 'alpha')).toBeNull();
  });
});
