import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { boot } from '../../src/app/boot';
import { checkSeed, EMPTY_DATASET, SEED_NAME } from '../../src/app/bundledDatasets';
import { createGraphStore } from '../../src/store/graphStore';
import { seedPath } from '../helpers';

const seed = readFileSync(seedPath, 'utf8');
const seedTitle = (JSON.parse(seed) as { title: string }).title;

/** The page as the build makes it (the seed in a data block); the network is down. */
function page(text = seed) {
  const block = document.createElement('script');
  block.type = 'application/json';
  block.id = 'actor-graph-seed';
  block.textContent = text;
  document.body.append(block);
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.getElementById('actor-graph-seed')?.remove();
  window.localStorage.clear();
});

describe('start-up', () => {
  it('shows the seed graph when the link asks for nothing else', async () => {
    page();
    const store = createGraphStore(EMPTY_DATASET, SEED_NAME);
    await boot(store, '', (p) => p);
    const s = store.getState();
    expect(s.dataset.title).toBe(seedTitle);
    expect(s.dataset.actors.length).toBeGreaterThan(10);
    expect(s.origin).toEqual({ kind: 'bundled', id: 'seed' });
    expect(s.loading).toBeNull();
    expect(s.dirty).toBe(false);
  });

  it('shows the seed with the error when the linked data cannot be fetched', async () => {
    page();
    const store = createGraphStore(EMPTY_DATASET, SEED_NAME);
    await boot(store, '?data=https://example.org/missing.json&select=x', (p) => p);
    const s = store.getState();
    expect(s.dataset.title).toBe(seedTitle);
    expect(s.report?.file).toBe('missing.json');
    expect(s.report?.problems.map((p) => p.code)).toContain('AG008');
    // The link's view belonged to the missing data: it is not applied to the seed.
    expect(s.selection).toBeNull();
  });

  it('names link parameters it cannot decode, and shows the seed with the rest applied', async () => {
    page();
    const store = createGraphStore(EMPTY_DATASET, SEED_NAME);
    await boot(store, '?sel=%E0%A4%A&data=%ZZ&lang=de', (p) => `ignored: ${p}`);
    const s = store.getState();
    expect(s.dataset.title).toBe(seedTitle);
    expect(s.notice).toBe('ignored: sel=%E0%A4%A, data=%ZZ');
    expect(s.language).toBe('de');
  });

  it('in an embed, shows why the linked data was refused instead of another graph', async () => {
    page();
    const store = createGraphStore(EMPTY_DATASET, SEED_NAME);
    await boot(store, '?embed=1&data=javascript:alert(1)', (p) => `ignored: ${p}`);
    const s = store.getState();
    expect(s.dataset).toBe(EMPTY_DATASET);
    expect(s.report?.problems.map((p) => p.code)).toEqual(['AG008']);
    expect(s.report?.problems[0]!.message).toContain('javascript:');
    expect(s.notice).toBe('ignored: data=javascript:alert(1)');
    // The full app shows the seed beside the same report.
    const full = createGraphStore(EMPTY_DATASET, SEED_NAME);
    await boot(full, '?data=javascript:alert(1)', (p) => p);
    expect(full.getState().dataset.title).toBe(seedTitle);
    expect(full.getState().report?.problems[0]!.message).toContain('javascript:');
  });

  it('says so, rather than showing a blank page, when the page carries no seed', async () => {
    const store = createGraphStore(EMPTY_DATASET, SEED_NAME);
    await boot(store, '', (p) => p);
    const s = store.getState();
    expect(s.report?.file).toBe(SEED_NAME);
    expect(s.report?.problems[0]?.code).toBe('AG008');
    expect(s.report?.problems[0]?.message).toMatch(/no seed dataset/);
    expect(s.loading).toBeNull();
  });

  it('checks the seed after the first picture, and would show the problems of a broken one', async () => {
    page();
    expect(await checkSeed()).toEqual([]);
    document.getElementById('actor-graph-seed')?.remove();
    const broken = JSON.parse(seed) as { relations: { source: string }[] };
    broken.relations[0]!.source = 'nobody';
    page(JSON.stringify(broken));
    expect(await checkSeed()).toEqual([
      expect.objectContaining({ code: 'AG030', path: '$.relations[0].source' }),
    ]);
  });
});
