import { describe, expect, it } from 'vitest';
import { kindStyles, typeStyles, UNKNOWN_KIND } from '../../src/model/appearance';
import { filterCounts, NO_FILTERS, visibleGraph } from '../../src/model/filter';
import { buildIndex } from '../../src/model/graphIndex';
import { actorNeighbourhood } from '../../src/model/neighbourhood';
import { SAFE_PALETTE } from '../../src/model/palette';
import { smallDataset } from '../helpers';

describe('filters', () => {
  const d = smallDataset();
  const kinds = kindStyles(d);

  it('hides relations of hidden types and statuses; actors stay', () => {
    const v = visibleGraph(d, kinds, {
      ...NO_FILTERS,
      hiddenTypes: ['ask'],
      hiddenStatuses: ['unspecified'],
    });
    expect([...v.relationIds]).toEqual(['r2']);
    expect(v.actorIds.size).toBe(3);
  });

  it('hides actors of a hidden kind and every relation touching them', () => {
    const v = visibleGraph(d, kinds, { ...NO_FILTERS, hiddenKinds: ['org'] });
    expect([...v.actorIds].sort()).toEqual(['beta', 'gamma']);
    expect([...v.relationIds]).toEqual(['r3']);
  });

  it('counts each value under the other filters only', () => {
    const counts = filterCounts(d, kinds, {
      ...NO_FILTERS,
      hiddenTypes: ['ask'],
      hiddenStatuses: ['alleged'],
    });
    // the type count ignores the type filter but applies the status filter
    expect(counts.types).toEqual({ ask: 2, refuse: 0, know: 1 });
    // the status count ignores the status filter but applies the type filter
    expect(counts.statuses).toMatchObject({
      reported: 0,
      alleged: 1,
      hypothetical: 0,
      unspecified: 1,
    });
    expect(counts.kinds).toEqual({ org: 1, person: 2 });
  });
});

describe('appearance', () => {
  it('gives kinds and types without colours distinct colour-blind-safe colours', () => {
    const d = smallDataset();
    const colours = [...typeStyles(d).values()].map((t) => t.color);
    expect(new Set(colours).size).toBe(colours.length);
    for (const c of colours) expect(SAFE_PALETTE).toContain(c);
  });

  it('never hands out a colour a category already has', () => {
    const d = smallDataset();
    d.relationTypes[1]!.color = SAFE_PALETTE[0];
    const colours = [...typeStyles(d).values()].map((t) => t.color);
    expect(new Set(colours).size).toBe(3);
  });

  it('draws undeclared kinds as "unknown"', () => {
    const d = smallDataset();
    d.actors[0]!.kind = 'alien';
    expect(kindStyles(d).get(UNKNOWN_KIND)?.color).toBe('#9e9e9e');
  });
});

describe('neighbourhood', () => {
  it('spans one or two steps over visible relations', () => {
    const d = smallDataset();
    const index = buildIndex(d);
    const kinds = kindStyles(d);
    const all = visibleGraph(d, kinds, NO_FILTERS);
    const one = actorNeighbourhood(index, all, 'gamma', 1);
    expect([...one.actorIds].sort()).toEqual(['alpha', 'beta', 'gamma']);
    expect([...one.relationIds].sort()).toEqual(['r3', 'r4']);
    const filtered = visibleGraph(d, kinds, { ...NO_FILTERS, hiddenTypes: ['know'] });
    expect([...actorNeighbourhood(index, filtered, 'gamma', 1).actorIds].sort()).toEqual([
      'alpha',
      'gamma',
    ]);
    expect([...actorNeighbourhood(index, filtered, 'gamma', 2).relationIds].sort()).toEqual([
      'r1',
      'r2',
      'r4',
    ]);
  });
});
