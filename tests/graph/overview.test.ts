import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { bindGraphEvents } from '../../src/graph/graphEvents';
import { bindGraphToStore } from '../../src/graph/graphSync';
import { actorElementId, relationElementId } from '../../src/graph/ids';
import { liftRelations, offstageOf } from '../../src/graph/offstage';
import { bindDragLift } from '../../src/graph/overview/dragLift';
import { actorAt } from '../../src/graph/overview/actorAt';
import { relationAt } from '../../src/graph/overview/relationAt';
import { pointActor } from '../../src/graph/overview/stagedActors';
import { instanceState } from '../../src/graph/instanceState';
import { setUiLanguage } from '../../src/i18n/i18n';
import { collectScene } from '../../src/graph/overview/overviewScene';
import { paintOverview } from '../../src/graph/overview/paintOverview';
import { liftedIds } from '../../src/graph/snapshot/overviewPicture';
import { deleteRelation } from '../../src/model/edit';
import { generateDataset } from '../../src/model/generate';
import { STATUS_LINES } from '../../src/model/statusStyle';
import { createGraphStore } from '../../src/store/graphStore';

const everywhere = { x1: -1e9, y1: -1e9, x2: 1e9, y2: 1e9 };
const segmentsOf = (scene: ReturnType<typeof collectScene>) =>
  scene.lines.reduce((n, g) => n + g.segments.length / 4, 0);
const centresOf = (scene: ReturnType<typeof collectScene>) =>
  scene.dots.reduce((n, g) => n + g.centres.length / 2, 0);

