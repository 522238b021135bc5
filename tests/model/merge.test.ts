import { describe, expect, it } from 'vitest';
import { supportOf, traceSources } from '../../src/model/corroboration';
import { applyMerge } from '../../src/model/applyMerge';
import { proposeMerge, type MatchDecision } from '../../src/model/merge';
import { placeNear } from '../../src/model/placeNear';
import { validateDataset } from '../../src/model/validate';
import { storyDataset, storyMoreDataset } from '../helpers';

describe('adding a dataset to a story', () => {
  const current = storyDataset();
  const incoming = storyMoreDataset();
  const proposal = proposeMerge(current, incoming);
  const merge = (decisions: [string, MatchDecision][] = []) =>
    applyMerge(current, incoming, new Map(decisions), proposal);

  it('proposes matches by id, then by name or translated name, case folded', () => {
    expect(proposal.matches).toEqual([
      { incoming: 'ru', existing: 'russia', by: 'name' },
      { incoming: 'china', existing: 'china', by: 'id' },
      { incoming: 'officials', existing: 'us-officials', by: 'name' },
      { incoming: 'usa', existing: 'usa', by: 'id' },
    ]);
    expect(proposal.counts).toEqual({ documents: 2, actors: 5, relations: 2 });
  });

  it('appends documents, merges matched actors and the evidence of the same relation', () => {
    const { dataset, report } = merge();
    expect(validateDataset(dataset).problems).toEqual([]);
    expect(dataset.documents.map((d) => d.id)).toEqual([
      ...current.documents.map((d) => d.id),
      'reuters-14-2',
      'nyt-18',
    ]);
    expect(dataset.actors.map((a) => a.id)).toEqual([
      ...current.actors.map((a) => a.id),
      'embassy',
    ]);
    // The embassy's position came from another layout: it is placed anew.
    expect(dataset.actors.at(-1)!.position).toBeUndefined();
    const russia = dataset.actors.find((a) => a.id === 'russia')!;
    expect(russia.aliases).toEqual(['Russland']);
    // The incoming Russia's position belonged to another layout: the story's Russia stays put.
    expect(russia.position).toBeUndefined();
    const request = dataset.relations.find((r) => r.id === 'request')!;
    expect(request.evidence).toHaveLength(6);
    expect(request.evidence.slice(4).map((e) => [e.document, e.assertedBy])).toEqual([
      ['reuters-14-2', ['us-officials']],
      ['nyt-18', ['us-officials']],
    ]);
    // Still two independent sources: the new documents quote the same officials.
    const support = supportOf(traceSources(dataset).get('request')!);
    expect([support.documents, support.sources.length]).toEqual([6, 2]);
    expect(report).toMatchObject({
      documents: 2,
      actorsAdded: 1,
      actorsMerged: 4,
      relationsAdded: 1,
      relationsMerged: 1,
    });
    expect(report.notes).toEqual([
      'Document "reuters-14" was renamed "reuters-14-2": the id was taken.',
    ]);
  });

  it('keeps a rejected match apart, and merges into another actor when told', () => {
    const { dataset } = merge([
      ['ru', 'reject'],
      ['officials', { into: 'cnn' }],
    ]);
    expect(dataset.actors.map((a) => a.id)).toContain('ru');
    const added = dataset.relations.find((r) => r.source === 'ru')!;
    expect(added).toMatchObject({ id: 'request-2', target: 'china' });
    expect(added.evidence.map((e) => e.assertedBy)).toEqual([['cnn'], ['cnn']]);
    expect(validateDataset(dataset).problems).toEqual([]);
  });

  it('says when the same relation has another status there', () => {
    const disagreeing = {
      ...incoming,
      relations: incoming.relations.map((r) =>
        r.id === 'request' ? { ...r, status: 'confirmed' as const } : r,
      ),
    };
    const { report } = applyMerge(
      current,
      disagreeing,
      new Map(),
      proposeMerge(current, disagreeing),
    );
    expect(report.notes).toContain(
      'Relation "request" is alleged here and confirmed in "request"; kept alleged, with the evidence of both.',
    );
  });
});

describe('what a merge keeps and says', () => {
  it('takes a date the story lacked, and names a kind or date that disagrees', () => {
    const current = storyDataset();
    const incoming = storyMoreDataset();
    incoming.relations[0]!.occurred = '2022-03-10';
    incoming.actors[1]!.kind = 'source';
    const withDate = {
      ...current,
      relations: current.relations.map((r) => ({ ...r, occurred: undefined })),
    };
    const a = applyMerge(withDate, incoming, new Map(), proposeMerge(withDate, incoming));
    expect(a.dataset.relations[0]!.occurred).toBe('2022-03-10');
    const b = applyMerge(current, incoming, new Map(), proposeMerge(current, incoming));
    expect(b.dataset.relations[0]!.occurred).toEqual(current.relations[0]!.occurred);
    expect(b.report.notes).toEqual(
      expect.arrayContaining([
        'Actor "china" is a "source" there and "china" a "state" here; kept "state".',
        'Relation "request" has another occurred in "request" ("2022-03-10"); kept this story\'s.',
      ]),
    );
  });
});

describe('placing the actors a merge adds', () => {
  it('puts each beside the actors it relates to, apart from each other, and leaves loners out', () => {
    const d = storyDataset();
    const added = {
      ...d,
      actors: [
        ...d.actors,
        { id: 'n1', label: 'N1', kind: 'state' },
        { id: 'n2', label: 'N2', kind: 'state' },
        { id: 'n3', label: 'N3', kind: 'state' },
        { id: 'alone', label: 'Alone', kind: 'state' },
      ],
      relations: [
        ...d.relations,
        { id: 'x1', source: 'n1', target: 'russia', type: 'support', evidence: [] },
        { id: 'x2', source: 'n2', target: 'russia', type: 'support', evidence: [] },
        { id: 'x3', source: 'n3', target: 'n1', type: 'support', evidence: [] },
      ],
    };
    const known = new Map([['russia', { x: 100, y: 100 }]]);
    const placed = placeNear(added, new Set(['n1', 'n2', 'n3', 'alone']), known);
    expect([...placed.keys()].sort()).toEqual(['n1', 'n2', 'n3']);
    const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
      Math.hypot(a.x - b.x, a.y - b.y);
    for (const id of ['n1', 'n2'])
      expect(distance(placed.get(id)!, known.get('russia')!)).toBeLessThan(150);
    expect(distance(placed.get('n1')!, placed.get('n2')!)).toBeGreaterThan(30);
    // n3 knows only n1, itself new: placed beside n1 in the second pass.
    expect(distance(placed.get('n3')!, placed.get('n1')!)).toBeLessThan(150);
  });
});
