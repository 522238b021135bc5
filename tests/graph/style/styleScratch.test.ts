import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { shareStyleScratch } from '../../../src/graph/style/styleScratch';

interface Internals {
  _private: { styleKey: number; labelKey: number; nodeKey: number; styleKeys: object };
}
const internals = (cy: Core, id: string) => cy.getElementById(id) as unknown as Internals;

const STYLE = [
  { selector: 'node', style: { 'background-color': 'data(color)', label: 'data(label)' } },
  { selector: 'edge', style: { 'line-color': 'data(color)', width: 2 } },
];
const ELEMENTS = [
  { data: { id: 'a', color: '#0072b2', label: 'Russia' } },
  { data: { id: 'b', color: '#d55e00', label: 'China' } },
  { data: { id: 'c', color: '#0072b2', label: 'Russia' } },
  { data: { id: 'ab', source: 'a', target: 'b', color: '#009e73' } },
];

/** Each element's style hashes, which decide when Cytoscape redraws it from its caches. */
function hashesOf(cy: Core) {
  return Object.fromEntries(
    cy.elements().map((ele) => {
      ele.style(); // headless Cytoscape styles lazily
      const p = internals(cy, ele.id())._private;
      return [ele.id(), [p.styleKey, p.labelKey, p.nodeKey]];
    }),
  );
}

describe('the shared style scratch', () => {
  it('gives every element the same style hashes as Cytoscape alone, and one scratch among them', () => {
    const plain = cytoscape({
      headless: true,
      styleEnabled: true,
      style: STYLE,
      elements: ELEMENTS,
    });
    const before = hashesOf(plain);
    expect(before.a).toEqual([expect.any(Number), expect.any(Number), expect.any(Number)]);
    expect(internals(plain, 'a')._private.styleKeys).not.toBe(
      internals(plain, 'b')._private.styleKeys,
    );

    shareStyleScratch(plain);
    const cy = cytoscape({ headless: true, styleEnabled: true, style: STYLE, elements: ELEMENTS });
    expect(hashesOf(cy)).toEqual(before);
    expect(internals(cy, 'a')._private.styleKeys).toBe(internals(cy, 'b')._private.styleKeys);
    // Alike looks hash alike, different looks differently: the caches still tell them apart.
    expect(before.a).toEqual(before.c);
    expect(before.a).not.toEqual(before.b);

    // A change of look still changes the hash, so the element is redrawn.
    const old = internals(cy, 'a')._private.styleKey;
    cy.getElementById('a').data('color', '#d55e00');
    expect(cy.getElementById('a').style('background-color')).toBe('rgb(213,94,0)');
    expect(internals(cy, 'a')._private.styleKey).not.toBe(old);
    plain.destroy();
    cy.destroy();
  });
});
