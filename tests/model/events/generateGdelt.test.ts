import { generateGdeltDay } from '../../../src/model/events/generateGdelt';
import { importText } from '../../../src/model/formats/importText';

const day = (seed: number) => [...generateGdeltDay({ events: 3000, seed })].join('');

describe('generated GDELT days (the bench reads them)', () => {
  it('writes GDELT 2.0 rows the importer reads without a problem, the same for the same seed', () => {
    const text = day(7);
    expect(day(7)).toBe(text);
    expect(day(8)).not.toBe(text);
    const lines = text.trim().split('\n');
    expect(lines).toHaveLength(3000);
    expect(lines.every((l) => l.split('\t').length === 61)).toBe(true);
    const out = importText('day.export.CSV', text, { events: { topActors: 100000 } });
    if (out.kind !== 'dataset') throw new Error('not read');
    expect(out.problems.map((p) => p.code)).toEqual(['AG075']);
    const counted = out.dataset.relations.reduce((n, r) => n + Number(r.properties!.Events), 0);
    const oneSided = Number(/^([\d,]+) of/.exec(out.problems[0]!.message)![1]!.replace(/,/g, ''));
    expect(counted + oneSided).toBe(3000);
    // A long tail: the most-mentioned tenth of the actors hold over a third of the mentions
    // (an even spread would give them a tenth).
    const mentions = out.dataset.actors.map((a) => Number(a.properties!.NumMentions));
    const top = mentions.slice(0, Math.ceil(mentions.length / 10)).reduce((a, b) => a + b, 0);
    expect(top / mentions.reduce((a, b) => a + b, 0)).toBeGreaterThan(0.35);
  });
});
