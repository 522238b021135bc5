import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { DETAIL_ZOOM } from '../../src/graph/detail/levelOfDetail';
import { createDrawnGraph, type DrawnGraph } from '../../src/graph/drawnGraph';
import { bindGraphToStore } from '../../src/graph/graphSync';
import { highlightIds } from '../../src/graph/highlight/highlight';
import { updateActor } from '../../src/model/edit';
import { createGraphStore } from '../../src/store/graphStore';
import { datasetFrom, rawFixture, smallDataset, smallStore } from '../helpers';

let cy: Core;
afterEach(() => cy?.destroy());

let graph: DrawnGraph;
/** A headless instance, large graphs drawn lean (as with WebGL: Cytoscape holds every element). */
const headless = () => {
  cy = cytoscape({ headless: true, styleEnabled: true });
  return (graph = createDrawnGraph(cy, 'webgl'));
};
const ids = (cls: string) =>
  cy
    .$(`.${cls}`)
    .map((e) => e.id())
    .sort();

describe('store → Cytoscape sync', () => {
  it('draws actors and relations in separate id namespaces', () => {
    const raw = rawFixture('small.actor-graph.json') as { relations: { id: string }[] };
    raw.relations[2]!.id = 'alpha'; // a relation with an actor's id
    const store = createGraphStore(datasetFrom(raw), 'x');
    bindGraphToStore(headless(), store);
    expect(
      cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual(['a:alpha', 'a:beta', 'a:gamma']);
    expect(
      cy
        .edges()
        .map((e) => e.id())
        .sort(),
    ).toEqual(['r:alpha', 'r:r1', 'r:r2', 'r:r4']);
    expect(cy.$id('r:alpha').source().id()).toBe('a:beta');
  });

  it('applies a filter by class, keeping every element object and adding nothing', () => {
    const store = smallStore();
    bindGraphToStore(headless(), store);
    const before = new Map(cy.elements().map((e) => [e.id(), e]));
    let added = 0;
    let removed = 0;
    cy.on('add', () => added++);
    cy.on('remove', () => removed++);

    store.getState().toggleType('ask');
    expect(ids('hidden')).toEqual(['r:r1', 'r:r4']);
    store.getState().toggleStatus('alleged');
    expect(ids('hidden')).toEqual(['r:r1', 'r:r2', 'r:r4']);
    store.getState().resetFilters();
    expect(ids('hidden')).toEqual([]);

    expect(added).toBe(0);
    expect(removed).toBe(0);
    cy.elements().forEach((e) => expect(e).toBe(before.get(e.id())));
  });

  it('hides actors of a hidden kind with their relations', () => {
    const store = smallStore();
    bindGraphToStore(headless(), store);
    store.getState().toggleKind('org');
    expect(ids('hidden')).toEqual(['a:alpha', 'r:r1', 'r:r2', 'r:r4']);
  });

  it('highlights a selection and fades the rest, and clears', () => {
    const store = smallStore();
    bindGraphToStore(headless(), store);
    store.getState().selectRelation('r3');
    expect(ids('highlighted')).toEqual(['a:beta', 'a:gamma', 'r:r3']);
    expect(ids('faded')).toEqual(['a:alpha', 'r:r1', 'r:r2', 'r:r4']);
    expect(ids('selected')).toEqual(['r:r3']);
    store.getState().selectActor('gamma');
    expect(ids('highlighted')).toEqual(['a:alpha', 'a:beta', 'a:gamma', 'r:r3', 'r:r4']);
    expect(ids('selected')).toEqual(['a:gamma']);
    store.getState().clearSelection();
    expect(ids('highlighted')).toEqual([]);
    expect(ids('faded')).toEqual([]);
  });

  it('a click on the canvas selects through the store', async () => {
    const { bindGraphEvents } = await import('../../src/graph/graphEvents');
    const store = smallStore();
    bindGraphToStore(headless(), store);
    bindGraphEvents(graph, store);
    cy.$id('a:beta').emit('tap');
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'beta' });
    cy.$id('r:r2').emit('tap');
    expect(store.getState().selection).toEqual({ kind: 'relations', ids: ['r2'] });
  });

  it('replaces the dataset by diff: kept elements stay, others go, new ones arrive', () => {
    const store = smallStore();
    bindGraphToStore(headless(), store);
    const beta = cy.$id('a:beta');
    const next = smallDataset();
    next.actors = next.actors.filter((a) => a.id !== 'alpha');
    next.actors.push({ id: 'delta', label: 'Delta', kind: 'org' });
    next.relations = [{ id: 'r9', source: 'beta', target: 'delta', type: 'ask', evidence: [] }];
    store.getState().loadDataset(next, 'next');
    expect(
      cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual(['a:beta', 'a:delta', 'a:gamma']);
    expect(cy.$id('a:beta')).toBe(beta);
    expect(cy.edges().map((e) => e.id())).toEqual(['r:r9']);
  });

  it('after an edit, gives new data only to what the edit changed (the rest is not restyled)', () => {
    const store = smallStore();
    bindGraphToStore(headless(), store);
    const changed: string[] = [];
    cy.on('data style class', (event) => changed.push(event.target.id()));
    store.getState().edit((d) => updateActor(d, 'beta', { label: 'Beta Renamed' }));
    expect(cy.$id('a:beta').data('label')).toBe('Beta Renamed');
    expect([...new Set(changed)]).toEqual(['a:beta']);
  });

  it('lays out a dataset without positions the same way every time', () => {
    const layout = () => {
      const store = smallStore();
      bindGraphToStore(headless(), store);
      const positions = cy.nodes().map((n) => ({ ...n.position() }));
      cy.destroy();
      return positions;
    };
    const first = layout();
    expect(first.some((p) => p.x !== 0 || p.y !== 0)).toBe(true);
    expect(layout()).toEqual(first);
  });

  it('centres a found actor, zoomed in far enough to read its name, and leaves a closer view as it is', () => {
    const store = smallStore();
    bindGraphToStore(headless(), store);
    cy.zoom(0.1);
    store.getState().setSearchQuery('Beta');
    expect(cy.zoom()).toBe(DETAIL_ZOOM);
    const middle = { x: cy.width() / 2, y: cy.height() / 2 };
    expect(cy.$id('a:beta').renderedPosition()).toEqual(middle);
    cy.zoom(2);
    store.getState().setSearchQuery('Gamma');
    expect(cy.zoom()).toBe(2);
    expect(cy.$id('a:gamma').renderedPosition()).toEqual(middle);
  });

  it('uses stored positions when present', () => {
    const d = smallDataset();
    d.actors.forEach((a, i) => (a.position = { x: i * 100, y: 7 }));
    bindGraphToStore(headless(), createGraphStore(d, 'x'));
    expect(cy.$id('a:gamma').position()).toEqual({ x: 200, y: 7 });
  });
});

