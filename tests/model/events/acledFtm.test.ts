import { readFileSync } from 'node:fs';
import { loadFtmModel } from '../../../src/model/events/ftm';
import { importText, type ImportOutcome } from '../../../src/model/formats/importText';
import { validateDataset } from '../../../src/model/validate';

const fixture = (name: string) => readFileSync(`tests/fixtures/events/${name}`, 'utf8');
/** The problems of any outcome (a CSV waiting for its columns has none). */
const problemsOf = (out: ImportOutcome) => (out.kind === 'needs-columns' ? [] : out.problems);
const dataset = (out: ImportOutcome) => {
  if (out.kind !== 'dataset') throw new Error(JSON.stringify(out));
  expect(
    validateDataset(JSON.parse(JSON.stringify(out.dataset))).problems.filter(
      (p) => p.severity === 'error',
    ),
  ).toEqual([]);
  return out.dataset;
};

describe('ACLED-style events', () => {
  const out = importText('acled-style.csv', fixture('acled-style.csv'));
  const d = dataset(out);

  it('draws each two-actor event as an undirected relation typed by event type', () => {
    expect(d.relations).toHaveLength(3);
    expect(d.relationTypes.map((t) => [t.label, t.directed])).toEqual([
      ['Battles', false],
      ['Violence against civilians', false],
    ]);
    const clash = d.relations.find((r) => r.id === 'acled-xyz1001')!;
    const actor = (id: string) => d.actors.find((a) => a.id === id)!;
    expect([actor(clash.source).label, actor(clash.target).label]).toEqual([
      'Military Forces of Ruritania (2019-)',
      'Northern Liberation Front',
    ]);
    expect(actor(clash.source).kind).toBe('military');
    expect(clash).toMatchObject({ occurred: '2024-03-02', label: 'Armed clash' });
  });

  it('makes each named source a document and keeps notes, with their line breaks, as notes', () => {
    const clash = d.relations.find((r) => r.id === 'acled-xyz1001')!;
    expect(clash.evidence.map((e) => d.documents.find((x) => x.id === e.document)!.title)).toEqual([
      'Ruritanian Herald',
      'Radio Nord',
    ]);
    expect(clash.note).toBe(
      'On 2 March 2024, the army and the NLF clashed near Grenzdorf.\nTwo soldiers were wounded.',
    );
    const attack = d.relations.find((r) => r.id === 'acled-xyz1002')!;
    expect(attack.note).toContain('<script>alert(1)</script>');
    expect(attack.properties).toMatchObject({
      Fatalities: 3,
      'Associated with actor 2': 'Farmers (Ruritania)',
    });
  });

  it('counts the one-sided protest and places the malformed date on its line', () => {
    expect(problemsOf(out).find((p) => p.code === 'AG075')?.message).toBe(
      '1 of 4 events have one actor only; they are counted here and not drawn.',
    );
    // Line 2's note runs over two lines, so the fourth event starts on line 6.
    const date = problemsOf(out).find((p) => p.code === 'AG074')!;
    expect(date).toMatchObject({ line: 6, column: 'XYZ1004,'.length + 1 });
    expect(d.relations.find((r) => r.id === 'acled-xyz1004')!.occurred).toBeUndefined();
  });
});

describe('FollowTheMoney entity streams', () => {
  beforeAll(async () => {
    await loadFtmModel();
  });
  const read = () => importText('ownership.ftm.json', fixture('ftm-ownership.ftm.json'));

  it('reads things as actors of their schema and the model’s edges as relations', () => {
    const out = read();
    const d = dataset(out);
    expect(d.actors.map((a) => `${a.id}:${a.kind}`)).toEqual([
      'co-acme:Company',
      'co-sub:Company',
      'p-ivanova:Person',
      'p-dupont:Person',
      'org-fund:Organization',
    ]);
    const rel = (id: string) => d.relations.find((r) => r.id === id)!;
    expect(rel('own-1')).toMatchObject({
      source: 'p-ivanova',
      target: 'co-acme',
      type: 'Ownership',
      label: 'owns (75%)',
    });
    expect(rel('dir-1')).toMatchObject({
      source: 'p-dupont',
      target: 'co-sub',
      type: 'Directorship',
      label: 'directs (Managing director)',
    });
    const types = Object.fromEntries(d.relationTypes.map((t) => [t.id, [t.label, t.directed]]));
    expect(types).toEqual({
      Ownership: ['owns', true],
      Directorship: ['directs', true],
      Family: ['related to', false],
    });
  });

  it('dates relations and makes proof, source addresses and publishers documents', () => {
    const d = dataset(read());
    const rel = (id: string) => d.relations.find((r) => r.id === id)!;
    expect(rel('own-1').occurred).toBe('2015-06-01');
    expect(rel('own-2').occurred).toEqual({ start: '2016', end: '2021-12-31' });
    const doc = (id: string) => d.documents.find((x) => x.id === rel(id).evidence[0]!.document)!;
    expect(doc('own-1')).toMatchObject({
      title: 'Annual return 2020',
      url: 'https://registry.example.org/filings/2020.pdf',
    });
    expect(doc('own-2')).toMatchObject({
      url: 'https://mbr.example.mt/acme-shipping',
      publisher: 'Malta Business Registry',
    });
  });

  it('joins an entity’s fragments and reports links to entities the file lacks', () => {
    const out = read();
    const d = dataset(out);
    expect(d.actors.find((a) => a.id === 'co-sub')!.properties).toMatchObject({
      registrationNumber: 'C 12345',
      jurisdiction: 'mt',
    });
    expect(problemsOf(out).find((p) => p.code === 'AG079' && p.line === 12)?.message).toContain(
      'p-missing',
    );
    expect(problemsOf(out).some((p) => p.message.includes('Sanction 1'))).toBe(true);
  });

  it('places a line that is not JSON and keeps the others', () => {
    const lines = fixture('ftm-ownership.ftm.json').split('\n');
    lines.splice(3, 0, '{"id": "broken", "schema": "Person", "properties": {');
    const out = importText('ownership.ftm.json', lines.join('\n'));
    expect(problemsOf(out).find((p) => p.code === 'AG072')).toMatchObject({ line: 4, column: 1 });
    expect(dataset(out).actors).toHaveLength(5);
  });
});
