import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/model/validate';
import { projectPath, seedDataset, seedPath } from '../helpers';

const articlePath = projectPath('data/articles/000_ec03675cfa36e105.txt');
const sharedPath = projectPath('../shared/seeds/000_ec03675cfa36e105.txt');

describe('seed dataset', () => {
  const seed = seedDataset();
  const relation = (id: string) => seed.relations.find((r) => r.id === id);

  it('validates with no problem at all', () => {
    expect(validateDataset(JSON.parse(readFileSync(seedPath, 'utf8'))).problems).toEqual([]);
  });

  it('carries the article text exactly', () => {
    const article = readFileSync(articlePath, 'utf8');
    expect(seed.documents).toHaveLength(1);
    expect(seed.documents[0]!.text).toBe(article);
    // The project's copy must equal the shared original where that is present.
    if (existsSync(sharedPath)) expect(readFileSync(sharedPath, 'utf8')).toBe(article);
  });

  it('has every quote at its exact offsets', () => {
    const text = seed.documents[0]?.text ?? '';
    const all = seed.relations.flatMap((r) => r.evidence);
    expect(all.length).toBeGreaterThanOrEqual(seed.relations.length);
    for (const ev of all) expect(text.slice(ev.start ?? -1, ev.end)).toBe(ev.quote);
    for (const r of seed.relations) expect(r.evidence.length, r.id).toBeGreaterThan(0);
  });

  it('keeps every actor positioned, so the picture is stable', () => {
    expect(seed.actors.every((a) => a.position)).toBe(true);
  });

  it('holds the four core claims with honest statuses', () => {
    expect(relation('request-aid')).toMatchObject({
      source: 'russia',
      target: 'china',
      type: 'request-military-aid',
      status: 'alleged',
      assertedBy: ['anglo-media', 'us-gov-sources'],
    });
    expect(relation('deny-request')).toMatchObject({
      source: 'china-mfa',
      disputes: 'request-aid',
      type: 'deny',
    });
    expect(relation('deny-request')?.note).toMatch(/Zhao Lijian/);
    expect(relation('sanction-usa')).toMatchObject({
      source: 'usa',
      target: 'china',
      status: 'hypothetical',
    });
    expect(relation('sanction-europe')).toMatchObject({
      source: 'europe',
      target: 'china',
      status: 'hypothetical',
    });
    expect(relation('leaks-to-press')).toMatchObject({
      source: 'usa',
      target: 'anglo-media',
      type: 'leak',
    });
  });

  it('names the actors the article names, with its aliases', () => {
    const byId = new Map(seed.actors.map((a) => [a.id, a]));
    const expected: Record<string, string[]> = {
      russia: ['russische Führung', 'Moskau'],
      'putin-regime': [],
      'russian-army': [],
      china: ['Peking', 'die Chinesen'],
      'china-mfa': [],
      'zhao-lijian': [],
      'xi-jinping': [],
      usa: ['Washington', 'die Amerikaner'],
      'us-gov-sources': [],
      'anglo-media': ['die Presse'],
      europe: [],
      ukraine: [],
      'ukrainian-population': [],
      'jake-sullivan': [],
      'sullivan-counterpart': [],
    };
    for (const [id, aliases] of Object.entries(expected)) {
      expect(byId.get(id), id).toBeDefined();
      expect(byId.get(id)?.aliases ?? []).toEqual(expect.arrayContaining(aliases));
    }
  });

  it('labels actors, kinds and types in German as well as English', () => {
    for (const item of [...seed.actors, ...seed.actorKinds, ...seed.relationTypes]) {
      expect(item.labels?.de, item.id).toBeTruthy();
    }
  });
});

describe('seed review table (data/README.md)', () => {
  it('accounts for every relation of the seed', () => {
    const review = readFileSync(projectPath('data/README.md'), 'utf8');
    const missing = seedDataset().relations.filter((r) => !review.includes(`\`${r.id}\``));
    expect(missing.map((r) => r.id)).toEqual([]);
  });
});
