import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/model/validate';
import { rawFixture } from '../helpers';

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const mutate = (change: (d: Raw) => void) => {
  const d = rawFixture('small.actor-graph.json') as Raw;
  change(d);
  return validateDataset(d);
};

const summary = (r: ReturnType<typeof validateDataset>) =>
  r.problems.map((p) => `${p.code} ${p.path}`);

describe('validateDataset', () => {
  it('accepts a valid dataset and fills defaults', () => {
    const result = validateDataset(rawFixture('small.actor-graph.json'));
    expect(result.problems).toEqual([]);
    expect(result.dataset?.relations).toHaveLength(4);
  });

  it('lays out actors whose stored position is too far out to draw, and says which', () => {
    const r = mutate((d) => {
      d.actors[0].position = { x: 1e308, y: 0 };
      d.actors[1].position = { x: 5, y: -1e308 };
      d.actors[2].position = { x: 120, y: -40 };
    });
    expect(summary(r)).toEqual(['AG051 $.actors[0].position']);
    expect(r.problems[0]!.severity).toBe('warning');
    expect(r.problems[0]!.message).toContain('"alpha", "beta"');
    expect(r.dataset!.actors.map((a) => a.position)).toEqual([
      undefined,
      undefined,
      { x: 120, y: -40 },
    ]);
  });

  it('rejects what is not our format, naming what it found', () => {
    expect(summary(validateDataset([]))).toEqual(['AG003 $']);
    const wrong = validateDataset({ format: 'gexf', version: 1 });
    expect(wrong.problems[0]?.message).toContain('"gexf"');
    expect(summary(validateDataset({ format: 'actor-graph', version: 3 }))).toEqual([
      'AG003 $.version',
    ]);
  });

  it('reports schema errors with their JSON path', () => {
    const r = mutate((d) => {
      d.actors[1].label = 42;
      d.relationTypes[0].color = 'red';
      d.relations[0].confidence = 1.5;
      d.relations[1].status = 'rumoured';
      d.relations[0].evidence[0].start = -1;
    });
    expect(r.dataset).toBeUndefined();
    expect(summary(r)).toEqual(
      expect.arrayContaining([
        'AG010 $.actors[1].label',
        'AG010 $.relationTypes[0].color',
        'AG010 $.relations[0].confidence',
        'AG010 $.relations[1].status',
        'AG010 $.relations[0].evidence[0].start',
      ]),
    );
  });

  it('reports duplicate ids in each namespace, but allows an actor and a relation to share one', () => {
    const r = mutate((d) => {
      d.actors.push({ ...d.actors[0] });
      d.relations.push({ ...d.relations[2] });
      d.relationTypes.push({ ...d.relationTypes[0] });
      d.relations[3].id = 'alpha'; // same id as an actor: separate namespaces
    });
    expect(summary(r)).toEqual([
      'AG020 $.relationTypes[3].id',
      'AG020 $.actors[3].id',
      'AG020 $.relations[4].id',
    ]);
    expect(r.problems[1]?.message).toContain('"alpha"');
  });

  it('reports dangling references with the offending ids', () => {
    const r = mutate((d) => {
      d.relations[0].source = 'nobody';
      d.relations[0].target = 'ghost';
      d.relations[1].type = 'bribe';
      d.relations[1].disputes = 'r99';
      d.relations[1].assertedBy = ['gamma', 'someone'];
      d.relations[3].disputes = 'r4';
    });
    expect(summary(r)).toEqual([
      'AG030 $.relations[0].source',
      'AG030 $.relations[0].target',
      'AG031 $.relations[1].type',
      'AG032 $.relations[1].disputes',
      'AG033 $.relations[1].assertedBy[1]',
      'AG035 $.relations[3].disputes',
    ]);
    expect(r.problems[0]?.message).toBe('Relation "r1": source actor "nobody" does not exist.');
    expect(r.problems[3]?.message).toContain('"r99"');
  });

  it('reports evidence outside the text, reversed, or not matching its quote', () => {
    const r = mutate((d) => {
      d.relations[0].evidence[0].end = 500;
      d.relations[1].evidence[0] = { quote: 'Beta', start: 10, end: 5 };
      d.relations[3].evidence[0].start = 47;
    });
    expect(summary(r)).toEqual([
      'AG040 $.relations[0].evidence[0]',
      'AG043 $.relations[1].evidence[0]',
      'AG041 $.relations[3].evidence[0]',
    ]);
    expect(r.problems[2]?.message).toContain('which reads " Gamma stayed out"');
  });

  it('warns, without failing, about undeclared kinds', () => {
    const r = mutate((d) => {
      d.actors[2].kind = 'alien';
    });
    expect(r.dataset).toBeDefined();
    expect(summary(r)).toEqual(['AG050 $.actors[2].kind']);
    expect(r.problems[0]!.severity).toBe('warning');
  });

  it('refuses offsets into a document without text, but lets a quote stand alone', () => {
    const r = mutate((d) => {
      delete d.documents[0].text;
      delete d.relations[1].evidence[0].start;
      delete d.relations[1].evidence[0].end;
    });
    expect(summary(r)).toEqual([
      'AG042 $.relations[0].evidence[0]',
      'AG042 $.relations[3].evidence[0]',
    ]);
    expect(r.problems[0]!.message).toContain('document "article" has no text');
  });

  it('reports parents that are missing or circular', () => {
    const r = mutate((d) => {
      d.actors[0].parent = 'beta';
      d.actors[1].parent = 'alpha';
      d.actors[2].parent = 'nowhere';
    });
    expect(summary(r)).toEqual([
      'AG034 $.actors[2].parent',
      'AG034 $.actors[0].parent',
      'AG034 $.actors[1].parent',
    ]);
  });

  it('returns schema and reference problems together, in one pass', () => {
    const r = mutate((d) => {
      d.title = null;
      d.relations[0].target = 'ghost';
    });
    expect(summary(r)).toEqual(['AG010 $.title', 'AG030 $.relations[0].target']);
  });
});
