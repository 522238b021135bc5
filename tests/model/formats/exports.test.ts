import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { kindStyles } from '../../../src/model/appearance';
import { NO_FILTERS, visibleGraph } from '../../../src/model/filter';
import { exportActorGraph } from '../../../src/model/formats/exportActorGraph';
import { exportCsv } from '../../../src/model/formats/exportCsv';
import { exportGexf } from '../../../src/model/formats/exportGexf';
import { exportGraphml } from '../../../src/model/formats/exportGraphml';
import { importText } from '../../../src/model/formats/importText';
import { validateDataset } from '../../../src/model/validate';
import { seedDataset, smallDataset } from '../../helpers';

const { $schema: _schema, ...seed } = seedDataset();

describe('exports', () => {
  it('the seed survives GraphML and GEXF exactly: actors, relations, types, status, assertedBy, disputes, evidence', () => {
    for (const [name, text] of [
      ['seed.graphml', exportGraphml(seed).text],
      ['seed.gexf', exportGexf(seed).text],
    ] as const) {
      const back = importText(name, text);
      expect(back.kind === 'dataset' && back.dataset).toEqual(seed);
    }
  });

  it('writes GEXF that Gephi reads: 1.3 namespaces, viz colours and positions, edge kinds', () => {
    const d = smallDataset();
    d.actors[0]!.color = '#ff8000';
    d.actors[0]!.position = { x: 10, y: 20 };
    const gexf = exportGexf(d).text;
    expect(gexf).toContain('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"');
    expect(gexf).toContain(
      '<viz:color r="255" g="128" b="0"/><viz:position x="10" y="-20" z="0"/>',
    );
    expect(gexf).toContain('kind="refuse"');
    expect(gexf).toMatch(/<edge id="r3"[^>]*type="undirected"/);
  });

  it('CSV carries relations with their fields and the node list', () => {
    const { edges, nodes } = exportCsv(seed);
    const back = importText('seed.edges.csv', edges, { nodesCsv: nodes });
    if (back.kind !== 'dataset') throw new Error(JSON.stringify(back));
    // A CSV carries no documents: the quotes come back, named by document, without offsets.
    const withoutOffsets = seed.relations.map((r) => ({
      ...r,
      evidence: r.evidence.map(({ start: _s, end: _e, ...quote }) => quote),
    }));
    expect(back.dataset.relations).toEqual(withoutOffsets);
    expect(back.dataset.documents).toEqual([{ id: 'article' }]);
    expect(back.problems.map((p) => p.code)).toContain('AG071');
    expect(back.dataset.actors.map((a) => [a.id, a.label, a.kind, a.position])).toEqual(
      seed.actors.map((a) => [a.id, a.label, a.kind, a.position]),
    );
  });

  it('CSV cells a spreadsheet would run as formulas are written as text, and read back as they were', () => {
    const d = smallDataset();
    const hostile = [
      '=HYPERLINK("http://evil","x")',
      "+cmd|' /C calc'!A0",
      '@SUM(1+1)',
      '-2+3',
      '\tindented',
      "'=already quoted",
    ];
    d.actors.push(...hostile.map((label, i) => ({ id: `h${i}`, label, kind: 'org' })));
    d.relations[0]!.note = '=1+1';
    d.actors[0]!.position = { x: -12.5, y: 3 };
    const { edges, nodes } = exportCsv(d);
    const cells = (csv: string) => Papa.parse<string[]>(csv, { header: false }).data.flat();
    for (const cell of [...cells(edges), ...cells(nodes)])
      if (/^[=+\-@\t\r]/.test(cell)) expect(cell).toMatch(/^-?\d+(\.\d+)?$/); // numbers only
    expect(cells(nodes)).toContain('-12.5'); // a plain number stays a number
    expect(cells(nodes)).toContain('\'=HYPERLINK("http://evil","x")');
    const back = importText('x.edges.csv', edges, { nodesCsv: nodes });
    if (back.kind !== 'dataset') throw new Error(JSON.stringify(back));
    expect(back.dataset.actors.map((a) => a.label).sort()).toEqual(
      d.actors.map((a) => a.label).sort(),
    );
    expect(back.dataset.relations[0]!.note).toBe('=1+1');
  });

  it('removes characters XML cannot carry, and says how many', () => {
    const d = smallDataset();
    d.actors[0]!.label = 'A\u0001B\u0000';
    const out = exportGraphml(d);
    expect(out.removedCharacters).toBe(2);
    expect(importText('x.graphml', out.text).kind).toBe('dataset');
  });

  it('a filtered subgraph still validates: disputes and attributions outside it are dropped with warnings', () => {
    const d = smallDataset();
    const kinds = kindStyles(d);
    // Hiding "ask" removes r1, which r2 disputes; hiding kind "person"... keep gamma by hiding type only.
    const visible = visibleGraph(d, kinds, { ...NO_FILTERS, hiddenTypes: ['ask'] });
    const out = exportActorGraph(d, visible);
    const parsed = JSON.parse(out.text);
    expect(validateDataset(parsed).problems).toEqual([]);
    expect(parsed.relations.map((r: { id: string }) => r.id)).toEqual(['r2', 'r3']);
    expect(out.problems.map((p) => p.message)).toEqual([
      'Disputed relation "r1" is outside the exported subgraph and was dropped from "r2".',
    ]);

    const noGamma = visibleGraph(d, kinds, { ...NO_FILTERS, hiddenKinds: ['org'] });
    const out2 = exportActorGraph(d, noGamma);
    expect(validateDataset(JSON.parse(out2.text)).problems).toEqual([]);
  });
});
