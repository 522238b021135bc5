import type { Core, EdgeSingular } from 'cytoscape';
import { labelBoxAlong, labelBoxBelow, quietLabels, type LabelBox } from './labelDeclutter';
import { isRelationFilteredOut } from './largeGraph';
import { liftRelations, relationEnds, relationsAround } from './offstage';

/**
 * Level of detail for large graphs (see LARGE_STYLESHEET): labels and arrowheads are drawn
 * only where they can be read — at a zoom where a 13 px label is at least 7 px tall, and for
 * at most a screenful of actors, the best connected first (as sigma.js does). Everything else
 * stays bare, which is what keeps a frame of 60,000 elements cheap.
 */
export const DETAIL_ZOOM = 0.55;
/**
 * Relations get arrowheads and their 10.5 px labels from where a label is 8 px tall. (Not
 * left to `min-zoomed-font-size`: Cytoscape judges it at the next power of two of the zoom,
 * so between 0.5 and 0.76 it drew 6 px relation labels nobody can read.)
 */
export const RELATION_DETAIL_ZOOM = 8 / 10.5;
export const MAX_DETAIL_ACTORS = 150;
export const MAX_DETAIL_RELATIONS = 400;
const DETAIL = 'detail';
const QUIET = 'quiet';
const DELAY_MS = 120;

export interface NodeSpot {
  id: string;
  x: number;
  y: number;
  degree: number;
  /** Its name: a name that would be drawn over another one, or over an actor, is left out. */
  label?: string;
}

export interface Extent {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The actors to label: inside the view, legible at this zoom, the best connected first, and
 * none whose name would cover another name or another actor (see labelDeclutter.ts).
 */
export function pickDetailActors(
  nodes: readonly NodeSpot[],
  extent: Extent,
  zoom: number,
  max = MAX_DETAIL_ACTORS,
): string[] {
  if (zoom < DETAIL_ZOOM) return [];
  const inView = nodes
    .filter((n) => n.x >= extent.x1 && n.x <= extent.x2 && n.y >= extent.y1 && n.y <= extent.y2)
    .sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Rendered pixels, as the stylesheet draws an actor and its name (NODE_SHAPE, NODE_LABEL).
  const at = (n: NodeSpot) => ({ x: (n.x - extent.x1) * zoom, y: (n.y - extent.y1) * zoom });
  const size = 30 * zoom;
  const bodies = inView.map((n) => {
    const { x, y } = at(n);
    return { id: n.id, x: x - size / 2, y: y - size / 2, w: size, h: size, rank: 0 };
  });
  const named = inView.slice(0, max * 3).map((n, i) => {
    const { x, y } = at(n);
    const label = n.label ?? '';
    return labelBoxBelow(n.id, label, { x, y: y + 5 * zoom }, size, 13 * zoom, 130 * zoom, -i);
  });
  const quiet = quietLabels(
    named.filter((b) => b.w > 0),
    bodies,
  );
  return inView
    .slice(0, max * 3)
    .filter((n) => !quiet.has(n.id))
    .slice(0, max)
    .map((n) => n.id);
}

/** A relation, on Cytoscape's stage or off it, neither filtered out nor joining an actor that is. */
function shownRelation(cy: Core, id: string): boolean {
  const ends = relationEnds(cy, id);
  return (
    !!ends &&
    !isRelationFilteredOut(cy, id) &&
    [ends.source, ends.target].every((end) => !cy.getElementById(end).hasClass('hidden'))
  );
}

/** Keeps the `detail` class on the picked actors and their shown relations, by diff. */
export function applyDetail(cy: Core, large: boolean): void {
  const want = new Set<string>();
  if (large && cy.zoom() >= DETAIL_ZOOM) {
    const spots: NodeSpot[] = [];
    const extent = cy.extent();
    cy.nodes().forEach((n) => {
      if (n.hasClass('hidden')) return;
      const p = n.position();
      if (p.x < extent.x1 || p.x > extent.x2 || p.y < extent.y1 || p.y > extent.y2) return;
      spots.push({
        id: n.id(),
        x: p.x,
        y: p.y,
        degree: relationsAround(cy, n.id()).length,
        label: String(n.data('label') ?? ''),
      });
    });
    const named = pickDetailActors(spots, extent, cy.zoom());
    for (const id of named) want.add(id);
    const actors = cy.zoom() >= RELATION_DETAIL_ZOOM ? named : [];
    let relations = 0;
    for (const id of actors) {
      for (const rel of relationsAround(cy, id)) {
        if (relations >= MAX_DETAIL_RELATIONS) break;
        if (want.has(rel) || !shownRelation(cy, rel)) continue;
        want.add(rel);
        relations++;
      }
    }
  }
  // Relations kept off Cytoscape come on stage to be drawn in detail.
  liftRelations(cy, DETAIL, want);
  const have = cy.elements(`.${DETAIL}`);
  cy.batch(() => {
    have.forEach((e) => {
      if (!want.has(e.id())) e.removeClass(DETAIL);
    });
    for (const id of want) cy.getElementById(id).addClass(DETAIL);
  });
  quietCrossingLabels(cy, [...want]);
}

/**
 * Relation labels in detail that would cover a name, a better placed relation label or an
 * actor stay quiet (names were placed without collisions by `pickDetailActors`).
 */
function quietCrossingLabels(cy: Core, detail: readonly string[]): void {
  const zoom = cy.zoom();
  const { x1, y1 } = cy.extent();
  const at = (p: { x: number; y: number }) => ({ x: (p.x - x1) * zoom, y: (p.y - y1) * zoom });
  const size = 30 * zoom;
  const boxes: LabelBox[] = [];
  const bodies: LabelBox[] = [];
  detail.forEach((id, i) => {
    const ele = cy.getElementById(id);
    if (ele.empty()) return;
    const label = String(ele.data('label') ?? '');
    if (ele.isNode()) {
      const p = at(ele.position());
      // Names first, in the order they were picked; then relations in theirs.
      const name = { x: p.x, y: p.y + 5 * zoom };
      boxes.push(labelBoxBelow(id, label, name, size, 13 * zoom, 130 * zoom, 2e9 - i));
      bodies.push({ id, x: p.x - size / 2, y: p.y - size / 2, w: size, h: size, rank: 0 });
    } else {
      const edge = ele as unknown as EdgeSingular;
      const ends = [at(edge.source().position()), at(edge.target().position())] as const;
      boxes.push(labelBoxAlong(id, label, ends[0], ends[1], 10.5 * zoom, 1e9 - i));
    }
  });
  const quiet = quietLabels(boxes, bodies);
  cy.batch(() => {
    cy.edges(`.${DETAIL}, .${QUIET}`).forEach((e) => {
      const q = quiet.has(e.id()) && e.hasClass(DETAIL);
      if (e.hasClass(QUIET) !== q) e.toggleClass(QUIET, q);
    });
  });
}

/** Re-picks the detail shortly after the view stops moving. */
export function bindLevelOfDetail(cy: Core, isLarge: () => boolean): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => applyDetail(cy, isLarge()), DELAY_MS);
  };
  cy.on('viewport', schedule);
  return () => {
    clearTimeout(timer);
    cy.off('viewport', schedule);
  };
}
