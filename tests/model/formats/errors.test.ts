import { describe, expect, it } from 'vitest';
import { detectFormat, importText } from '../../../src/model/formats/importText';
import { migrateDataset } from '../../../src/model/formats/migrate';
import { readFixture } from '../../helpers';

const problems = (name: string, text: string, options = {}) => {
  const r = importText(name, text, options);
  return r.kind === 'needs-columns' ? [] : r.problems;
};

describe('import errors say where', () => {
  it('XML that is not well-formed, with its line', () => {
    const [p] = problems(
      'bad.graphml',
      '<?xml version="1.0"?>\n<graphml>\n  <graph>\n    <node id="a">\n  </graph>\n</graphml>',
    );
    expect(p).toMatchObject({ code: 'AG007', line: 5 });
    expect(p?.message).toMatch(/not well-formed/);
  });

  it('an unknown format, an empty file, a JSON syntax error', () => {
    expect(problems('notes.md', '# hello')[0]?.code).toBe('AG005');
    expect(problems('x.json', '   ')[0]?.code).toBe('AG002');
    expect(problems('x.json', '{"elements": [}')[0]).toMatchObject({
      code: 'AG001',
      line: 1,
      column: 15,
    });
    expect(problems('x.xml', '<svg></svg>')[0]?.code).toBe('AG005');
  });

  it('an edge list whose columns do not exist, and duplicate edge ids as warnings', () => {
    expect(
      problems('a.csv', 'from,to\nx,y\n', { csvColumns: { source: 'src', target: 'to' } })[0]
        ?.message,
    ).toContain('"src"');
    const r = importText('d.csv', 'id,source,target\ne1,a,b\ne1,b,c\n');
    expect(r.kind).toBe('dataset');
    expect(r.kind === 'dataset' && r.problems.map((p) => [p.code, p.path, p.severity])).toEqual([
      ['AG061', 'row 3', 'warning'],
    ]);
  });

  it('our own format still refuses dangling references, unlike foreign files', () => {
    const ours = readFixture('small.actor-graph.json').replace(
      '"target": "beta"',
      '"target": "ghost"',
    );
    expect(problems('s.json', ours)).toEqual([
      expect.objectContaining({ code: 'AG030', path: '$.relations[0].target' }),
    ]);
  });

  it('a file of a newer format version, and the migration hook for older ones', () => {
    const newer = readFixture('small.actor-graph.json').replace('"version": 2', '"version": 3');
    expect(problems('s.json', newer)[0]?.code).toBe('AG070');
    const migrated = migrateDataset(
      { version: 1, name: 'x' },
      { 1: (d) => ({ ...d, title: d.name }) },
      2,
    );
    expect(migrated.value).toEqual({ version: 2, name: 'x', title: 'x' });
  });

  it('detects formats by content before extension', () => {
    expect(detectFormat('graph.txt', '<?xml version="1.0"?><!-- c --><gexf version="1.3"/>')).toBe(
      'gexf',
    );
    expect(detectFormat('data.json', '<graphml/>')).toBe('graphml');
    expect(detectFormat('x', '{"format": "actor-graph"}')).toBe('actor-graph');
    expect(detectFormat('x', '[{"data": {"id": "a"}}]')).toBe('cytoscape');
    expect(detectFormat('x.dat', 'source;target\na;b')).toBe('csv');
    expect(detectFormat('x.dat', 'hello')).toBeUndefined();
  });

  it('keeps CR-only line endings and semicolons working', () => {
    const r = importText('mac.csv', 'source;target;type\ra;b;knows\rb;c;knows\r');
    expect(
      r.kind === 'dataset' && r.dataset.relations.map((x) => `${x.source}-${x.target}`),
    ).toEqual(['a-b', 'b-c']);
  });
});
