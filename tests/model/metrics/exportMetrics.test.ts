import { exportActorGraph } from '../../../src/model/formats/exportActorGraph';
import { exportCsv } from '../../../src/model/formats/exportCsv';
import { exportGexf } from '../../../src/model/formats/exportGexf';
import { exportGraphml } from '../../../src/model/formats/exportGraphml';
import { importText } from '../../../src/model/formats/importText';
import { actorMetrics } from '../../../src/model/metrics/actorMetrics';
import { withMetrics } from '../../../src/model/metrics/datasetMetrics';
import { validateDataset } from '../../../src/model/validate';
import { seedDataset } from '../../helpers';

/** The seed with its measures, as an export after the actors table computed them. */
function measuredSeed() {
  const seed = seedDataset();
  const measured = actorMetrics(
    seed.actors.map((a) => a.id),
    seed.relations,
  );
  return withMetrics(seed, measured, 'whole');
}

describe('measures in exports', () => {
  it('travel in our JSON, validate, and are refused when impossible, with their place', () => {
    const d = measuredSeed();
    const raw = JSON.parse(exportActorGraph(d).text);
    expect(raw.metrics.actors.china.betweenness).toBeGreaterThan(0.5);
    const valid = validateDataset(raw);
    expect(valid.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(valid.dataset?.metrics).toEqual(d.metrics);
    raw.metrics.actors.china.betweenness = -1;
    const broken = validateDataset(raw);
    expect(broken.problems.find((p) => p.severity === 'error')?.path).toBe(
      '$.metrics.actors.china.betweenness',
    );
  });

  it('are node attributes in GEXF, and the GEXF reopens with them', () => {
    const d = measuredSeed();
    const gexf = exportGexf(d).text;
    expect(gexf).toMatch(/<attribute id="n\d+" title="betweenness" type="double"/);
    expect(gexf).toMatch(/<attribute id="n\d+" title="community" type="double"/);
    const back = importText('seed.gexf', gexf);
    expect(back.kind).toBe('dataset');
    if (back.kind !== 'dataset') return;
    expect(back.dataset.metrics).toEqual(d.metrics);
    // As Gephi writes it back (without our embedded copy): the measures are actor properties.
    const gephi = gexf.replace(/<ag:actorGraphDataset>[\s\S]*?<\/ag:actorGraphDataset>/, '');
    const reopened = importText('seed.gexf', gephi);
    expect(reopened.kind).toBe('dataset');
    if (reopened.kind !== 'dataset') return;
    const china = reopened.dataset.actors.find((a) => a.id === 'china')!;
    expect(Number(china.properties?.betweenness)).toBeCloseTo(
      d.metrics!.actors.china!.betweenness,
      10,
    );
    expect(Number(china.properties?.community)).toBe(d.metrics!.actors.china!.community);
  });

  it('are columns in GraphML and the CSV node list', () => {
    const d = measuredSeed();
    expect(exportGraphml(d).text).toMatch(
      /<key id="[^"]+" for="node" attr.name="pagerank" attr.type="double"/,
    );
    const header = exportCsv(d).nodes.split('\n')[0]!.split(',');
    expect(header).toEqual(
      expect.arrayContaining(['degree', 'betweenness', 'pagerank', 'community']),
    );
  });

  it('are not written when none were computed', () => {
    const seed = seedDataset();
    expect(exportGexf(seed).text).not.toContain('title="betweenness"');
    expect(JSON.parse(exportActorGraph(seed).text).metrics).toBeUndefined();
  });
});
