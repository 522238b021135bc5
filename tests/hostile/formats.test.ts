import { describe, expect, it } from 'vitest';
import { exportActorGraph } from '../../src/model/formats/exportActorGraph';
import { exportCsv } from '../../src/model/formats/exportCsv';
import { exportGexf } from '../../src/model/formats/exportGexf';
import { exportGraphml } from '../../src/model/formats/exportGraphml';
import { importText } from '../../src/model/formats/importText';
import { smallDataset } from '../helpers';

/*
 * Hostile input, as an attacker would craft it: each case asserts what the user is shown.
 * (More in the other files of tests/hostile/.)
 */

const codes = (outcome: ReturnType<typeof importText>) =>
  outcome.kind === 'needs-columns' ? [] : outcome.problems.map((p) => p.code);

const graphml = (doctype: string, label: string) => `<?xml version="1.0"?>
${doctype}
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="l" for="node" attr.name="label" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="a"><data key="l">${label}</data></node>
    <node id="b"/>
    <edge source="a" target="b"/>
  </graph>
</graphml>`;

describe('hostile files', () => {
  it('an XML bomb opens with its entities unexpanded, and says so at the declaration', () => {
    const lol = [
      '<!DOCTYPE lolz [',
      '<!ENTITY lol "lol">',
      ...Array.from(
        { length: 9 },
        (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i ? i : ''};`.repeat(10)}">`,
      ),
      ']>',
    ].join('\n');
    const outcome = importText('bomb.graphml', graphml(lol, '&lol9;'));
    if (outcome.kind !== 'dataset') throw new Error(JSON.stringify(outcome));
    expect(outcome.dataset.actors[0]!.label).toBe('&lol9;');
    const warning = outcome.problems.find((p) => p.code === 'AG068')!;
    expect(warning.severity).toBe('warning');
    expect(warning.line).toBe(3);
    expect(warning.message).toContain('lol9');
  });

  it('an external entity reads no file: the file is refused, saying why', () => {
    const xxe = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
    const outcome = importText('xxe.graphml', graphml(xxe, '&xxe;'));
    expect(outcome.kind).toBe('failed');
    expect(codes(outcome)).toEqual(['AG007']);
    expect(JSON.stringify(outcome)).toContain('External entities are not supported');
    expect(JSON.stringify(outcome)).not.toContain('root:');
  });

  it('100,000-deep nesting is refused with its place, not a crash', () => {
    const deep = `{"format":"actor-graph","version":1,"title":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const outcome = importText('deep.json', deep);
    expect(outcome.kind).toBe('failed');
    expect(codes(outcome).length).toBeGreaterThan(0);
  });

  it('ids such as __proto__ and constructor are ids like any other', () => {
    const d = smallDataset();
    d.actors[0]!.id = '__proto__';
    d.relations.forEach((r) => {
      if (r.source === 'alpha') r.source = '__proto__';
      if (r.target === 'alpha') r.target = '__proto__';
    });
    d.relations[0]!.id = 'constructor';
    d.relations.forEach((r) => {
      if (r.disputes === 'r1') r.disputes = 'constructor';
    });
    const text = exportActorGraph(d).text;
    const outcome = importText('proto.json', text);
    if (outcome.kind !== 'dataset') throw new Error(JSON.stringify(outcome));
    expect(outcome.dataset.actors[0]!.id).toBe('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('label');
  });

  it('markup in labels stays text in every format we write', () => {
    const d = smallDataset();
    const markup = '<img src=x onerror=alert(1)>&amp;"</data><script>alert(2)</script>';
    d.actors[0]!.label = markup;
    d.relations[0]!.note = markup;
    for (const xml of [exportGraphml(d).text, exportGexf(d).text]) {
      expect(xml).not.toContain('<script>');
      expect(xml).not.toContain('<img');
      const back = importText(xml.includes('<gexf') ? 'x.gexf' : 'x.graphml', xml);
      if (back.kind !== 'dataset') throw new Error(JSON.stringify(back));
      expect(back.dataset.actors[0]!.label).toBe(markup);
    }
    const json = exportActorGraph(d).text;
    expect(JSON.parse(json).actors[0].label).toBe(markup);
    const { nodes } = exportCsv(d);
    expect(nodes).toContain('<img'); // text in a cell: CSV has no markup of its own
  });
});

describe('values too long to draw', () => {
  it('a label of megabytes is cut, with a warning at its place; the article stays whole', () => {
    const raw = JSON.parse(exportActorGraph(smallDataset()).text);
    raw.actors[1].label = 'A'.repeat(6_000_000);
    raw.relations[0].note = 'n'.repeat(200_000);
    const article = raw.documents[0].text as string;
    const outcome = importText('huge.json', JSON.stringify(raw));
    if (outcome.kind !== 'dataset') throw new Error(JSON.stringify(outcome).slice(0, 500));
    const d = outcome.dataset;
    expect(d.actors[1]!.label.length).toBe(1000);
    expect(d.actors[1]!.label.endsWith('…')).toBe(true);
    expect(d.relations[0]!.note!.length).toBe(100_000);
    expect(d.documents[0]!.text).toBe(article);
    const warning = outcome.problems.find((p) => p.code === 'AG069')!;
    expect(warning.path).toBe('$.actors[1].label');
    expect(warning.message).toContain('$.actors[1].label (6,000,000 characters → 1,000)');
    expect(warning.message).toContain('$.relations[0].note');
  });
});

describe('millions of tiny elements', () => {
  it('are refused at once with a clear, placed message', () => {
    const relations = Array.from({ length: 600_000 }, (_, i) => ({
      id: `r${i}`,
      source: 'a',
      target: 'b',
      type: 't',
    }));
    const text = JSON.stringify({ format: 'actor-graph', version: 1, title: 'x', relations });
    const outcome = importText('many.json', text);
    expect(outcome.kind).toBe('failed');
    expect(codes(outcome)).toEqual(['AG011']);
    if (outcome.kind === 'failed') expect(outcome.problems[0]!.path).toBe('$.relations');
  });
});
