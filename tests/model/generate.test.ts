import { describe, expect, it } from 'vitest';
import { supportOf, traceSources } from '../../src/model/corroboration';
import { generateDataset } from '../../src/model/generate';
import { generateStory } from '../../src/model/generateStory';
import { firstDays } from '../../src/model/time';
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

describe('synthetic story generator', () => {
  const options = { actors: 300, relations: 600, documents: 80, days: 20, seed: 3 };
  const story = generateStory(options);

  it('is deterministic and valid', () => {
    expect(JSON.stringify(generateStory(options))).toBe(JSON.stringify(story));
    expect(validateDataset(story).problems).toEqual([]);
  });

  it('tells claims over days, in several voices, with shared roots and later denials', () => {
    expect(story.documents).toHaveLength(80);
    const days = new Set(story.documents.map((d) => d.published));
    expect(days.size).toBeGreaterThan(10);
    const trace = traceSources(story);
    const supports = story.relations.map((r) => supportOf(trace.get(r.id)!));
    // Some claims rest on one source quoted by several documents, others on several sources.
    expect(supports.some((s) => s.documents > 1 && s.sources.length === 1)).toBe(true);
    expect(supports.some((s) => s.sources.length >= 3)).toBe(true);
    // RT relays TASS: quotes citing RT count as TASS's, never as RT's.
    const citesRt = story.relations.some((r) =>
      r.evidence.some((e) => e.assertedBy?.[0] === 'outlet-10'),
    );
    const roots = new Set(supports.flatMap((s) => s.sources.map((x) => x.rootKey)));
    expect(citesRt).toBe(true);
    expect(roots.has('actor:outlet-8')).toBe(true);
    expect(roots.has('actor:outlet-10')).toBe(false);
    const denials = story.relations.filter((r) => r.disputes);
    expect(denials.length).toBeGreaterThan(5);
    const first = firstDays(story, trace, 'published');
    for (const d of denials) expect(first.get(d.id)! > first.get(d.disputes!)!).toBe(true);
    expect(story.relations.filter((r) => r.occurred).length).toBeGreaterThan(300);
  });
});