describe('the overview of a large graph', () => {
  let cy: Core;
  afterEach(() => cy?.destroy());

  const mount = () => {
    cy = cytoscape({ headless: true, styleEnabled: true });
    instanceState(cy).overview = true;
    const dataset = generateDataset({ actors: 1500, relations: 4200, evidenced: 0, seed: 3 });
    const store = createGraphStore(dataset, 'big');
    bindGraphToStore(cy, store);
    return { dataset, store };
  };

  // `interactive` (documented) is missing from Cytoscape's typings.
  const interactive = (id: string) =>
    (cy.getElementById(id) as unknown as { interactive: () => boolean }).interactive();
  const displayed = (id: string) => cy.getElementById(id).style('display') === 'element';

  it('leaves drawing the many to the overview: actors in Cytoscape undisplayed, relations off its stage', () => {
    const { dataset } = mount();
    expect(cy.nodes().length).toBe(dataset.actors.length);
    expect(cy.edges().length).toBe(0);
    const id = cy.nodes()[0]!.id();
    // No geometry, no hit-testing: the overview paints them and finds what the pointer is on.
    expect(displayed(id)).toBe(false);
    expect(interactive(id)).toBe(false);
  });

  it('displays the actor under the pointer, so that Cytoscape answers its hover, click and drag', () => {
    const { dataset, store } = mount();
    const [a, b] = dataset.actors.map((x) => actorElementId(x.id));
    const at = cy.getElementById(a!).position();
    const found = actorAt(collectScene(cy, everywhere), at.x + 16, at.y, 2);
    expect(found).toBe(a);
    expect(actorAt(collectScene(cy, everywhere), at.x + 40, at.y, 2)).not.toBe(a);
    pointActor(cy, found);
    expect(displayed(a!)).toBe(true);
    expect(interactive(a!)).toBe(true);
    // Drawn by the overview still: Cytoscape's copy stays transparent.
    expect(cy.getElementById(a!).style('opacity')).toBe('0');
    pointActor(cy, b!);
    expect(displayed(a!)).toBe(false);
    expect(displayed(b!)).toBe(true);
    // A filtered actor is neither painted to point at nor displayed.
    store.getState().toggleKind(dataset.actors[1]!.kind);
    expect(displayed(b!)).toBe(false);
    const p = cy.getElementById(b!).position();
    expect(actorAt(collectScene(cy, everywhere), p.x, p.y, 2)).not.toBe(b);
  });

  it('displays the actors at the ends of a relation on the stage, and only while it is there', () => {
    const { dataset, store } = mount();
    bindGraphEvents(cy, store);
    const relation = dataset.relations[0]!;
    const ends = [relation.source, relation.target].map(actorElementId);
    expect(ends.some(displayed)).toBe(false);
    cy.emit('relationpoint', [relationElementId(relation.id)]);
    expect(ends.every(displayed)).toBe(true);
    // Cytoscape draws the relation only between displayed ends.
    expect(cy.getElementById(relationElementId(relation.id)).visible()).toBe(true);
    cy.emit('relationpoint', [null]);
    expect(ends.some(displayed)).toBe(false);
  });

  it('brings a pointed-at relation on stage with its hover mark, and takes it off again', () => {
    const { dataset, store } = mount();
    bindGraphEvents(cy, store);
    const relation = dataset.relations[0]!;
    const id = relationElementId(relation.id);
    cy.emit('relationpoint', [id]);
    expect(store.getState().hovered).toEqual([relation.id]);
    const edge = cy.getElementById(id);
    expect(edge.hasClass('hovered')).toBe(true);
    expect(edge.style('opacity')).toBe('1');
    cy.emit('relationpoint', [null]);
    expect(store.getState().hovered).toEqual([]);
    expect(cy.edges().length).toBe(0);
  });

  it('lifts a relation in the language of the moment, after a language switch', async () => {
    const { dataset, store } = mount();
    bindGraphEvents(cy, store);
    const alleged = dataset.relations.find((r) => r.status === 'alleged')!;
    const id = relationElementId(alleged.id);
    store.getState().setLanguage('de');
    await setUiLanguage('de');
    cy.emit('relationpoint', [id]);
    expect(cy.getElementById(id).data('label')).toContain('(angeblich)');
    await setUiLanguage('en');
  });

  it('paints every shown actor and relation, grouped by look', () => {
    const { dataset } = mount();
    const scene = collectScene(cy, everywhere);
    expect(centresOf(scene)).toBe(dataset.actors.length);
    expect(segmentsOf(scene)).toBe(dataset.relations.length);
    // Each group is one look: a type's colour with a status's line.
    const confirmed = scene.lines.filter((g) => g.width === STATUS_LINES.confirmed.width);
    expect(confirmed.length).toBeGreaterThan(0);
    expect(new Set(scene.lines.map((g) => `${g.color}${g.width}${g.dash}${g.disputed}`)).size).toBe(
      scene.lines.length,
    );
  });

  it('follows a filter: hidden relations are not painted', () => {
    const { dataset, store } = mount();
    const type = dataset.relationTypes[0]!.id;
    const ofType = dataset.relations.filter((r) => r.type === type).length;
    store.getState().toggleType(type);
    const scene = collectScene(cy, everywhere);
    expect(segmentsOf(scene)).toBe(dataset.relations.length - ofType);
    expect(scene.hidden.size).toBe(ofType);
    // …without restyling thousands of relations in Cytoscape.
    expect(cy.edges('.hidden').length).toBe(0);
    // Hiding actors still hides them in Cytoscape (and their relations with them).
    const kind = dataset.actorKinds[0]!.id;
    store.getState().toggleKind(kind);
    const ofKind = dataset.actors.filter((a) => a.kind === kind).length;
    expect(cy.nodes('.hidden').length).toBe(ofKind);
    expect(centresOf(collectScene(cy, everywhere))).toBe(dataset.actors.length - ofKind);
  });

  it('rings search matches itself instead of restyling them, and only on screen', () => {
    const { dataset, store } = mount();
    const query = dataset.actors[0]!.label.slice(0, 3);
    store.getState().setSearchQuery(query);
    const matches = dataset.actors.filter((a) =>
      a.label.toLowerCase().includes(query.toLowerCase()),
    ).length;
    expect(matches).toBeGreaterThan(1);
    expect(cy.nodes('.search-match').length).toBe(0);
    expect(collectScene(cy, everywhere, true).marks.length / 2).toBe(matches);
    // Snapshots leave marks of the moment out.
    expect(collectScene(cy, everywhere).marks).toEqual([]);
    store.getState().setSearchQuery('');
    expect(collectScene(cy, everywhere, true).marks).toEqual([]);
  });

  it('treats a filtered relation as nothing to point at or click', () => {
    const { dataset, store } = mount();
    bindGraphEvents(cy, store);
    const relation = dataset.relations[0]!;
    const id = relationElementId(relation.id);
    const a = cy.getElementById(actorElementId(relation.source)).position();
    const b = cy.getElementById(actorElementId(relation.target)).position();
    const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    expect(relationAt(collectScene(cy, everywhere), mid.x, mid.y, 0.5)).toBe(id);
    // On stage (hovered) it answers a click…
    cy.emit('relationpoint', [id]);
    const lifted = cy.getElementById(id);
    lifted.emit('tap');
    expect(store.getState().selection).toEqual({ kind: 'relations', ids: [relation.id] });
    // …filtered out, its line is no longer there to point at, and a click on it clears.
    store.getState().toggleType(relation.type);
    expect(relationAt(collectScene(cy, everywhere), mid.x, mid.y, 0.5)).not.toBe(id);
    lifted.emit('tap');
    expect(store.getState().selection).toBeNull();
  });

  it('puts the "who says so" claims on the middle of relations kept off stage', () => {
    cy = cytoscape({ headless: true, styleEnabled: true });
    instanceState(cy).overview = true;
    const dataset = generateDataset({ actors: 1500, relations: 4200, evidenced: 0, seed: 3 });
    const relation = dataset.relations[0]!;
    relation.assertedBy = [dataset.actors[9]!.id];
    const store = createGraphStore(dataset, 'big');
    bindGraphToStore(cy, store);
    store.getState().setViewMode('attribution');
    const claim = cy.nodes('.claim')[0]!;
    const a = cy.getElementById(actorElementId(relation.source)).position();
    const b = cy.getElementById(actorElementId(relation.target)).position();
    expect(claim.position()).toEqual({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
  });

  it('follows an edit of the relations alone: a deleted relation is neither painted nor on stage', () => {
    const { dataset, store } = mount();
    bindGraphEvents(cy, store);
    const relation = dataset.relations[0]!;
    const id = relationElementId(relation.id);
    cy.emit('relationpoint', [id]); // hovered: on stage
    expect(cy.getElementById(id).nonempty()).toBe(true);
    store.getState().edit((d) => deleteRelation(d, relation.id));
    expect(offstageOf(cy)!.has(id)).toBe(false);
    expect(cy.getElementById(id).empty()).toBe(true);
    expect(segmentsOf(collectScene(cy, everywhere))).toBe(dataset.relations.length - 1);
  });

  it('takes a relation off stage when the filters hide it, whatever lifted it', () => {
    const { dataset, store } = mount();
    const relation = dataset.relations[0]!;
    const id = relationElementId(relation.id);
    liftRelations(cy, 'detail', [id]);
    cy.getElementById(id).addClass('detail');
    expect(cy.getElementById(id).style('opacity')).toBe('1');
    store.getState().toggleType(relation.type);
    expect(cy.getElementById(id).empty()).toBe(true);
    store.getState().toggleType(relation.type);
    expect(cy.getElementById(id).nonempty()).toBe(true);
  });

  it('leaves a dragged actor and its relations to Cytoscape while it moves, and takes them back after', () => {
    const { dataset } = mount();
    bindDragLift(cy);
    const actor = dataset.actors[0]!;
    const node = cy.getElementById(actorElementId(actor.id));
    const around = dataset.relations.filter((r) => r.source === actor.id || r.target === actor.id);
    expect(around.length).toBeGreaterThan(0);
    node.emit('drag');
    // On Cytoscape's stage, drawn (opacity 1), following the actor as it moves…
    const edges = around.map((r) => cy.getElementById(relationElementId(r.id)));
    expect(edges.every((e) => e.nonempty() && e.style('opacity') === '1')).toBe(true);
    // …and out of the overview's picture: no stale copy left where the actor was.
    const during = collectScene(cy, everywhere);
    expect(centresOf(during)).toBe(dataset.actors.length - 1);
    expect(segmentsOf(during)).toBe(dataset.relations.length - around.length);
    node.emit('free');
    expect(cy.edges().length).toBe(0);
    const after = collectScene(cy, everywhere);
    expect(centresOf(after)).toBe(dataset.actors.length);
    expect(segmentsOf(after)).toBe(dataset.relations.length);
  });

  it('ends a drag whose actor is taken away mid-way (an undo), so it can be dragged again', () => {
    const { dataset, store } = mount();
    bindDragLift(cy);
    const actor = dataset.actors[0]!;
    const id = actorElementId(actor.id);
    cy.getElementById(id).emit('drag');
    // The actor goes (its deletion), and comes back (undo): shown again, and draggable again.
    store.getState().edit((d) => ({ ...d, actors: d.actors.filter((a) => a.id !== actor.id) }));
    store.getState().edit(() => dataset);
    expect(centresOf(collectScene(cy, everywhere))).toBe(dataset.actors.length);
    cy.getElementById(id).emit('drag');
    expect(cy.edges('.dragged').length).toBeGreaterThan(0);
  });

  it('paints only what meets the view', () => {
    mount();
    const p = cy.nodes()[0]!.position();
    const scene = collectScene(cy, { x1: p.x - 1, y1: p.y - 1, x2: p.x + 1, y2: p.y + 1 });
    expect(centresOf(scene)).toBeGreaterThanOrEqual(1);
    expect(centresOf(scene)).toBeLessThan(cy.nodes().length / 10);
    expect(segmentsOf(scene)).toBeLessThan(offstageOf(cy)!.size / 10);
  });
});

describe('a snapshot of an overview-painted graph', () => {
  it('takes from Cytoscape only what the screen draws in full, with the actors its relations join', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    instanceState(cy).overview = true;
    const dataset = generateDataset({ actors: 1500, relations: 4200, evidenced: 0, seed: 3 });
    bindGraphToStore(cy, createGraphStore(dataset, 'big'));
    const [detail, hovered] = [dataset.relations[0]!, dataset.relations[7]!];
    liftRelations(cy, 'detail', [relationElementId(detail.id)]);
    liftRelations(cy, 'hovered', [relationElementId(hovered.id)]);
    cy.getElementById(relationElementId(detail.id)).addClass('detail');
    cy.getElementById(relationElementId(hovered.id)).addClass('hovered'); // of the moment
    cy.nodes()[5]!.addClass('search-match');
    const lifted = liftedIds(cy);
    expect([...lifted].sort()).toEqual(
      [
        relationElementId(detail.id),
        actorElementId(detail.source),
        actorElementId(detail.target),
      ].sort(),
    );
    cy.destroy();
  });
});

describe('painting the overview', () => {
  it('strokes each group once, in model units, with dashes only where they can be seen', () => {
    const calls: string[] = [];
    const ctx = new Proxy(
      { canvas: { width: 100, height: 100 }, lineWidth: 0 },
      {
        get: (target, key) =>
          key in target
            ? target[key as keyof typeof target]
            : (...args: unknown[]) => calls.push(`${String(key)}(${args.join(',')})`),
        set: (target, key, value) => {
          calls.push(`${String(key)}=${value}`);
          return Reflect.set(target, key, value);
        },
      },
    ) as unknown as CanvasRenderingContext2D;
    const scene = {
      lines: [
        {
          color: '#f00',
          width: 2.5,
          dash: [10, 6],
          disputed: false,
          segments: [0, 0, 10, 0, 0, 5, 10, 5],
          ids: ['r:a', 'r:b'],
        },
      ],
      dots: [{ color: '#00f', shape: 'diamond', centres: [0, 0, 10, 0], ids: ['a:a', 'a:b'] }],
      marks: [] as number[],
      hidden: new Set<string>(),
    };
    const diamond = [0, -1, 1, 0, 0, 1, -1, 0];
    paintOverview(ctx, scene, { zoom: 1, pan: { x: 0, y: 0 }, ratio: 1 }, () => diamond);
    expect(calls.filter((c) => c.startsWith('stroke(')).length).toBe(2); // lines, borders
    expect(calls).toContain('setLineDash(10,6)');
    expect(calls).toContain('lineWidth=2.5');
    expect(calls.filter((c) => c.startsWith('moveTo(')).length).toBe(4); // 2 lines, 2 diamonds
    calls.length = 0;
    // Zoomed far out a dash would be under a pixel: the line is drawn solid.
    paintOverview(ctx, scene, { zoom: 0.05, pan: { x: 0, y: 0 }, ratio: 1 }, () => diamond);
    expect(calls).not.toContain('setLineDash(10,6)');
  });
});
