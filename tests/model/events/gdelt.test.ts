import { readFileSync } from 'node:fs';
import { importText } from '../../../src/model/formats/importText';
import { validateDataset } from '../../../src/model/validate';

const fixture = (name: string) => readFileSync(`tests/fixtures/events/${name}`, 'utf8');
const events = fixture('gdelt-events-20170701.export.CSV');
const NAME = 'gdelt-events-20170701.export.CSV';

function open(text = events, options: Parameters<typeof importText>[2] = {}) {
  const out = importText(NAME, text, options);
  if (out.kind !== 'dataset')
    throw new Error(JSON.stringify(out.kind === 'failed' ? out.problems : out));
  return out;
}

const rows = events.trim().split('\n');
const column = (row: string, i: number) => row.split('\t')[i]!;

describe('GDELT 2.0 events', () => {
  it('is recognised by its content, whatever the file is called', () => {
    expect(
      importText('events.txt', events).kind === 'dataset' && importText('x', events).kind,
    ).toBe('dataset');
  });

  it('counts every two-actor event in the relation it forms and reports the one-sided', () => {
    const { dataset, problems } = open();
    const twoSided = rows.filter((r) => column(r, 5) && column(r, 15));
    const counted = dataset.relations.reduce((n, r) => n + Number(r.properties!.Events), 0);
    expect(counted).toBe(twoSided.length);
    const oneSided = rows.length - twoSided.length;
    expect(problems.find((p) => p.code === 'AG075')?.message).toContain(
      `${oneSided} of ${rows.length} events have one actor only`,
    );
    // Saudi Arabia → Egypt: two events coded 014 and two coded 172, so two relations.
    const consider = dataset.relations.find((r) => r.id === 'SAU~EGY~01')!;
    expect(consider.properties).toMatchObject({
      Events: 2,
      EventCode: '014 Consider policy option (2)',
    });
    expect(dataset.relations.find((r) => r.id === 'SAU~EGY~17')!.type).toBe('cameo-17');
  });

  it('names relations by CAMEO root code and colours them by quad class', () => {
    const { dataset } = open();
    const coerce = dataset.relationTypes.find((t) => t.id === 'cameo-17')!;
    const consult = dataset.relationTypes.find((t) => t.id === 'cameo-04')!;
    expect(coerce).toMatchObject({ label: 'Coerce', cameo: '17', color: '#D55E00' });
    expect(consult).toMatchObject({ label: 'Consult', cameo: '04', color: '#56B4E9' });
  });

  it('dates relations by SQLDATE and makes each SOURCEURL a document', () => {
    const { dataset } = open();
    const r = dataset.relations.find((x) => x.id === 'SAU~EGY~17')!;
    expect(r.occurred).toBe('2016-07-01');
    const doc = dataset.documents.find((d) => d.id === r.evidence[0]!.document)!;
    expect(doc.url).toMatch(/^http:\/\/www\.thearabweekly\.com\/article\/8771\//);
    expect(doc).toMatchObject({
      publisher: 'thearabweekly.com',
      published: '2017-07-01T23:45:00Z',
    });
    expect(doc.title).toBe('Closer Saudi Egypt ties seen after Sisi ratifies islands deal');
  });

  it('takes kinds from CAMEO actor types and tells same-named codes apart', () => {
    const { dataset } = open();
    const actor = (id: string) => dataset.actors.find((a) => a.id === id)!;
    expect(actor('SAU')).toMatchObject({
      label: 'Saudi Arabia',
      kind: 'country',
      aliases: ['Saudi'],
    });
    expect(actor('SAUGOV')).toMatchObject({ label: 'Saudi (government)', kind: 'government' });
    expect(actor('BUS').kind).toBe('business');
    expect(actor('REF').kind).toBe('civil-society');
  });

  it('produces a dataset that passes our own validation', () => {
    const { dataset } = open();
    const valid = validateDataset(JSON.parse(JSON.stringify(dataset)));
    expect(valid.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('makes one relation per event when asked', () => {
    const { dataset } = open(events, { events: { perEvent: true } });
    expect(dataset.relations).toHaveLength(10);
    expect(dataset.relations.map((r) => r.id)).toContain('event-669666368');
  });

  it('keeps the actors with the most mentions and says how many were left out', () => {
    // Mentions by hand: Egypt 3+10+10+3 = 26, Saudi Arabia 10+10 = 20, GOV 5+6 = 11, SAUGOV 6…
    const { dataset, problems } = open(events, { events: { topActors: 3 } });
    expect(dataset.actors.map((a) => a.id)).toEqual(['EGY', 'SAU', 'GOV']);
    expect(dataset.relations.map((r) => r.id)).toEqual(['SAU~EGY~01', 'SAU~EGY~17']);
    expect(problems.find((p) => p.code === 'AG076')?.message).toBe(
      'Kept the 3 actors with the most mentions; 6 others were left out, and with them 6 events.',
    );
  });

  it('keeps the most-mentioned relations among them when asked for fewer', () => {
    const { dataset, problems } = open(events, { events: { topRelations: 2 } });
    expect(dataset.relations.map((r) => r.id)).toEqual(['SAU~EGY~01', 'SAU~EGY~17']);
    expect(problems.find((p) => p.code === 'AG076')?.message).toBe(
      'Of the relations among the actors kept, the 2 most mentioned were kept; 6 others were left out, and with them 6 events.',
    );
  });

  it('places a wrong column count, an unknown code and a bad date, and keeps the rest', () => {
    const broken = [
      rows[0]!.split('\t').slice(0, 60).join('\t'),
      rows[17]!.replace('\t172\t172\t17\t', '\t999\t999\t99\t'),
      rows[18]!.replace(/^(\d+)\t20160701/, '$1\t20161340'),
      ...rows.slice(19),
    ].join('\n');
    const out = open(broken);
    const at = (code: string) => out.problems.find((p) => p.code === code)!;
    expect(at('AG072')).toMatchObject({ line: 1, column: 1 });
    expect(at('AG072').message).toContain('60 columns');
    expect(at('AG073')).toMatchObject({ line: 2 });
    expect(at('AG073').column).toBe(rows[17]!.split('\t').slice(0, 26).join('\t').length + 2);
    expect(at('AG074')).toMatchObject({ line: 3, column: rows[18]!.indexOf('\t') + 2 });
  });

  it('fails with placed errors, not a blank screen, when no row can be read', () => {
    const sixty = rows.map((r) => r.split('\t').slice(0, 60).join('\t')).join('\n');
    const out = importText(NAME, sixty);
    expect(out.kind).toBe('failed');
    expect(
      out.kind === 'failed' && out.problems.filter((p) => p.code === 'AG072' && p.line),
    ).toHaveLength(20);
  });

  it('refuses a mentions file alone, saying what to open with it', () => {
    const out = importText('m.csv', fixture('gdelt-mentions-sample.csv'));
    expect(out.kind === 'failed' && out.problems[0]!.message).toMatch(
      /together with its events file/,
    );
  });

  it('makes each mention a document evidencing its event, and counts those without one', () => {
    const mentions = fixture('gdelt-mentions-sample.csv').split('\n');
    // The sample's mentions name other events: point two of them at the Saudi sanctions.
    const own = [1, 2].map((i) => mentions[i]!.replace(/^\d+,/, '669666367,'));
    const text = [mentions[0], ...own, ...mentions.slice(3)].join('\n');
    const { dataset, problems } = open(events, { mentionsText: text });
    const r = dataset.relations.find((x) => x.id === 'SAU~EGY~17')!;
    const docs = r.evidence.map((e) => dataset.documents.find((d) => d.id === e.document)!);
    expect(docs.map((d) => d.publisher)).toEqual([
      'thearabweekly.com',
      'china.org.cn',
      'tvperu.gob.pe',
    ]);
    expect(docs[1]).toMatchObject({
      url: 'http://arabic.china.org.cn/txt/2017-07/02/content_41135804.htm',
      published: '2017-07-01T23:45:00Z',
      properties: { 'GDELT confidence': '100 %' },
    });
    expect(problems.find((p) => p.code === 'AG079')?.message).toMatch(/^198 of 200 mentions/);
  });
});
