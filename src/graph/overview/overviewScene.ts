import type { Core, NodeSingular } from 'cytoscape';
import { STATUS_LINES } from '../../model/statusStyle';
import type { StatusKey } from '../../model/status';
import { instanceState } from '../instanceState';
import { eachShownActor } from '../offstageActors';

/** Model-space rectangle (Cytoscape's `extent()`). */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Relations drawn alike: one stroke call for all their segments (x1, y1, x2, y2, …). */
export interface LineGroup {
  color: string;
  width: number;
  dash: readonly number[];
  disputed: boolean;
  segments: number[];
  /** The relation element id of each segment (for pointing at one). */
  ids: string[];
}

/** Actors drawn alike: one fill call for all their centres (x, y, …). */
export interface DotGroup {
  color: string;
  shape: string;
  centres: number[];
  /** The actor element id of each centre (for pointing at one). */
  ids: string[];
}

export interface OverviewScene {
  lines: LineGroup[];
  dots: DotGroup[];
  /** Centres (x, y, …) of shown search matches, when asked for (the screen, not a snapshot). */
  marks: number[];
  /** Elements left out because the filters hide them (or an actor they join). */
  hidden: Set<string>;
}

/** Node size in the large stylesheet (NODE_SHAPE): what a dot covers around its centre. */
export const DOT_SIZE = 30;

type Point = { x: number; y: number };

interface EdgeData {
  id: string;
  source: string;
  target: string;
  color?: string;
  status?: StatusKey;
  disputed?: boolean;
}

const inBox = (b: Box, x: number, y: number, pad: number) =>
  x >= b.x1 - pad && x <= b.x2 + pad && y >= b.y1 - pad && y <= b.y2 + pad;

/** Whether a segment may cross the box (its bounding box meets the box). */
const segmentMeets = (b: Box, x1: number, y1: number, x2: number, y2: number) =>
  Math.max(x1, x2) >= b.x1 &&
  Math.min(x1, x2) <= b.x2 &&
  Math.max(y1, y2) >= b.y1 &&
  Math.min(y1, y2) <= b.y2;

function group<T>(map: Map<string, T>, key: string, make: () => T): T {
  let g = map.get(key);
  if (!g) {
    g = make();
    map.set(key, g);
  }
  return g;
}

/**
 * What the overview draws of a large graph: the actors and the relations from their
 * definitions (offstage.ts) — so it follows whatever the app did: filters hide them, edits
 * recolour them, layouts and drags move them — grouped by look and cut to the view. Compound
 * parents and the "who says so" claim elements are left to Cytoscape.
 */
export function collectScene(cy: Core, view: Box, withMarks = false): OverviewScene {
  const lines = new Map<string, LineGroup>();
  const dots = new Map<string, DotGroup>();
  const hidden = new Set<string>();
  const { filtered, marked, dragging, hiddenActors } = instanceState(cy);
  const marks: number[] = [];
  const at = new Map<string, Point>();
  // Actors first: a relation is shown only if both its actors are.
  for (const id of hiddenActors) hidden.add(id);
  cy.nodes('.hidden').forEach((node) => void hidden.add(node.id()));
  // Compound groups and claims are left to Cytoscape (not visited), and so is an actor being
  // dragged, whose relations, missing its position here, are left to Cytoscape too.
  eachShownActor(cy, ({ id, position: p, data: d }) => {
    if (id === dragging) return;
    at.set(id, p);
    if (!inBox(view, p.x, p.y, DOT_SIZE)) return;
    if (withMarks && marked.has(id)) marks.push(p.x, p.y);
    const data = d as { color?: string; shape?: string };
    const color = data.color ?? '#999999';
    const shape = data.shape ?? 'ellipse';
    const g = group(dots, `${color}|${shape}`, () => ({ color, shape, centres: [], ids: [] }));
    g.centres.push(p.x, p.y);
    g.ids.push(id);
  });
  const paint = (data: EdgeData, a: Point, b: Point) => {
    if (!segmentMeets(view, a.x, a.y, b.x, b.y)) return;
    const color = data.color ?? '#555555';
    const line = STATUS_LINES[data.status ?? 'unspecified'] ?? STATUS_LINES.unspecified;
    const disputed = data.disputed === true;
    const g = group(lines, `${color}|${data.status}|${disputed}`, () => ({
      color,
      width: line.width,
      dash: line.dash,
      disputed,
      segments: [],
      ids: [],
    }));
    g.segments.push(a.x, a.y, b.x, b.y);
    g.ids.push(data.id);
  };
  // The relations, off Cytoscape's stage (offstage.ts): painted from their definitions.
  for (const def of instanceState(cy).offstage?.values() ?? []) {
    const data = def.data as EdgeData;
    const a = at.get(data.source);
    const b = at.get(data.target);
    if (filtered.has(data.id) || hidden.has(data.source) || hidden.has(data.target))
      hidden.add(data.id);
    else if (a && b) paint(data, a, b);
  }
  return { lines: [...lines.values()], dots: [...dots.values()], marks, hidden };
}

/** Whether the scene shows this actor on Cytoscape's stage: not hidden, nor in a hidden group. */
const actorShown = (node: NodeSingular): boolean =>
  !node.hasClass('hidden') &&
  (!node.isChild() || node.ancestors().every((a) => !(a as NodeSingular).hasClass('hidden')));

/**
 * Whether a restyled (or removed) node changes what the painted scene shows. An actor with a
 * definition is painted from it, lifted onto the stage or not: lifting one and taking it off
 * again — a pointer sweeping over a large graph — changes nothing painted. Nodes Cytoscape
 * alone holds (compound members, actors of a graph without definitions) change it when they go
 * or when the filters hide or show them.
 */
export function changesScene(cy: Core, node: NodeSingular, painted?: OverviewScene): boolean {
  if (instanceState(cy).actors?.has(node.id())) return false;
  return node.removed() || actorShown(node) === !!painted?.hidden.has(node.id());
}
