import { describe, expect, it } from 'vitest';
import { planSnapshot, wrap } from '../../src/graph/snapshot/plan';
import { fitsCanvas } from '../../src/graph/snapshot/options';
import { footnotes } from '../../src/model/footnotes';
import { buildLabels } from '../../src/model/labels';
import { snapshotText } from '../../src/store/snapshotText';
import { createGraphStore } from '../../src/store/graphStore';
import { seedDataset, smallDataset, storyDataset } from '../helpers';

const measure = (text: string, size: number) => text.length * size * 0.5;

describe('snapshot content', () => {
  it('numbers one footnote per visible relation with its status and first quote', () => {
    const d = smallDataset();
    const notes = footnotes(d.relations, buildLabels(d, 'en', 'unknown'), (s) => s.toUpperCase());
    expect(notes.map((f) => f.text)).toEqual([
      'Alpha asks Beta — REPORTED: „Alpha asked Beta for help.“',
      'Beta refuses Alpha — ALLEGED: „Beta said „no““',
      'Beta knows Gamma — UNSPECIFIED',
      'Gamma asks Alpha — HYPOTHETICAL: „Gamma stayed out“',
    ]);
  });

  it('lists in the legend only what is visible, and numbers only visible relations', () => {
    const store = createGraphStore(seedDataset(), 'seed');
    store.getState().toggleType('role');
    store.getState().toggleKind('population');
    const { text, numbers } = snapshotText(store.getState(), {
      title: 'T',
      source: true,
      legend: true,
      footnotes: true,
    });
    expect(text.legend.some((l) => l.label === 'role')).toBe(false);
    expect(text.legend.some((l) => l.label === 'Population')).toBe(false);
    expect(text.legend.some((l) => l.label === 'State')).toBe(true);
    expect(text.footnotes).toHaveLength(numbers.size);
    expect([...numbers.keys()]).not.toContain('r:role-zhao');
    expect(text.footnotes.length).toBe(
      seedDataset().relations.filter(
        (r) => r.type !== 'role' && r.source !== 'ukrainian-population',
      ).length,
    );
  });
});

describe('a snapshot of a story as of a day', () => {
  it('says the day, explains the widths and quotes only what was published by then', () => {
    const store = createGraphStore(storyDataset(), 'story');
    store.getState().setTime({ axis: 'published', from: null, to: '2022-03-15' });
    const { text } = snapshotText(store.getState(), {
      source: true,
      legend: true,
      footnotes: true,
    });
    expect(text.timeLine).toBe('As known on 2022-03-15');
    expect(text.sourceLine).toBe(
      'Documents: 6, 2022-03-14 – 2022-03-17 (Reuters, CNN, Ministry of Foreign Affairs of China, Global Times)',
    );
    expect(
      text.legend.filter((l) => l.kind === 'relation' && l.sources).map((l) => l.label),
    ).toEqual(['1 independent source', '2 independent sources', '3 or more independent sources']);
    expect(text.footnotesHeading).toBe('Relations and their evidence — As known on 2022-03-15');
    // Three of the request's four quotes were out by the 15th: the first, and two more.
    expect(text.footnotes.map((f) => f.text)).toEqual([
      'Russia asks for military aid China — alleged: „Russia asked China for military aid“ (+2)',
      'Ministry of Foreign Affairs of China accuses of disinformation United States — reported: „The U.S. has been spreading disinformation targeting China“',
    ]);
  });
});

describe('snapshot layout', () => {
  const text = { legend: [], footnotes: [], legendHeading: 'Legend', footnotesHeading: 'Notes' };

  it('knows its exact size before drawing, and grows with title and footnotes', () => {
    const bare = planSnapshot(1000, 600, text, 2, measure);
    expect(bare.width).toBe(1440); // never narrower than 720 px at 1×, so footnotes stay readable
    expect(planSnapshot(2000, 600, text, 2, measure).width).toBe(2000 + 2 * 48);
    const withNotes = planSnapshot(
      1000,
      600,
      { ...text, title: 'Title', footnotes: [{ n: 1, relationId: 'r', text: 'a claim' }] },
      2,
      measure,
    );
    expect(withNotes.height).toBeGreaterThan(bare.height + 80);
    expect(
      withNotes.draws.filter((d) => d.type === 'text').map((d) => (d as { text: string }).text),
    ).toContain('1. a claim');
  });

  it('wraps long footnotes to the picture width', () => {
    const lines = wrap('one two three four five six', 10, 60, measure);
    expect(lines).toEqual(['one two', 'three four', 'five six']);
  });

  it('refuses sizes beyond the browser canvas limits', () => {
    expect(fitsCanvas(16384, 16384)).toBe(true);
    expect(fitsCanvas(40000, 10)).toBe(false);
    expect(fitsCanvas(20000, 20000)).toBe(false);
  });
});
