import { readFileSync } from 'node:fs';
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { NODE_SHAPES } from '../../src/model/schema';
import { SHAPE_POINTS } from '../../src/model/shapes';

/*
 * What we read or patch of Cytoscape beyond its documented API: the style-hash scratch
 * (styleScratch.ts), the canvas renderer's node shapes (overview/shapes.ts) and buffer canvas
 * (snapshots), and parsed styles (renderSvg.ts). package.json pins the one version these were
 * checked against; an upgrade that moves any of them fails here, not in the app.
 */
const installed = JSON.parse(readFileSync('node_modules/cytoscape/package.json', 'utf8')) as {
  version: string;
};
const declared = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
};

type RendererClass = { prototype: Record<string, unknown> };
const canvasRenderer = () =>
  (cytoscape as unknown as (kind: string, name: string) => RendererClass)('renderer', 'canvas');

describe("Cytoscape's private fields we touch", () => {
  it('is pinned to the exact version installed', () => {
    expect(declared.dependencies.cytoscape).toBe(installed.version);
  });

  it('hashes styles in updateStyleHints, into a styleKeys scratch on every element', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: [{ data: { id: 'a' } }] });
    const proto = Object.getPrototypeOf(cy.style()) as Record<string, unknown>;
    expect(typeof proto.updateStyleHints).toBe('function');
    expect(String(proto.updateStyleHints)).toContain('styleKeys');
    const internals = cy.getElementById('a') as unknown as { _private: { styleKeys: unknown } };
    expect(typeof internals._private.styleKeys).toBe('object');
    cy.destroy();
  });

  it('draws every node shape of our format as our one table of shapes says', () => {
    const renderer = Object.create(canvasRenderer().prototype) as {
      registerNodeShapes: () => void;
      nodeShapes: Record<string, { points?: number[] }>;
    };
    renderer.registerNodeShapes();
    for (const shape of NODE_SHAPES) {
      const points = renderer.nodeShapes[shape]?.points ?? null;
      const ours = SHAPE_POINTS[shape];
      expect(ours === null, shape).toBe(points === null);
      expect(ours?.length, shape).toBe(points?.length);
      ours?.forEach((v, i) => expect(Math.abs(v - points![i]!), shape).toBeLessThan(1e-3));
    }
  });

  it("draws a graph into a buffer canvas, and parses styles into pstyle's values", () => {
    expect(typeof canvasRenderer().prototype.bufferCanvasImage).toBe('function');
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [{ data: { id: 'a' } }],
      style: [{ selector: 'node', style: { width: 30, 'background-color': '#0072b2' } }],
    });
    const pstyle = (
      cy.getElementById('a') as unknown as {
        pstyle: (name: string) => { value: unknown; strValue: string; pfValue: number };
      }
    ).pstyle;
    expect(pstyle.call(cy.getElementById('a'), 'width')).toMatchObject({ pfValue: 30 });
    expect(pstyle.call(cy.getElementById('a'), 'background-color').strValue).toBe('rgb(0,114,178)');
    cy.destroy();
  });
});
