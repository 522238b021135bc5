import type { Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { bindGraphToStore } from '../../../src/graph/graphSync';
import {
  applyDetail,
  DETAIL_ZOOM,
  MAX_DETAIL_ACTORS,
  pickDetailActors,
  RELATION_DETAIL_ZOOM,
  type NodeSpot,
} from '../../../src/graph/detail/levelOfDetail';
import { generateDataset } from '../../../src/model/generate';
import { createGraphStore } from '../../../src/store/graphStore';
import { headlessGraph } from '../../helpers';

const view = { x1: 0, y1: 0, x2: 100, y2: 100 };
const spot = (id: string, x: number, degree: number): NodeSpot => ({ id, x, y: 50, degree });

describe('which actors are labelled on a large graph', () => {
  const nodes = [spot('a', 10, 1), spot('b', 50, 9), spot('c', 90, 4), spot('far', 500, 99)];

  it('labels nothing while labels would be too small to read', () => {
    expect(pickDetailActors(nodes, view, DETAIL_ZOOM * 0.9)).toEqual([]);
  });

  it('labels only actors in view, the best connected first', () => {
    expect(pickDetailActors(nodes, view, 1)).toEqual(['b', 'c', 'a']);
  });

  it('leaves out a name that would be drawn over a better-connected one or over an actor', () => {
    const named = (id: string, x: number, y: number, degree: number): NodeSpot => ({
      id,
      x,
      y,
      degree,
      label: 'Vanloum Vanmivanar',
    });
    // At zoom 1 a name is about 13 px tall and 130 px wide at most, below its 30 px actor.
    const crowded = [named('hub', 50, 20, 9), named('close', 60, 25, 3), named('apart', 50, 90, 1)];
    expect(pickDetailActors(crowded, { x1: 0, y1: 0, x2: 400, y2: 400 }, 1)).toEqual([
      'hub',
      'apart',
    ]);
    // Moved apart, it is named too.
    const spread = [named('hub', 50, 20, 9), named('close', 300, 25, 3)];
    expect(pickDetailActors(spread, { x1: 0, y1: 0, x2: 400, y2: 400 }, 1)).toEqual([
      'hub',
      'close',
    ]);
  });

  it('labels at most a screenful', () => {
    const many = Array.from({ length: 1000 }, (_, i) => spot(`n${i}`, i % 100, i));
    const picked = pickDetailActors(many, view, 2);
    expect(picked).toHaveLength(MAX_DETAIL_ACTORS);
    expect(picked[0]).toBe('n999');
  });
});

describe('detail follows the view', () => {
  let cy: Core;
  afterEach(() => cy?.destroy());

  it('adds detail when zoomed in over some actors and takes it away when zoomed out', () => {
    const graph = headlessGraph();
    cy = graph.cy;
    const store = createGraphStore(
      generateDataset({ actors: 1500, relations: 4001, evidenced: 0, seed: 5 }),
      'big',
    );
    bindGraphToStore(graph, store);
    const target = cy.nodes()[0]!.position();
    // Headless Cytoscape has no size: the visible extent is given as a zoomed-in browser would.
    let extent = { x1: target.x - 50, y1: target.y - 50, x2: target.x + 50, y2: target.y + 50 };
    cy.extent = () => ({ ...extent, w: 100, h: 100 });
    cy.zoom(1);
    applyDetail(graph);
    const labelled = cy.nodes('.detail');
    expect(labelled.length).toBeGreaterThan(0);
    expect(labelled.map((n) => Math.abs(n.position().x - target.x) <= 50)).not.toContain(false);
    expect(labelled[0]!.style('label')).not.toBe('');
    expect(cy.edges('.detail').length).toBeGreaterThan(0);

    // Names are legible before the relations' smaller labels are: those wait.
    cy.zoom((DETAIL_ZOOM + RELATION_DETAIL_ZOOM) / 2);
    applyDetail(graph);
    expect(cy.nodes('.detail').length).toBeGreaterThan(0);
    expect(cy.edges('.detail')).toHaveLength(0);

    extent = { x1: -1e6, y1: -1e6, x2: 1e6, y2: 1e6 };
    cy.zoom(0.1);
    applyDetail(graph);
    expect(cy.elements('.detail')).toHaveLength(0);
  });

  it('declutters the label of a relation that would cross another one', () => {
    const actor = (id: string, x: number, y: number) => ({
      data: { id, label: id.toUpperCase() },
      position: { x, y },
    });
    const relation = (id: string, source: string, target: string) => ({
      data: { id, source, target, label: 'requests aid from' },
    });
    const graph = headlessGraph();
    graph.setMode('lean');
    cy = graph.cy;
    cy.add([
      actor('a', 0, 0),
      actor('b', 400, 0),
      actor('c', 60, 10),
      actor('d', 460, 10),
      actor('e', 0, 300),
      actor('f', 400, 300),
      // Two long lines close together, a third far below.
      relation('ab', 'a', 'b'),
      relation('cd', 'c', 'd'),
      relation('ef', 'e', 'f'),
    ]);
    cy.extent = () => ({ x1: -100, y1: -100, x2: 500, y2: 400, w: 600, h: 500 });
    cy.zoom(1);
    applyDetail(graph);
    expect(
      cy
        .edges('.detail')
        .map((e) => e.id())
        .sort(),
    ).toEqual(['ab', 'cd', 'ef']);
    const decluttered = cy.edges('.decluttered').map((e) => e.id());
    expect(decluttered).toHaveLength(1);
    expect(['ab', 'cd']).toContain(decluttered[0]);
  });
});
