import type { Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import type { DrawnGraph } from '../../../src/graph/drawnGraph';
import { bindGraphEvents } from '../../../src/graph/graphEvents';
import { bindGraphToStore } from '../../../src/graph/graphSync';
import { highlightIds } from '../../../src/graph/highlight/highlight';
import { actorElementId, relationElementId } from '../../../src/graph/ids';
import { actorAt } from '../../../src/graph/overview/actorAt';
import { bindDrag } from '../../../src/graph/overview/drag';
import { collectScene } from '../../../src/graph/overview/overviewScene';
import { paintOverview } from '../../../src/graph/overview/paintOverview';
import { relationAt } from '../../../src/graph/overview/relationAt';
import { drawnInFullIds } from '../../../src/graph/snapshot/overviewPicture';
import { setUiLanguage } from '../../../src/i18n/i18n';
import { deleteRelation } from '../../../src/model/edit';
import { generateDataset } from '../../../src/model/generate';
import { STATUS_LINES } from '../../../src/model/statusStyle';
import { createGraphStore } from '../../../src/store/graphStore';
import { headlessGraph } from '../../helpers';

const everywhere = { x1: -1e9, y1: -1e9, x2: 1e9, y2: 1e9 };
const segmentsOf = (scene: ReturnType<typeof collectScene>) =>
  scene.lines.reduce((n, g) => n + g.segments.length / 4, 0);
const centresOf = (scene: ReturnType<typeof collectScene>) =>
  scene.dots.reduce((n, g) => n + g.centres.length / 2, 0);

describe('the overview of a large graph', () => {
  let cy: Core;
  let graph: DrawnGraph;
  afterEach(() => cy?.destroy());

  /** A headless graph in the overview mode (the canvas renderer). */
  const overviewGraph = () => {
    graph = headlessGraph('canvas');
    cy = graph.cy;
    return graph;
  };
  const mount = () => {
    overviewGraph();
    const dataset = generateDataset({ actors: 1500, relations: 4200, evidenced: 0, seed: 3 });
    const store = createGraphStore(dataset, 'big');
    bindGraphToStore(graph, store);
    return { dataset, store };
  };
  const scene = () => collectScene(graph.contents, everywhere);
  const point = (id: string | null) => graph.contents.keep('pointer', id ? [id] : []);
  const events = (store: ReturnType<typeof mount>['store']) => bindGraphEvents(graph, store);

  // `interactive` (documented) is missing from Cytoscape's typings.
  const interactive = (id: string) =>
    (cy.getElementById(id) as unknown as { interactive: () => boolean }).interactive();
  const onStage = (id: string) => cy.getElementById(id).nonempty();
  const at = (id: string) => graph.contents.position(id)!;

  it('leaves drawing the many to the overview: Cytoscape holds none of the actors and relations', () => {
    const { dataset } = mount();
    expect(graph.mode).toBe('overview');
    expect(cy.elements().length).toBe(0);
    expect(graph.contents.positions().size).toBe(dataset.actors.length);
    // Painted all the same, where their definitions put them.
    expect(centresOf(scene())).toBe(dataset.actors.length);
    const first = dataset.actors[0]!;
    expect(at(actorElementId(first.id))).toEqual(first.position);
  });

  it('keeps the actor under the pointer on Cytoscape, so that it answers its hover, click and drag', () => {
    const { dataset, store } = mount();
    const [a, b] = dataset.actors.map((x) => actorElementId(x.id));
    const p = at(a!);
    const found = actorAt(scene(), p.x + 16, p.y, 2);
    expect(found).toBe(a);
    expect(actorAt(scene(), p.x + 40, p.y, 2)).not.toBe(a);
    point(found);
    expect(onStage(a!)).toBe(true);
    expect(interactive(a!)).toBe(true);
    expect(cy.getElementById(a!).position()).toEqual(p);
    // Drawn by the overview still: Cytoscape's copy stays transparent.
    expect(cy.getElementById(a!).style('opacity')).toBe('0');
    point(b!);
    expect(onStage(a!)).toBe(false);
    expect(onStage(b!)).toBe(true);
    // A filtered actor is neither painted to point at nor held.
    store.getState().toggleKind(dataset.actors[1]!.kind);
    expect(onStage(b!)).toBe(false);
    const q = at(b!);
    expect(actorAt(scene(), q.x, q.y, 2)).not.toBe(b);
  });

  it('holds the actors at the ends of a relation on Cytoscape, and only while it is there', () => {
    const { dataset, store } = mount();
    const { pointRelation } = events(store);
    const relation = dataset.relations[0]!;
    const ends = [relation.source, relation.target].map(actorElementId);
    expect(ends.some(onStage)).toBe(false);
    pointRelation(relationElementId(relation.id));
    expect(ends.every(onStage)).toBe(true);
    expect(cy.getElementById(relationElementId(relation.id)).visible()).toBe(true);
    pointRelation(null);
    expect(cy.elements().length).toBe(0);
  });

  it('brings an actor back where it was left: a drag on Cytoscape moves its definition', () => {
    const { dataset } = mount();
    const id = actorElementId(dataset.actors[0]!.id);
    point(id);
    cy.getElementById(id).position({ x: 12345, y: -678 });
    point(null);
    expect(onStage(id)).toBe(false);
    expect(at(id)).toEqual({ x: 12345, y: -678 });
    const there = collectScene(graph.contents, { x1: 12340, y1: -680, x2: 12350, y2: -670 });
    expect(there.dots.flatMap((g) => g.ids)).toEqual([id]);
    point(id);
    expect(cy.getElementById(id).position()).toEqual({ x: 12345, y: -678 });
  });

  it('takes the actors of a graph grown large by an edit off Cytoscape, where they were left', () => {
    overviewGraph();
    const big = generateDataset({ actors: 1500, relations: 4200, evidenced: 0, seed: 3 });
    const small = { ...big, actors: big.actors.slice(0, 40), relations: [] };
    const store = createGraphStore(small, 'small');
    bindGraphToStore(graph, store);
    const id = actorElementId(small.actors[0]!.id);
    expect(graph.mode).toBe('full');
    expect(cy.nodes().length).toBe(40);
    cy.getElementById(id).position({ x: -999, y: 999 }); // dragged
    store.getState().edit(() => big);
    expect(graph.mode).toBe('overview');
    expect(cy.elements().length).toBe(0);
    expect(at(id)).toEqual({ x: -999, y: 999 });
    expect(centresOf(scene())).toBe(big.actors.length);
    // …and back on it, in full, when the graph shrinks again.
    store.getState().edit(() => small);
    expect(graph.mode).toBe('full');
    expect(cy.nodes().length).toBe(40);
    expect(cy.getElementById(id).position()).toEqual({ x: -999, y: 999 });
  });

  it('keeps compound groups and their members on Cytoscape, and paints the members as the others', () => {
    overviewGraph();
    const dataset = generateDataset({ actors: 1500, relations: 4200, evidenced: 0, seed: 3 });
    const group = dataset.actors[3]!;
    for (const a of dataset.actors.slice(0, 3)) a.parent = group.id;
    const store = createGraphStore(dataset, 'big');
    bindGraphToStore(graph, store);
    expect(cy.nodes().length).toBe(4);
    expect(cy.getElementById(actorElementId(group.id)).isParent()).toBe(true);
    const painted = scene().dots.flatMap((g) => g.ids);
    expect(painted).toContain(actorElementId(dataset.actors[0]!.id));
    // The group's box is drawn by Cytoscape, around its members.
    expect(painted).not.toContain(actorElementId(group.id));
    expect(painted.length).toBe(dataset.actors.length - 1);
    // A member hidden by a filter is no longer painted.
    store.getState().toggleKind(dataset.actors[0]!.kind);
    expect(scene().dots.flatMap((g) => g.ids)).not.toContain(actorElementId(dataset.actors[0]!.id));
  });

  it('repaints for what it paints: keeping an actor on Cytoscape and letting it go changes nothing painted', () => {
    const { dataset } = mount();
    const id = actorElementId(dataset.actors[0]!.id);
    let changes = 0;
    graph.onChange(() => changes++);
    point(id);
    point(null);
    expect(changes).toBe(0);
    // A change of what is shown is heard.
    graph.contents.moveActors(new Map([[id, { x: 1, y: 2 }]]));
    expect(changes).toBe(1);
  });

  it('brings a pointed-at relation onto Cytoscape with its hover mark, and takes it off again', () => {
    const { dataset, store } = mount();
    const { pointRelation } = events(store);
    const relation = dataset.relations[0]!;
    const id = relationElementId(relation.id);
    pointRelation(id);
    expect(store.getState().hovered).toEqual([relation.id]);
    const edge = cy.getElementById(id);
    expect(edge.hasClass('hovered')).toBe(true);
    expect(edge.style('opacity')).toBe('1');
    pointRelation(null);
    expect(store.getState().hovered).toEqual([]);
    expect(cy.edges().length).toBe(0);
  });

  it('keeps a relation on Cytoscape in the language of the moment, after a language switch', async () => {
    const { dataset, store } = mount();
    const { pointRelation } = events(store);
    const alleged = dataset.relations.find((r) => r.status === 'alleged')!;
    const id = relationElementId(alleged.id);
    store.getState().setLanguage('de');
    await setUiLanguage('de');
    pointRelation(id);
    expect(cy.getElementById(id).data('label')).toContain('(angeblich)');
    await setUiLanguage('en');
  });

  it('paints every shown actor and relation, grouped by look', () => {
    const { dataset } = mount();
    const all = scene();
    expect(centresOf(all)).toBe(dataset.actors.length);
    expect(segmentsOf(all)).toBe(dataset.relations.length);
    // Each group is one look: a type's colour with a status's line.
    const confirmed = all.lines.filter((g) => g.width === STATUS_LINES.confirmed.width);
    expect(confirmed.length).toBeGreaterThan(0);
    expect(new Set(all.lines.map((g) => `${g.color}${g.width}${g.dash}${g.disputed}`)).size).toBe(
      all.lines.length,
    );
  });

  it('follows a filter: hidden relations are not painted', () => {
    const { dataset, store } = mount();
    const type = dataset.relationTypes[0]!.id;
    const ofType = dataset.relations.filter((r) => r.type === type).length;
    store.getState().toggleType(type);
    expect(segmentsOf(scene())).toBe(dataset.relations.length - ofType);
    const hiddenRelations = dataset.relations.filter((r) =>
      graph.contents.isHidden(relationElementId(r.id)),
    );
    expect(hiddenRelations.length).toBe(ofType);
    // …without restyling thousands of relations in Cytoscape.
    expect(cy.edges('.hidden').length).toBe(0);
    // Hiding actors: listed too, not painted (and their relations with them).
    const kind = dataset.actorKinds[0]!.id;
    store.getState().toggleKind(kind);
    const ofKind = dataset.actors.filter((a) => a.kind === kind).length;
    const hiddenActors = dataset.actors.filter((a) =>
      graph.contents.isHidden(actorElementId(a.id)),
    );
    expect(hiddenActors.length).toBe(ofKind);
    expect(cy.nodes('.hidden').length).toBe(0);
    expect(centresOf(scene())).toBe(dataset.actors.length - ofKind);
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
    const marked = () => collectScene(graph.contents, everywhere, { marks: true }).marks;
    expect(marked().length / 2).toBe(matches);
    // Snapshots leave marks of the moment out.
    expect(scene().marks).toEqual([]);
    store.getState().setSearchQuery('');
    expect(marked()).toEqual([]);
  });

  it('treats a filtered relation as nothing to point at or click', () => {
    const { dataset, store } = mount();
    const { pointRelation } = events(store);
    const relation = dataset.relations[0]!;
    const id = relationElementId(relation.id);
    const a = at(actorElementId(relation.source));
    const b = at(actorElementId(relation.target));
    const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    expect(relationAt(scene(), mid.x, mid.y, 0.5)).toBe(id);
    // On Cytoscape (hovered) it answers a click…
    pointRelation(id);
    const lifted = cy.getElementById(id);
    lifted.emit('tap');
    expect(store.getState().selection).toEqual({ kind: 'relations', ids: [relation.id] });
    // …filtered out, its line is no longer there to point at, and a click on it clears.
    store.getState().toggleType(relation.type);
    expect(relationAt(scene(), mid.x, mid.y, 0.5)).not.toBe(id);
    lifted.emit('tap');
    expect(store.getState().selection).toBeNull();
  });

  it('puts the "who says so" claims on the middle of relations the overview paints', () => {
    overviewGraph();
    const dataset = generateDataset({ actors: 1500, relations: 4200, evidenced: 0, seed: 3 });
    const relation = dataset.relations[0]!;
    relation.assertedBy = [dataset.actors[9]!.id];
    const store = createGraphStore(dataset, 'big');
    bindGraphToStore(graph, store);
    store.getState().setViewMode('attribution');
    const claim = cy.nodes('.claim')[0]!;
    const a = at(actorElementId(relation.source));
    const b = at(actorElementId(relation.target));
    expect(claim.position()).toEqual({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
  });

  it('follows an edit of the relations alone: a deleted relation is neither painted nor held', () => {
    const { dataset, store } = mount();
    const { pointRelation } = events(store);
    const relation = dataset.relations[0]!;
    const id = relationElementId(relation.id);
    pointRelation(id); // hovered: on Cytoscape
    expect(cy.getElementById(id).nonempty()).toBe(true);
    store.getState().edit((d) => deleteRelation(d, relation.id));
    expect(graph.contents.ends(id)).toBeNull();
    expect(cy.getElementById(id).empty()).toBe(true);
    expect(segmentsOf(scene())).toBe(dataset.relations.length - 1);
  });

  it('takes a relation off Cytoscape when the filters hide it, whatever kept it', () => {
    const { dataset, store } = mount();
    const relation = dataset.relations[0]!;
    const id = relationElementId(relation.id);
    graph.contents.keep('detail', [id]);
    cy.getElementById(id).addClass('detail');
    expect(cy.getElementById(id).style('opacity')).toBe('1');
    store.getState().toggleType(relation.type);
    expect(cy.getElementById(id).empty()).toBe(true);
    store.getState().toggleType(relation.type);
    expect(cy.getElementById(id).nonempty()).toBe(true);
  });

  it('leaves a dragged actor and its relations to Cytoscape while it moves, and takes them back after', () => {
    const { dataset } = mount();
    const drag = bindDrag(graph, () => {});
    const painted = () => collectScene(graph.contents, everywhere, { skip: drag.dragged() });
    const actor = dataset.actors[0]!;
    point(actorElementId(actor.id)); // grabbed where the pointer kept it
    const node = cy.getElementById(actorElementId(actor.id));
    const around = dataset.relations.filter((r) => r.source === actor.id || r.target === actor.id);
    expect(around.length).toBeGreaterThan(0);
    node.emit('drag');
    point(null); // the pointer moves on: the dragged actor stays
    // On Cytoscape, drawn (opacity 1), following the actor as it moves…
    const edges = around.map((r) => cy.getElementById(relationElementId(r.id)));
    expect(edges.every((e) => e.nonempty() && e.style('opacity') === '1')).toBe(true);
    // …and out of the overview's picture: no stale copy left where the actor was.
    const during = painted();
    expect(centresOf(during)).toBe(dataset.actors.length - 1);
    expect(segmentsOf(during)).toBe(dataset.relations.length - around.length);
    expect(onStage(actorElementId(actor.id))).toBe(true);
    node.emit('free');
    expect(cy.elements().length).toBe(0);
    const after = painted();
    expect(centresOf(after)).toBe(dataset.actors.length);
    expect(segmentsOf(after)).toBe(dataset.relations.length);
  });

  it('ends a drag whose actor is taken away mid-way (an undo), so it can be dragged again', () => {
    const { dataset, store } = mount();
    bindDrag(graph, () => {});
    const actor = dataset.actors[0]!;
    const id = actorElementId(actor.id);
    point(id);
    cy.getElementById(id).emit('drag');
    // The actor goes (its deletion), and comes back (undo): shown again, and draggable again.
    store.getState().edit((d) => ({ ...d, actors: d.actors.filter((a) => a.id !== actor.id) }));
    store.getState().edit(() => dataset);
    expect(centresOf(scene())).toBe(dataset.actors.length);
    point(null);
    point(id);
    cy.getElementById(id).emit('drag');
    expect(cy.edges('.dragged').length).toBeGreaterThan(0);
  });

  it('paints only what meets the view', () => {
    const { dataset } = mount();
    const p = at(actorElementId(dataset.actors[0]!.id));
    const near = collectScene(graph.contents, {
      x1: p.x - 1,
      y1: p.y - 1,
      x2: p.x + 1,
      y2: p.y + 1,
    });
    expect(centresOf(near)).toBeGreaterThanOrEqual(1);
    expect(centresOf(near)).toBeLessThan(dataset.actors.length / 10);
    expect(segmentsOf(near)).toBeLessThan(dataset.relations.length / 10);
  });
});

describe('a snapshot in the overview mode', () => {
  it('takes from Cytoscape only what the screen draws in full, with the actors its relations join', () => {
    const graph = headlessGraph('canvas');
    const dataset = generateDataset({ actors: 1500, relations: 4200, evidenced: 0, seed: 3 });
    const store = createGraphStore(dataset, 'big');
    bindGraphToStore(graph, store);
    const { cy } = graph;
    const [detail, hovered] = [dataset.relations[0]!, dataset.relations[7]!];
    graph.contents.keep('detail', [relationElementId(detail.id)]);
    graph.contents.keep('hovered', [relationElementId(hovered.id)]);
    cy.getElementById(relationElementId(detail.id)).addClass('detail');
    cy.getElementById(relationElementId(hovered.id)).addClass('hovered'); // of the moment
    graph.contents.keep('pointer', [actorElementId(dataset.actors[5]!.id)]); // of the moment too
    const drawn = drawnInFullIds(graph, highlightIds(store.getState(), cy));
    expect([...drawn].sort()).toEqual(
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
          sources: 1,
          segments: [0, 0, 10, 0, 0, 5, 10, 5],
          ids: ['r:a', 'r:b'],
        },
      ],
      dots: [
        { color: '#00f', shape: 'diamond', size: 30, centres: [0, 0, 10, 0], ids: ['a:a', 'a:b'] },
      ],
      marks: [] as number[],
    };
    paintOverview(ctx, scene, { zoom: 1, pan: { x: 0, y: 0 }, ratio: 1 });
    expect(calls.filter((c) => c.startsWith('stroke(')).length).toBe(2); // lines, borders
    expect(calls).toContain('setLineDash(10,6)');
    expect(calls).toContain('lineWidth=2.5');
    expect(calls.filter((c) => c.startsWith('moveTo(')).length).toBe(4); // 2 lines, 2 diamonds
    calls.length = 0;
    // Zoomed far out a dash would be under a pixel: the line is drawn solid.
    paintOverview(ctx, scene, { zoom: 0.05, pan: { x: 0, y: 0 }, ratio: 1 });
    expect(calls).not.toContain('setLineDash(10,6)');
    // A disputed claim with two independent sources: outline and core wider, like any line.
    calls.length = 0;
    const disputed = { ...scene.lines[0]!, disputed: true, sources: 2 };
    paintOverview(ctx, { ...scene, lines: [disputed] }, { zoom: 1, pan: { x: 0, y: 0 }, ratio: 1 });
    expect(calls).toContain(`lineWidth=${3 * 1.7 + 4}`);
    expect(calls).toContain(`lineWidth=${3 * 1.7}`);
  });
});
