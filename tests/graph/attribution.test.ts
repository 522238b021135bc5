import type { Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { attributionElements } from '../../src/graph/attributionElements';
import { bindGraphToStore } from '../../src/graph/graphSync';
import { setUiLanguage } from '../../src/i18n/i18n';
import { NO_FILTERS, visibleGraph } from '../../src/model/filter';
import { kindStyles } from '../../src/model/appearance';
import { headlessGraph, seedDataset, smallDataset, smallStore } from '../helpers';

let cy: Core;
afterEach(() => cy?.destroy());

const words = {
  claim: (id: string, root: string) => `${id} rests on ${root}`,
  asserts: 'asserts',
  sourceFor: 'source for',
  actor: (id: string) => id.toUpperCase(),
};

describe('who-says-so elements', () => {
  it('put a claim node on each attributed relation with a chain from the farthest source', () => {
    const seed = seedDataset();
    const defs = attributionElements(seed, visibleGraph(seed, kindStyles(seed), NO_FILTERS), words);
    expect(
      defs.map((d) => [d.data.id, d.data.source ?? '', d.data.target ?? '', d.data.label]),
    ).toEqual([
      ['c:request-aid', '', '', 'request-aid rests on US-GOV-SOURCES'],
      ['as:request-aid:0', 'a:anglo-media', 'c:request-aid', 'asserts'],
      ['as:request-aid:1', 'a:us-gov-sources', 'a:anglo-media', 'source for'],
    ]);
  });

  it('leave out hidden claims and hidden sources', () => {
    const d = smallDataset();
    const kinds = kindStyles(d);
    expect(attributionElements(d, visibleGraph(d, kinds, NO_FILTERS), words)).toHaveLength(2);
    const noRefuse = visibleGraph(d, kinds, { ...NO_FILTERS, hiddenTypes: ['refuse'] });
    expect(attributionElements(d, noRefuse, words)).toHaveLength(0);
  });

  it('are added and removed by diff when the view switches, leaving the graph alone', () => {
    const store = smallStore();
    const graph = headlessGraph();
    cy = graph.cy;
    bindGraphToStore(graph, store);
    const before = cy.elements().map((e) => e);
    store.getState().setViewMode('attribution');
    expect(cy.nodes('.claim').map((n) => n.id())).toEqual(['c:r2']);
    expect(cy.edges('.assertion').map((e) => `${e.source().id()}→${e.target().id()}`)).toEqual([
      'a:gamma→c:r2',
    ]);
    expect(cy.$id('r:r2').hasClass('claimed')).toBe(true);
    store.getState().selectRelation('r2');
    expect(cy.$id('c:r2').hasClass('faded')).toBe(false);
    expect(cy.$id('r:r3').hasClass('faded')).toBe(true);
    store.getState().setViewMode('events');
    expect(cy.nodes('.claim')).toHaveLength(0);
    expect(cy.elements().map((e) => e)).toEqual(before);
  });

  it('mark disputed claims and link the dispute when either side is selected', () => {
    const store = smallStore();
    const graph = headlessGraph();
    cy = graph.cy;
    bindGraphToStore(graph, store);
    expect(cy.$id('r:r1').data('disputed')).toBe(true);
    expect(cy.$id('r:r1').data('label')).toContain('⚠ disputed');
    store.getState().selectRelation('r1');
    expect(cy.$('.dispute-partner').map((e) => e.id())).toEqual(['r:r2']);
    expect(
      cy
        .$('.highlighted')
        .map((e) => e.id())
        .sort(),
    ).toEqual(['a:alpha', 'a:beta', 'r:r1', 'r:r2']);
  });

  it('relabel in place when the language changes, once its words have loaded', async () => {
    const store = smallStore();
    const graph = headlessGraph();
    cy = graph.cy;
    bindGraphToStore(graph, store);
    const r2 = cy.$id('r:r2');
    store.getState().setLanguage('de');
    await setUiLanguage('de'); // the German catalogue arrives after the switch
    expect(cy.$id('r:r2')).toBe(r2);
    expect(r2.data('label')).toBe('refuses (angeblich)');
    // r1 is disputed by r2: its badge is in German too.
    expect(cy.$id('r:r1').data('label')).toContain('⚠ bestritten');
    await setUiLanguage('en');
  });
});
