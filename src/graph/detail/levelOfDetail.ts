import type { DrawnGraph } from '../drawnGraph';
import type { Box, Point } from '../../model/geometry';
import { lookAt, setDecluttered } from '../highlight/legibleHighlight';
import { ACTOR_LOOK, CLASSES, RELATION_FONT } from '../style/look';
import { actorBoxes, crowdedLabels, labelBoxAlong } from './labelDeclutter';

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
const DETAIL = CLASSES.detail;
const DELAY_MS = 120;

export interface NodeSpot {
  id: string;
  x: number;
  y: number;
  degree: number;
  /** Its name: a name that would be drawn over another one, or over an actor, is left out. */
  label?: string;
}

/** Where an actor is drawn at this zoom, in rendered pixels (up to a shift of the view). */
const drawnAt = (p: Point, zoom: number) => ({ x: p.x * zoom, y: p.y * zoom });

/**
 * The actors to label: inside the view, legible at this zoom, the best connected first, and
 * none whose name would cover another name or another actor (see labelDeclutter.ts).
 */
export function pickDetailActors(
  nodes: readonly NodeSpot[],
  extent: Box,
  zoom: number,
  max = MAX_DETAIL_ACTORS,
): string[] {
  if (zoom < DETAIL_ZOOM) return [];
  const look = lookAt(ACTOR_LOOK, zoom);
  const actors = nodes
    .filter((n) => n.x >= extent.x1 && n.x <= extent.x2 && n.y >= extent.y1 && n.y <= extent.y2)
    .sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((n, i) => actorBoxes(n.id, n.label ?? '', drawnAt(n, zoom), look, -i));
  const candidates = actors.slice(0, max * 3);
  const crowded = crowdedLabels(
    candidates.map((a) => a.name).filter((name) => name.w > 0),
    actors.map((a) => a.body),
  );
  return candidates
    .filter((a) => !crowded.has(a.name.id))
    .slice(0, max)
    .map((a) => a.name.id);
}

/**
 * Keeps the `detail` class on the picked actors and their shown relations, by diff. Only the
 * lean drawing (a large graph) has level of detail: a graph drawn in full labels everything.
 */
export function applyDetail(graph: DrawnGraph): void {
  const { cy, contents } = graph;
  const want = new Set<string>();
  const spots: NodeSpot[] = [];
  let named: string[] = [];
  const relations: string[] = [];
  if (graph.mode !== 'full' && cy.zoom() >= DETAIL_ZOOM) {
    const extent = cy.extent();
    contents.eachShownActor(({ id, position: p, data }) => {
      if (p.x < extent.x1 || p.x > extent.x2 || p.y < extent.y1 || p.y > extent.y2) return;
      spots.push({
        id,
        x: p.x,
        y: p.y,
        degree: contents.relationsAround(id).length,
        label: String(data.label ?? ''),
      });
    });
    named = pickDetailActors(spots, extent, cy.zoom());
    for (const id of named) want.add(id);
    const actors = cy.zoom() >= RELATION_DETAIL_ZOOM ? named : [];
    for (const id of actors) {
      for (const rel of contents.relationsAround(id)) {
        if (relations.length >= MAX_DETAIL_RELATIONS) break;
        if (want.has(rel) || contents.isHidden(rel)) continue;
        const ends = contents.ends(rel);
        if (!ends || contents.isHidden(ends.source) || contents.isHidden(ends.target)) continue;
        want.add(rel);
        relations.push(rel);
      }
    }
  }
  // What is drawn in detail must be on Cytoscape.
  contents.keep(DETAIL, want);
  const have = cy.elements(`.${DETAIL}`);
  cy.batch(() => {
    have.forEach((e) => {
      if (!want.has(e.id())) e.removeClass(DETAIL);
    });
    for (const id of want) cy.getElementById(id).addClass(DETAIL);
  });
  declutterCrossingLabels(graph, spots, named, relations);
}

/**
 * Relation labels in detail that would cover a name, a relation label placed before them or
 * an actor in view are decluttered (the names themselves were placed by `pickDetailActors`).
 */
function declutterCrossingLabels(
  graph: DrawnGraph,
  spots: readonly NodeSpot[],
  named: readonly string[],
  relations: readonly string[],
): void {
  const { cy } = graph;
  const zoom = cy.zoom();
  const look = lookAt(ACTOR_LOOK, zoom);
  const label = (id: string) => String(cy.getElementById(id).data('label') ?? '');
  // Names first, in the order they were picked; then relations in theirs.
  const names = named.map((id, i) => {
    const centre = drawnAt(cy.getElementById(id).position(), zoom);
    return actorBoxes(id, label(id), centre, look, 2e9 - i).name;
  });
  const lines = relations.flatMap((id, i) => {
    const edge = cy.getElementById(id);
    if (edge.empty()) return [];
    const ends = [edge.source(), edge.target()].map((n) => drawnAt(n.position(), zoom));
    return [labelBoxAlong(id, label(id), ends[0]!, ends[1]!, RELATION_FONT * zoom, 1e9 - i)];
  });
  const bodies = spots.map((n) => actorBoxes(n.id, '', drawnAt(n, zoom), look, 0).body);
  setDecluttered(
    cy,
    cy.edges(`.${DETAIL}, .${CLASSES.decluttered}`),
    crowdedLabels([...names, ...lines], bodies),
  );
}

/** Re-picks the detail shortly after the view stops moving. */
export function bindLevelOfDetail(graph: DrawnGraph): () => void {
  const { cy } = graph;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => applyDetail(graph), DELAY_MS);
  };
  cy.on('viewport', schedule);
  return () => {
    clearTimeout(timer);
    cy.off('viewport', schedule);
  };
}