describe('level of detail', () => {
  const bigStore = async () => {
    const { generateDataset } = await import('../../src/model/generate');
    return createGraphStore(
      generateDataset({ actors: 1500, relations: 4001, evidenced: 0, seed: 3 }),
      'big',
    );
  };
  const label = (id: string) => cy.$id(id).style('label');
  const arrow = (id: string) => cy.$id(id).style('target-arrow-shape');

  it('draws large graphs bare — plain lines, no labels, no arrowheads — and small ones in full', async () => {
    const store = await bigStore();
    bindGraphToStore(headless(), store);
    const edge = cy.edges('[?directed]')[0]!;
    const node = edge.source();
    expect(label(node.id())).toBe('');
    expect(edge.style('curve-style')).toBe('haystack');
    expect(arrow(edge.id())).toBe('none');
    // An edit that brings the graph under the threshold brings every label back.
    store.getState().edit((d) => ({ ...d, relations: d.relations.slice(0, 2000) }));
    const kept = cy.edges('[?directed]')[0]!;
    expect(label(kept.source().id())).not.toBe('');
    expect(kept.style('curve-style')).toBe('bezier');
    expect(arrow(kept.id())).not.toBe('none');
  });

  it('labels what is in detail or in focus, with the arrowhead of its status', async () => {
    const store = await bigStore();
    bindGraphToStore(headless(), store);
    const denied = cy.edges('[status = "denied"][?directed]')[0]!;
    denied.addClass('detail');
    denied.source().addClass('detail');
    expect(label(denied.source().id())).not.toBe('');
    expect(arrow(denied.id())).toBe('tee');
    const other = cy.nodes().not(denied.connectedNodes())[0]!;
    expect(label(other.id())).toBe('');
    other.addClass('search-current');
    expect(label(other.id())).not.toBe('');
  });

  it('highlights a large graph without restyling the many (the highlight layer veils them)', async () => {
    const store = await bigStore();
    bindGraphToStore(headless(), store);
    const hub = cy.nodes()[0]!;
    store.getState().selectActor(hub.id().slice(2));
    expect(cy.elements('.faded, .highlighted, .selected')).toHaveLength(0);
    // The layer shows the actor with its relations and their other ends.
    const shown = highlightIds(store.getState(), cy).ids;
    expect(shown.has(hub.id())).toBe(true);
    expect(hub.connectedEdges().map((e) => shown.has(e.id()))).not.toContain(false);
    expect(hub.neighborhood().map((e) => shown.has(e.id()))).not.toContain(false);
    expect(shown.size).toBe(hub.closedNeighborhood().length);
    store.getState().clearSelection();
    expect(highlightIds(store.getState(), cy).ids.size).toBe(0);
    // A small graph fades everything outside the highlight.
    store.getState().loadDataset(smallDataset(), 'small');
    store.getState().selectActor('alpha');
    expect(cy.elements('.faded').length).toBeGreaterThan(0);
  });
});
