import { describe, expect, it } from 'vitest';
import { importText } from '../../src/model/formats/importText';
import { validateDataset } from '../../src/model/validate';
import {
  barDays,
  barOf,
  daysCovered,
  firstDays,
  histogram,
  inTime,
  MAX_BARS,
  occurredDays,
} from '../../src/model/time';
import { traceSources } from '../../src/model/corroboration';
import { rawFixture, readFixture, storyDataset } from '../helpers';

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const story = (change: (d: Raw) => void) => {
  const d = rawFixture('story.actor-graph.json') as Raw;
  change(d);
  return validateDataset(d).problems.map((p) => `${p.code} ${p.path}`);
};

describe('version 1 files', () => {
  it('open as version 2: the article is the one document, dates become occurred', () => {
    const v1 = readFixture('small.v1.actor-graph.json').replace(
      '"status": "reported",',
      '"status": "reported", "date": "2022-03",',
    );
    const outcome = importText('old.json', v1);
    if (outcome.kind !== 'dataset') throw new Error(JSON.stringify(outcome));
    const d = outcome.dataset;
    expect(d.version).toBe(2);
    expect(d.documents).toEqual([
      { id: 'article', text: 'Alpha asked Beta for help. Beta said „no“ – and Gamma stayed out.' },
    ]);
    expect(d.relations[0]!.occurred).toBe('2022-03');
    expect(d.relations[0]!.evidence[0]).toEqual({
      document: 'article',
      quote: 'Alpha asked Beta for help.',
      start: 0,
      end: 26,
    });
    expect(outcome.problems).toEqual([]);
  });

  it('without article text keep their quotes, without the offsets that pointed nowhere', () => {
    const v1 = JSON.parse(readFixture('small.v1.actor-graph.json'));
    delete v1.article;
    v1.source = { publisher: 'Die Zeit', published: '2022-03-15' };
    const outcome = importText('old.json', JSON.stringify(v1));
    if (outcome.kind !== 'dataset') throw new Error(JSON.stringify(outcome));
    expect(outcome.dataset.documents).toEqual([
      { id: 'article', publisher: 'Die Zeit', published: '2022-03-15' },
    ]);
    expect(outcome.dataset.relations[0]!.evidence[0]).toEqual({
      document: 'article',
      quote: 'Alpha asked Beta for help.',
    });
  });
});

describe('the rules of version 2, each with its code and place', () => {
  it('accepts the hand-made story as it is', () => {
    expect(story(() => {})).toEqual([]);
  });

  it('a date that is not ISO 8601, a grade out of range', () => {
    expect(
      story((d) => {
        d.documents[0].published = '14.03.2022';
        d.relations[1].occurred = 'last Tuesday';
        d.documents[1].reliability = 'G';
        d.relations[0].evidence[0].credibility = 7;
        d.actors[4].reliability = 'b';
      }),
    ).toEqual([
      'AG012 $.documents[0].published',
      'AG013 $.documents[1].reliability',
      'AG013 $.actors[4].reliability',
      'AG013 $.relations[0].evidence[0].credibility',
      'AG012 $.relations[1].occurred',
    ]);
  });

  it('evidence naming a missing document, or none among several', () => {
    expect(
      story((d) => {
        d.relations[0].evidence[0].document = 'nyt-14';
        delete d.relations[0].evidence[1].document;
      }),
    ).toEqual(['AG036 $.relations[0].evidence[0].document', 'AG037 $.relations[0].evidence[1]']);
  });

  it('offsets without text, one offset alone, an interval that ends before it starts', () => {
    expect(
      story((d) => {
        d.relations[2].evidence[0].start = 0;
        d.relations[2].evidence[0].end = 5;
        delete d.relations[0].evidence[2].end;
        d.relations[0].occurred = { start: '2022-03-10', end: '2022-03-01' };
      }),
    ).toEqual([
      'AG038 $.relations[0].occurred',
      'AG043 $.relations[0].evidence[2]',
      'AG042 $.relations[2].evidence[0]',
    ]);
  });
});

describe('time', () => {
  it('reads a date at its precision and an interval from its ends', () => {
    expect(daysCovered('2024')).toEqual(['2024-01-01', '2024-12-31']);
    expect(daysCovered('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(daysCovered('2022-03-14T09:30:00Z')).toEqual(['2022-03-14', '2022-03-14']);
    expect(occurredDays({ start: '2022-03', end: '2022-03-13' })).toEqual([
      '2022-03-01',
      '2022-03-13',
    ]);
  });

  it('counts claims on the day they are first published, and keeps undated ones', () => {
    const d = storyDataset();
    const days = firstDays(d, traceSources(d), 'published');
    expect([...days]).toEqual([
      ['request', '2022-03-14'],
      ['accusation', '2022-03-15'],
      ['support', '2022-03-17'],
    ]);
    expect(histogram(d, days)).toEqual({
      first: '2022-03-14',
      last: '2022-03-17',
      step: 1,
      counts: [1, 1, 0, 1],
      undated: 0,
    });
    const occurred = firstDays(d, traceSources(d), 'occurred');
    expect(histogram(d, occurred)?.undated).toBe(1);
  });

  it('draws dates centuries apart in at most MAX_BARS bars, each several days wide', () => {
    const d = storyDataset();
    const days = new Map([
      ['request', '0001-01-01'],
      ['accusation', '2022-03-15'],
      ['support', '9999-12-31'],
    ]);
    const h = histogram(d, days)!;
    expect(h.counts.length).toBeLessThanOrEqual(MAX_BARS);
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(3);
    expect(h.step).toBeGreaterThan(2000);
    expect(barDays(h, 0)[0]).toBe('0001-01-01');
    expect(barDays(h, h.counts.length - 1)[1]).toBe('9999-12-31');
    expect(barDays(h, barOf(h, '2022-03-15'))[0] <= '2022-03-15').toBe(true);
    expect(barDays(h, barOf(h, '2022-03-15'))[1] >= '2022-03-15').toBe(true);
  });

  it('shows by occurrence what overlaps the window, and undated claims always', () => {
    const time = { axis: 'occurred' as const, from: '2022-03-14', to: '2022-03-20' };
    expect(inTime({ id: 'a', occurred: '2022-03' }, time, 0, undefined)).toBe(true);
    expect(inTime({ id: 'b', occurred: '2022-02' }, time, 0, undefined)).toBe(false);
    expect(inTime({ id: 'c' }, time, 0, undefined)).toBe(true);
  });
});
