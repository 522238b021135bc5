import { describe, expect, it } from 'vitest';
import {
  labelBoxAlong,
  labelBoxBelow,
  crowdedLabels,
  type LabelBox,
} from '../../../src/graph/detail/labelDeclutter';

const box = (id: string, x: number, y: number, rank: number, w = 80, h = 16): LabelBox => ({
  id,
  x,
  y,
  w,
  h,
  rank,
});

describe('labels that would cover each other', () => {
  it('keeps the better-connected of two overlapping labels and declutters the other', () => {
    expect(crowdedLabels([box('small', 10, 10, 2), box('hub', 40, 15, 9)])).toEqual(
      new Set(['small']),
    );
  });

  it('draws labels that do not touch, wherever they are', () => {
    const boxes = [
      box('a', 0, 0, 1),
      box('b', 200, 0, 1),
      box('c', 0, 100, 1),
      box('d', -500, -3, 1),
    ];
    expect(crowdedLabels(boxes).size).toBe(0);
  });

  it('decides ties by id, so the same view always shows the same names', () => {
    const one = crowdedLabels([box('beta', 0, 0, 3), box('alpha', 10, 5, 3)]);
    const other = crowdedLabels([box('alpha', 10, 5, 3), box('beta', 0, 0, 3)]);
    expect(one).toEqual(new Set(['beta']));
    expect(other).toEqual(one);
  });

  it('declutters a label drawn over another actor, not over its own', () => {
    const bodies = [box('own', 0, -20, 0, 20, 20), box('other', 100, 0, 0, 20, 20)];
    const labels = [box('own', -20, -2, 1), box('far', 300, 0, 1), box('under', 60, 5, 1)];
    expect(crowdedLabels(labels, bodies)).toEqual(new Set(['under']));
  });

  it('places a label below its actor, wrapped at the widest a label may be', () => {
    const short = labelBoxBelow('a', 'China', { x: 100, y: 50 }, 20, 12, 130, 1);
    expect(short.x + short.w / 2).toBeCloseTo(100);
    expect(short.y).toBe(60);
    const long = labelBoxBelow('b', 'x'.repeat(60), { x: 0, y: 0 }, 20, 12, 130, 1);
    expect(long.w).toBe(130);
    expect(long.h).toBeGreaterThan(short.h * 2);
  });

  it('places a relation label on the middle of its line, turned along it', () => {
    const flat = labelBoxAlong('r', 'meets', { x: 0, y: 0 }, { x: 200, y: 0 }, 10, 1);
    expect(flat.x + flat.w / 2).toBeCloseTo(100);
    expect(flat.w).toBeGreaterThan(flat.h);
    const upright = labelBoxAlong('r', 'meets', { x: 0, y: 0 }, { x: 0, y: 200 }, 10, 1);
    expect(upright.y + upright.h / 2).toBeCloseTo(100);
    expect(upright.h).toBeCloseTo(flat.w);
    expect(upright.w).toBeCloseTo(flat.h);
  });
});
