import { describe, expect, it } from 'vitest';
import {
  gradeLabel,
  sourcesAtLeast,
  supportOf,
  traceSources,
  type Support,
} from '../../src/model/corroboration';
import { NO_FILTERS, visibleGraph } from '../../src/model/filter';
import { kindStyles } from '../../src/model/appearance';
import type { Dataset } from '../../src/model/schema';
import { validateDataset } from '../../src/model/validate';
import { datasetFrom, storyDataset } from '../helpers';

/** "name (via A, B) grade" for each independent source: what the details panel says. */
const described = (s: Support) =>
  s.sources.map((x) => {
    const name =
      x.root.kind === 'actor'
        ? x.root.id
        : x.root.kind === 'publisher'
          ? x.root.name
          : `doc ${x.root.id}`;
    return `${name} via ${x.via.join('+')} ${gradeLabel(x) ?? '-'}`;
  });

describe('independent sources, worked out by hand on a small story', () => {
  const story = storyDataset();
  const trace = traceSources(story);
  const support = (id: string, to: string | null = null) =>
    supportOf(trace.get(id)!, to ? { from: null, to } : undefined);

  it('counts two outlets quoting the same officials once, and an outlet citing itself once', () => {
    // Reuters and CNN both cite anonymous U.S. officials (one source); Reuters's own reporting
    // and Reuters citing its own earlier report are Reuters (a second source).
    const s = support('request');
    expect(s.documents).toBe(4);
    expect(described(s)).toEqual(['us-officials via Reuters+CNN B3', 'reuters via Reuters B2']);
  });

  it('knows only what was published by a day', () => {
    expect(support('request', '2022-03-13')).toEqual({ documents: 0, sources: [] });
    const monday = support('request', '2022-03-14');
    expect(monday.documents).toBe(2);
    expect(described(monday)).toEqual(['us-officials via Reuters+CNN B3']);
    expect(support('request', '2022-03-15').sources).toHaveLength(2);
  });

  it('takes a publisher that is an actor for that actor, with its grade', () => {
    expect(described(support('accusation'))).toEqual([
      'china-mfa via Ministry of Foreign Affairs of China C',
    ]);
  });

  it('lets a quote from a document without text stand alone, its publisher the source', () => {
    expect(described(support('support'))).toEqual(['Global Times via Global Times -']);
  });

  it('filters on independent sources of a minimum grade, as known at the chosen time', () => {
    const kinds = kindStyles(story);
    const all = new Map([...trace].map(([id, pieces]) => [id, supportOf(pieces)]));
    const shown = (minSources: number, minGrade: 'A' | 'B' | null) =>
      visibleGraph(
        story,
        kinds,
        { ...NO_FILTERS, minSources, minGrade },
        {
          time: { axis: 'published', from: null, to: null },
          support: all,
          firstDays: new Map(),
        },
      ).relations.map((r) => r.id);
    expect(shown(2, null)).toEqual(['request']);
    expect(shown(2, 'B')).toEqual(['request']);
    expect(shown(1, 'B')).toEqual(['request']);
    expect(shown(0, 'A')).toEqual([]);
    expect(sourcesAtLeast(all.get('accusation')!, 'C')).toBe(1);
  });
});

describe('assertedBy chains', () => {
  const base = (actors: object[], evidence: object[]): Dataset =>
    datasetFrom({
      format: 'actor-graph',
      version: 2,
      title: 'chains',
      documents: [
        { id: 'd1', publisher: 'Outlet One' },
        { id: 'd2', publisher: 'Outlet Two' },
      ],
      actorKinds: [{ id: 'k', label: 'K' }],
      relationTypes: [{ id: 't', label: 't' }],
      actors: [{ id: 'x', label: 'X', kind: 'k' }, ...actors],
      relations: [{ id: 'r', source: 'x', target: 'x', type: 't', evidence }],
    });

  it('follows an actor that relays another to the one it relays', () => {
    const d = base(
      [
        { id: 'pravda', label: 'Pravda', kind: 'k', relays: 'tass' },
        { id: 'tass', label: 'TASS', kind: 'k', reliability: 'D' },
      ],
      [
        { document: 'd1', quote: 'a', assertedBy: ['pravda'] },
        { document: 'd2', quote: 'b', assertedBy: ['tass'] },
      ],
    );
    const s = supportOf(traceSources(d).get('r')!);
    expect(described(s)).toEqual(['tass via Outlet One+Outlet Two D']);
  });

  it('reports a loop of relays and still ends, taking the last actor before it closes', () => {
    const actors = [
      { id: 'a', label: 'A', kind: 'k', relays: 'b' },
      { id: 'b', label: 'B', kind: 'k', relays: 'c' },
      { id: 'c', label: 'C', kind: 'k', relays: 'a' },
    ];
    const d = base(actors, [
      { document: 'd1', quote: 'a', assertedBy: ['a'] },
      { document: 'd2', quote: 'b', assertedBy: ['b'] },
    ]);
    const s = supportOf(traceSources(d).get('r')!);
    // Entered at a: a → b → c (then a again); entered at b: b → c → a.
    expect(s.sources.map((x) => x.rootKey)).toEqual(['actor:c', 'actor:a']);
    const problems = validateDataset({ ...d, version: 2 }).problems;
    expect(problems.map((p) => `${p.code} ${p.severity} ${p.path}`)).toEqual([
      'AG039 warning $.actors[1].relays',
    ]);
    expect(problems[0]!.message).toContain('a → b → c → a');
  });

  it('counts separate outlets in their own voice as separate sources', () => {
    const d = base(
      [],
      [
        { document: 'd1', quote: 'a' },
        { document: 'd2', quote: 'b' },
      ],
    );
    expect(supportOf(traceSources(d).get('r')!).sources).toHaveLength(2);
  });
});
