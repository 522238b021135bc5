import { describe, expect, it } from 'vitest';
import { forceLayout } from '../../src/model/forceLayout';
import { generateDataset } from '../../src/model/generate';

const input = (seed: number) => {
  const d = generateDataset({ actors: 600, relations: 1200, positions: false, evidenced: 0 });
  return {
    nodes: d.actors.map((a) => a.id),
    edges: d.relations.map((r) => [r.source, r.target] as const),
    seed,
  };
};

describe('force layout (ForceAtlas2)', () => {
  it('gives the same positions for the same graph and seed, other ones for another seed', async () => {
    const a = await forceLayout(input(1));
    const b = await forceLayout(input(1));
    const c = await forceLayout(input(2));
    expect(a?.size).toBe(600);
    expect([...a!]).toEqual([...b!]);
    expect([...a!]).not.toEqual([...c!]);
  });

  it('spreads actors out and reports progress up to the end', async () => {
    const seen: number[] = [];
    const positions = await forceLayout(input(1), { onProgress: (f) => seen.push(f) });
    const xs = [...positions!.values()].map((p) => p.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(1000);
    expect(new Set([...positions!.values()].map((p) => `${p.x},${p.y}`)).size).toBeGreaterThan(590);
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const result = await forceLayout(input(1), {
      signal: controller.signal,
      onProgress: (f) => f > 0.2 && controller.abort(),
    });
    expect(result).toBeNull();
  });
});
