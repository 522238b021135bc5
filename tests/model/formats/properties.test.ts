import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportActorGraph } from '../../../src/model/formats/exportActorGraph';
import { exportGexf } from '../../../src/model/formats/exportGexf';
import { exportGraphml } from '../../../src/model/formats/exportGraphml';
import { importTextUnguarded } from '../../../src/model/formats/importText';
import { readFixture } from '../../helpers';
import { arbitraryDataset } from './arbitraryDataset';

const SAMPLES = [
  'petclinic.yed.graphml',
  'missing-nodes.gexf',
  'graphology-v1_3.gexf',
  'cytoscapejs-compound-elements.json',
  'multigraph.graphml',
];
const NAMES = ['x.json', 'x.graphml', 'x.gexf', 'x.csv', 'x.cyjs', 'x'];

/** Real file text cut, spliced and garbled: the input a broken download or a bad paste gives. */
const mangled = fc
  .record({
    sample: fc.constantFrom(...SAMPLES),
    at: fc.nat(),
    len: fc.nat(200),
    insert: fc.string({ maxLength: 20 }),
  })
  .map(({ sample, at, len, insert }) => {
    const t = readFixture(`samples/${sample}`);
    const i = at % (t.length + 1);
    return t.slice(0, i) + insert + t.slice(i + len);
  });

describe('property: no input makes a parser throw', () => {
  it('arbitrary text, under any file name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom(...NAMES), (text, name) => {
        const outcome = importTextUnguarded(name, text);
        expect(['dataset', 'failed', 'needs-columns']).toContain(outcome.kind);
      }),
      { numRuns: 400 },
    );
  });

  it('mangled real files', () => {
    fc.assert(
      fc.property(mangled, fc.constantFrom(...NAMES), (text, name) => {
        const outcome = importTextUnguarded(name, text);
        if (outcome.kind === 'failed') expect(outcome.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('JSON of arbitrary shape', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        importTextUnguarded('x.json', JSON.stringify(value));
        importTextUnguarded('x.json', JSON.stringify({ elements: value }));
        importTextUnguarded(
          'x.json',
          JSON.stringify({ format: 'actor-graph', version: 1, actors: value }),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('property: valid graphs survive export → import unchanged', () => {
  const roundTrip = (name: string, text: string) => {
    const outcome = importTextUnguarded(name, text);
    if (outcome.kind !== 'dataset') throw new Error(JSON.stringify(outcome).slice(0, 800));
    return outcome.dataset;
  };

  it('through our JSON', () => {
    fc.assert(
      fc.property(arbitraryDataset, (d) => {
        expect(roundTrip('x.json', exportActorGraph(d).text)).toEqual(d);
      }),
      { numRuns: 150 },
    );
  });

  it('through GraphML', () => {
    fc.assert(
      fc.property(arbitraryDataset, (d) => {
        expect(roundTrip('x.graphml', exportGraphml(d).text)).toEqual(d);
      }),
      { numRuns: 150 },
    );
  });

  it('through GEXF 1.3', () => {
    fc.assert(
      fc.property(arbitraryDataset, (d) => {
        expect(roundTrip('x.gexf', exportGexf(d).text)).toEqual(d);
      }),
      { numRuns: 150 },
    );
  });
});
