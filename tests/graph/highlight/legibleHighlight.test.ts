import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import {
  declutterNames,
  legibleHighlightStyle,
} from '../../../src/graph/highlight/legibleHighlight';
import { LARGE_STYLESHEET } from '../../../src/graph/style/stylesheet';

let cy: Core;
afterEach(() => cy?.destroy());

/** A headless instance styled as the highlight layer at this zoom, positions as given. */
const layerAt = (zoom: number, elements: cytoscape.ElementDefinition[], selector = 'node') =>
  (cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [...LARGE_STYLESHEET, ...legibleHighlightStyle(zoom, selector)],
    layout: { name: 'preset' },
    elements,
  }));

const actor = (id: string, x: number, y: number, classes = 'highlighted') => ({
  data: { id, label: `Actor ${id}`, color: '#0072b2', shape: 'ellipse' },
  position: { x, y },
  classes,
});

describe('a highlight drawn legibly at any zoom', () => {
  it('draws highlighted actors at least 12 px with 12 px names, zoomed far out', () => {
    layerAt(0.1, [actor('lit', 0, 0), actor('other', 500, 0, '')], 'node.highlighted');
    // 120 graph units × zoom 0.1 = 12 px on screen or in the picture.
    expect(cy.$id('lit').numericStyle('width')).toBe(120);
    expect(cy.$id('lit').numericStyle('font-size')).toBe(120);
    expect(cy.$id('other').numericStyle('width')).toBe(30);
  });

  it('names the better connected of two crowded actors, and always the selection', () => {
    layerAt(1, [
      actor('hub', 0, 0),
      // Beside the hub: their names would overlap.
      actor('leaf', 60, 0),
      actor('far', 600, 600),
      actor('x', 900, 0),
      { data: { id: 'e1', source: 'hub', target: 'far' } },
      { data: { id: 'e2', source: 'hub', target: 'x' } },
    ]);
    declutterNames(cy, cy.nodes(), 1);
    const named = () =>
      cy
        .nodes()
        .filter((n) => n.style('label') !== '')
        .map((n) => n.id());
    expect(named().sort()).toEqual(['far', 'hub', 'x']);
    // Once the leaf is the selection, it is named too, whatever it covers.
    cy.$id('leaf').addClass('selected');
    declutterNames(cy, cy.nodes(), 1);
    expect(named()).toContain('leaf');
  });

  it("draws one of two relation labels that would cross, the selection's first", () => {
    layerAt(1, [
      actor('a', 0, 0),
      actor('b', 400, 0),
      actor('c', 0, 8),
      actor('d', 400, 8),
      // Two long lines close together: their labels would meet in the middle.
      {
        data: { id: 'ab', source: 'a', target: 'b', label: 'requests aid from' },
        classes: 'highlighted',
      },
      {
        data: { id: 'cd', source: 'c', target: 'd', label: 'requests aid from' },
        classes: 'highlighted',
      },
    ]);
    const shown = () =>
      cy
        .edges()
        .filter((e) => e.style('label') !== '')
        .map((e) => e.id());
    declutterNames(cy, cy.nodes(), 1);
    expect(shown()).toHaveLength(1);
    cy.$id('d').addClass('selected');
    declutterNames(cy, cy.nodes(), 1);
    expect(shown()).toEqual(['cd']);
  });
});
