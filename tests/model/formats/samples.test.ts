import { describe, expect, it } from 'vitest';
import { importText, type ImportOutcome } from '../../../src/model/formats/importText';
import { readFixture } from '../../helpers';

const open = (name: string, options = {}) =>
  importText(name, readFixture(`samples/${name}`), options);

function loaded(outcome: ImportOutcome) {
  if (outcome.kind !== 'dataset') throw new Error(JSON.stringify(outcome).slice(0, 500));
  return outcome.dataset;
}

const types = (d: ReturnType<typeof loaded>) => d.relationTypes.map((t) => t.id).sort();

describe('real files from other tools open with the counts SOURCES.md gives', () => {
  it('Les Misérables GEXF 1.1draft: 77/254 with positions and colours despite the malformed viz namespace', () => {
    const d = loaded(open('lesmiserables.graphology.gexf'));
    expect([d.actors.length, d.relations.length]).toEqual([77, 254]);
    expect(d.actors.every((a) => a.position && a.color)).toBe(true);
    const myriel = d.actors.find((a) => a.label === 'Myriel');
    expect(myriel).toMatchObject({
      id: '0.0',
      color: '#d8482d',
      position: { x: 268.72385, y: -91.18155 },
    });
    expect(myriel?.properties).toMatchObject({
      Authority: 0.01880342,
      Hub: 0.01880342,
      size: 22.714287,
    });
    expect(d.title).toBe('Les Misérables, the characters coappearance weighted graph');
  });

  it('GeneMania .cyjs: 31/255 with its 6 data_type values as relation types', () => {
    const d = loaded(open('genemania-export.cyjs'));
    expect([d.actors.length, d.relations.length]).toEqual([31, 255]);
    expect(types(d)).toEqual([
      'Co-expression',
      'Co-localization',
      'Pathway',
      'Physical interactions',
      'Predicted',
      'Shared protein domains',
    ]);
    expect(d.relations[0]?.properties?.networks).toEqual([
      'I2D-BioGRID-Yeast2Human',
      'I2D-Krogan-Greenblatt-2006-Core-Yeast2Human',
    ]);
    expect(d.actors.every((a) => a.position)).toBe(true);
  });

  it('Tokyo railways .cyjs: 943/860 in Japanese', () => {
    const d = loaded(open('tokyo-railways.cyjs'));
    expect([d.actors.length, d.relations.length]).toEqual([943, 860]);
    expect(d.actors.some((a) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(a.label))).toBe(true);
    expect(d.actors[0]?.position?.x).toBeGreaterThan(1e6);
  });

  it('Cytoscape.js flat element array: 28/35 with 19 compound parents', () => {
    const d = loaded(open('cytoscapejs-compound-elements.json'));
    expect([d.actors.length, d.relations.length]).toEqual([28, 35]);
    expect(d.actors.filter((a) => a.parent)).toHaveLength(19);
  });

  it('yEd GraphML: 4/7 with the multi-line labels of y:NodeLabel and yEd geometry', () => {
    const d = loaded(open('petclinic.yed.graphml'));
    expect([d.actors.length, d.relations.length]).toEqual([4, 7]);
    expect(d.actors[0]?.label).toBe('v_HomePage\nSHARED:HomePage');
    expect(d.actors[0]?.position).toEqual({ x: 132.00222284226192 + 133.080078125 / 2, y: 23 });
    expect(d.actors[0]?.color).toBe('#ff9900');
  });

  it('Gephi GraphML: 77/254 with label, weight, r/g/b and x/y keys', () => {
    const d = loaded(open('miserables.graphml'));
    expect([d.actors.length, d.relations.length]).toEqual([77, 254]);
    expect(d.actors.find((a) => a.label === 'Valjean')).toMatchObject({
      color: '#f55b5b',
      position: { x: -87.93029, y: 6.8120565 },
    });
    expect(d.relationTypes.every((t) => !t.directed)).toBe(true);
  });

  it('GraphML multigraph: 6/9 with parallel edges kept apart', () => {
    const d = loaded(open('multigraph.graphml'));
    expect([d.actors.length, d.relations.length]).toEqual([6, 9]);
    expect(d.relations.filter((r) => r.source === 'n2' && r.target === 'n4')).toHaveLength(2);
  });

  it('GEXF 1.3 with typed list attributes: 2/1', () => {
    const d = loaded(open('graphology-v1_3.gexf'));
    expect([d.actors.length, d.relations.length]).toEqual([2, 1]);
    expect(d.actors[0]?.properties?.numbers).toEqual([1, 1.5, 2]);
    expect(types(d)).toEqual(['likes']);
  });

  it('yeast GEXF: 2,361/7,182 without positions', () => {
    const d = loaded(open('yeast.gexf'));
    expect([d.actors.length, d.relations.length]).toEqual([2361, 7182]);
  });

  it('honeypot CSV: asks for its columns, then 203 endpoints, 220 edges and the 9 vulnName types', () => {
    const first = open('honeypot-edges.csv');
    expect(first).toMatchObject({
      kind: 'needs-columns',
      header: expect.arrayContaining(['attackerIP', 'victimIP', 'vulnName']),
    });
    const d = loaded(
      open('honeypot-edges.csv', {
        csvColumns: { source: 'attackerIP', target: 'victimIP', type: 'vulnName' },
      }),
    );
    expect([d.actors.length, d.relations.length]).toEqual([203, 220]);
    expect(d.relationTypes).toHaveLength(9);
    expect(d.relations[0]?.properties).toMatchObject({
      victimPort: '139.0',
      'time(max)': '1421433577.0',
    });
  });

  it('missing-nodes.gexf: loads with placeholder actors and a warning naming each undeclared id', () => {
    const outcome = open('missing-nodes.gexf');
    const d = loaded(outcome);
    expect([d.actors.length, d.relations.length]).toEqual([6, 4]);
    const warning =
      outcome.kind === 'dataset' ? outcome.problems.find((p) => p.code === 'AG060') : undefined;
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toContain('"2", "4", "5", "6"');
    expect(d.actors.filter((a) => a.kind === 'placeholder').map((a) => a.id)).toEqual([
      '2',
      '4',
      '5',
      '6',
    ]);
  });
});
