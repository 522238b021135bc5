import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { boot } from '../../src/app/boot';
import { EMPTY_DATASET, SEED_NAME } from '../../src/app/bundledDatasets';
import { createGraphStore } from '../../src/store/graphStore';
import { seedPath } from '../helpers';

const seed = readFileSync(seedPath, 'utf8');
const seedTitle = (JSON.parse(seed) as { title: string }).title;

/** The network as the browser sees it: the seed file is served, everything else is down. */
function network() {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      if (String(url).includes('russia-china-military-aid')) return new Response(seed);
      throw new TypeError('Failed to fetch');
    }),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  window.localStorage.clear();
});

describe('start-up', () => {
  it('shows the seed graph when the link asks for nothing else', async () => {
    network();
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
    network();
    const store = createGraphStore(EMPTY_DATASET, SEED_NAME);
    await boot(store, '?data=https://example.org/missing.json&select=x', (p) => p);
    const s = store.getState();
    expect(s.dataset.title).toBe(seedTitle);
    expect(s.report?.file).toBe('missing.json');
    expect(s.report?.problems.map((p) => p.code)).toContain('AG008');
    // The link's view belonged to the missing data: it is not applied to the seed.
    expect(s.selection).toBeNull();
  });
});
