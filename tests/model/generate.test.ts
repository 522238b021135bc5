import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../src/model/generate';
import { validateDataset } from '../../src/model/validate';

describe('synthetic dataset generator', () => {
  it('is deterministic: same seed, same dataset; another seed, another one', () => {
    const a = JSON.stringify(generateDataset({ actors: 300, relations: 600, seed: 7 }));
    expect(JSON.stringify(generateDataset({ actors: 300, relations: 600, seed: 7 }))).toBe(a);
    expect(JSON.stringify(generateDataset({ actors: 300, relations: 600, seed: 8 }))).not.toBe(a);
  });

  it('makes valid, realistic data: every kind, type and status, quotes at their offsets', () => {
    const d = generateDataset({ actors: 500, relations: 1000, evidenced: 300 });
    expect(validateDataset(d).problems).toEqual([]);
    expect([d.actors.length, d.relations.length]).toEqual([500, 1000]);
    expect(new Set(d.actors.map((a) => a.kind)).size).toBe(6);
    expect(new Set(d.relations.map((r) => r.type)).size).toBe(10);
    expect(new Set(d.relations.map((r) => r.status ?? 'unspecified')).size).toBe(6);
    expect(d.relations.filter((r) => r.evidence.length)).toHaveLength(300);
    const degree = new Map<string, number>();
    for (const r of d.relations) degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
    expect(Math.max(...degree.values())).toBeGreaterThan(10); // hubs exist
  });

  it('leaves positions out on request', () => {
    const d = generateDataset({ actors: 50, relations: 80, positions: false });
    expect(d.actors.every((a) => a.position === undefined)).toBe(true);
  });
});
