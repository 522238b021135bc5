import { describe, expect, it } from 'vitest';
import {
  addActor,
  addEvidence,
  addRelation,
  deleteActor,
  deleteKind,
  deleteRelation,
  deleteType,
  newDataset,
  removeEvidence,
  setPositions,
  uniqueId,
  updateActor,
  updateRelation,
  upsertKind,
  upsertType,
} from '../../src/model/edit';
import { validateDataset } from '../../src/model/validate';
import { smallDataset, smallStore, storyDataset } from '../helpers';

const codes = (d: Parameters<typeof validateDataset>[0]) =>
  validateDataset(d).problems.map((p) => p.code);

describe('edits, each undoable', () => {
  type D = ReturnType<typeof smallDataset>;
  const cases: [string, (d: D) => D, (d: D) => unknown, unknown][] = [
    [
      'add an actor',
      (d) => addActor(d, { id: 'delta', label: 'Delta', kind: 'org', aliases: [] }),
      (d) => d.actors.find((a) => a.id === 'delta'),
      { id: 'delta', label: 'Delta', kind: 'org' },
    ],
    [
      'edit an actor',
      (d) =>
        updateActor(d, 'beta', { label: 'Beta Corp', labels: { de: 'Beta AG' }, aliases: ['BC'] }),
      (d) => d.actors[1],
      {
        id: 'beta',
        label: 'Beta Corp',
        labels: { de: 'Beta AG' },
        kind: 'person',
        aliases: ['BC'],
      },
    ],
    [
      'delete an actor with its relations',
      (d) => deleteActor(d, 'gamma'),
      (d) => [d.actors.length, d.relations.map((r) => r.id), d.relations[1]?.assertedBy],
      [2, ['r1', 'r2'], undefined],
    ],
    [
      'add a relation',
      (d) =>
        addRelation(d, {
          id: 'r9',
          source: 'gamma',
          target: 'beta',
          type: 'know',
          status: 'confirmed',
          evidence: [],
        }),
      (d) => d.relations.at(-1),
      {
        id: 'r9',
        source: 'gamma',
        target: 'beta',
        type: 'know',
        status: 'confirmed',
        evidence: [],
      },
    ],
    [
      'edit a relation',
      (d) =>
        updateRelation(d, 'r3', {
          status: 'denied',
          note: 'never met',
          occurred: '2022-03-14',
          assertedBy: ['alpha'],
        }),
      (d) => d.relations[2],
      {
        id: 'r3',
        source: 'beta',
        target: 'gamma',
        type: 'know',
        evidence: [],
        status: 'denied',
        note: 'never met',
        occurred: '2022-03-14',
        assertedBy: ['alpha'],
      },
    ],
    [
      'delete a relation',
      (d) => deleteRelation(d, 'r4'),
      (d) => d.relations.map((r) => r.id),
      ['r1', 'r2', 'r3'],
    ],
    [
      'attach evidence',
      (d) => addEvidence(d, 'r3', 'article', 27, 36),
      (d) => d.relations[2]?.evidence,
      [{ document: 'article', quote: 'Beta said', start: 27, end: 36 }],
    ],
    ['remove evidence', (d) => removeEvidence(d, 'r1', 0), (d) => d.relations[0]?.evidence, []],
    [
      'save the layout',
      (d) => setPositions(d, new Map([['alpha', { x: 1.26, y: 2 }]])),
      (d) => d.actors[0]?.position,
      { x: 1.3, y: 2 },
    ],
    [
      'edit kinds',
      (d) =>
        upsertKind(upsertKind(d, { id: 'org', label: 'Organisation', color: '#123456' }), {
          id: 'bloc',
          label: 'Bloc',
        }),
      (d) => d.actorKinds,
      [
        { id: 'org', label: 'Organisation', color: '#123456' },
        { id: 'person', label: 'Person', labels: { de: 'Person' } },
        { id: 'bloc', label: 'Bloc' },
      ],
    ],
    [
      'edit types',
      (d) =>
        upsertType(d, {
          id: 'ask',
          label: 'asks for',
          directed: true,
          cameo: '020',
          color: '#aa0000',
        }),
      (d) => d.relationTypes[0],
      { id: 'ask', label: 'asks for', directed: true, cameo: '020', color: '#aa0000' },
    ],
    [
      'delete a kind and a type',
      (d) => deleteType(deleteKind(d, 'org'), 'refuse'),
      (d) => [d.actorKinds.length, d.relationTypes.length],
      [1, 2],
    ],
  ];

  for (const [name, change, look, expected] of cases) {
    it(name, () => {
      const store = smallStore();
      const before = store.getState().dataset;
      store.getState().edit(change);
      const after = store.getState().dataset;
      expect(look(after)).toEqual(expected);
      expect(after).not.toEqual(before);
      expect(store.getState().dirty).toBe(true);
      store.temporal.getState().undo();
      expect(store.getState().dataset).toBe(before);
      store.temporal.getState().redo();
      expect(store.getState().dataset).toEqual(after);
    });
  }

  it('undoes the document only: the view and the session stay as they are', () => {
    const store = smallStore();
    store.getState().edit((d) => updateActor(d, 'beta', { label: 'Beta Renamed' }));
    store.getState().toggleType('ask');
    store.getState().selectActor('gamma');
    store.getState().setNotice('hello');
    store.temporal.getState().undo();
    const s = store.getState();
    expect(s.dataset.actors.find((a) => a.id === 'beta')!.label).toBe('Beta');
    expect(s.filters.hiddenTypes).toEqual(['ask']);
    expect(s.selection).toEqual({ kind: 'actor', id: 'gamma' });
    expect(s.notice).toBe('hello');
    // A view change alone leaves nothing to undo.
    store.temporal.getState().clear();
    store.getState().toggleType('ask');
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('never blocks an edit, and validation lists what it left open', () => {
    const d = smallDataset();
    expect(codes(deleteRelation(d, 'r1'))).toEqual(['AG032']); // r2 disputes the deleted r1
    expect(codes(deleteType(d, 'know'))).toEqual(['AG031']);
    expect(codes(deleteKind(d, 'org'))).toEqual(['AG050']);
    expect(codes(deleteActor(d, 'alpha'))).toEqual([]);
  });

  it('a newly loaded dataset starts a new history', () => {
    const store = smallStore();
    store.getState().edit((d) => deleteRelation(d, 'r4'));
    store.getState().loadDataset(smallDataset(), 'other');
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(store.getState().dirty).toBe(false);
  });
});

describe('evidence offsets', () => {
  it('point into whichever document the words were selected in', () => {
    const story = storyDataset();
    const text = story.documents.find((d) => d.id === 'mfa-15')!.text!;
    const start = text.indexOf('disinformation');
    const d = addEvidence(story, 'request', 'mfa-15', start, start + 'disinformation'.length);
    expect(d.relations[0]!.evidence.map((e) => e.document)).toEqual([
      'reuters-14',
      'cnn-14',
      'reuters-15',
      'mfa-15',
      'reuters-16',
    ]);
    expect(d.relations[0]!.evidence[3]).toEqual({
      document: 'mfa-15',
      quote: 'disinformation',
      start,
      end: start + 14,
    });
    expect(validateDataset(d).problems).toEqual([]);
  });

  it('are exact across umlauts, typographic quotes and surrogate pairs', () => {
    const text = 'Außenminister „Zhao“ – 😀 sagte: fake news';
    const d = {
      ...newDataset({ title: 'T', text }),
      relations: [{ id: 'r', source: 'a', target: 'a', type: 'related', evidence: [] }],
      actors: [{ id: 'a', label: 'A', kind: 'person' }],
    };
    const start = text.indexOf('„Zhao“');
    const withQuote = addEvidence(d, 'r', 'article', start, text.indexOf('sagte'));
    expect(withQuote.relations[0]?.evidence).toEqual([
      { document: 'article', quote: '„Zhao“ – 😀 ', start, end: text.indexOf('sagte') },
    ]);
    expect(validateDataset(withQuote).problems).toEqual([]);
    const reversed = addEvidence(d, 'r', 'article', text.length, text.indexOf('fake'));
    expect(reversed.relations[0]?.evidence[0]?.quote).toBe('fake news');
  });

  it('a new dataset keeps the pasted text exactly', () => {
    const text = '  Zeile 1\r\nZeile 2\n\n„Zitat“  ';
    const d = newDataset({ title: 'Neu', text, language: 'de' });
    expect(d.documents[0]?.text).toBe(text);
    expect(validateDataset(d).problems).toEqual([]);
  });

  it('ids come from labels and stay unique', () => {
    expect(uniqueId('Jake Sullivan', [])).toBe('jake-sullivan');
    expect(uniqueId('Außenministerium', ['aussenministerium'])).toBe('aussenministerium-2');
    expect(uniqueId('   ', ['item'])).toBe('item-2');
  });
});
