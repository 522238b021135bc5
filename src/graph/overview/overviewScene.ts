import { STATUS_LINES, widthFor } from '../../model/statusStyle';
import type { StatusKey } from '../../model/status';
import type { GraphContents } from '../contents/contents';
import { inBox, type Box, type Point } from '../../model/geometry';
import { ACTOR_LOOK, RELATION_FALLBACK_COLOR } from '../style/look';

/** Relations drawn alike: one stroke call for all their segments (x1, y1, x2, y2, …). */
export interface LineGroup {
  color: string;
  width: number;
  dash: readonly number[];
  disputed: boolean;
  /** Independent sources, 1–3: a disputed claim's core is as wide as they make it. */
  sources: number;
  segments: number[];
  /** The relation element id of each segment (for pointing at one). */
  ids: string[];
}

/** Actors drawn alike: one fill call for all their centres (x, y, …). */
export interface DotGroup {
  color: string;
  shape: string;
  /** Width and height (graph units): the look's, or a measure's. */
  size: number;
  centres: number[];
  /** The actor element id of each centre (for pointing at one). */
  ids: string[];
}

/** What the overview paints of a graph, grouped by look and cut to a view. */
export interface OverviewScene {
  lines: LineGroup[];
  dots: DotGroup[];
  /** Centres (x, y, …) of shown search matches, when asked for (the screen, not a snapshot). */
  marks: number[];
}

/** What a dot covers around its centre: the actor's size in the stylesheet. */
export const DOT_SIZE = ACTOR_LOOK.node;
/** The largest a measure makes an actor (store/actorMarks.ts): how far a dot may reach. */
export const DOT_SIZE_MAX = 72;

/** Whether a segment may cross the box (its bounding box meets the box). */
const segmentMeets = (b: Box, a: Point, c: Point) =>
  Math.max(a.x, c.x) >= b.x1 &&
  Math.min(a.x, c.x) <= b.x2 &&
  Math.max(a.y, c.y) >= b.y1 &&
  Math.min(a.y, c.y) <= b.y2;

function group<T>(map: Map<string, T>, key: string, make: () => T): T {
  let g = map.get(key);
  if (!g) {
    g = make();
    map.set(key, g);
  }
  return g;
}

export interface SceneOptions {
  /** Ring the search matches (the screen; a snapshot leaves them out). */
  marks?: boolean;
  /** An actor Cytoscape draws itself for now (dragged): it and its relations are left out. */
  skip?: string | null;
}

/**
 * The scene of a view: every shown actor and relation from the contents — so it follows
 * whatever the app did: filters hide them, edits recolour them, layouts and drags move them —
 * grouped by look and cut to the view. Compound groups and the "who says so" claims are left
 * to Cytoscape.
 */
export function collectScene(
  contents: GraphContents,
  view: Box,
  { marks: withMarks = false, skip = null }: SceneOptions = {},
): OverviewScene {
  const lines = new Map<string, LineGroup>();
  const dots = new Map<string, DotGroup>();
  const matches = contents.searchMatches();
  const marks: number[] = [];
  const at = new Map<string, Point>();
  contents.eachShownActor(({ id, position: p, data: d }) => {
    if (id === skip) return;
    at.set(id, p);
    const size = (d.size as number | undefined) ?? DOT_SIZE;
    if (!inBox(view, p, size)) return;
    if (withMarks && matches.has(id)) marks.push(p.x, p.y);
    const color = (d.color as string | undefined) ?? ACTOR_LOOK.fallbackColor;
    const shape = (d.shape as string | undefined) ?? 'ellipse';
    const g = group(dots, `${color}|${shape}|${size}`, () => ({
      color,
      shape,
      size,
      centres: [],
      ids: [],
    }));
    g.centres.push(p.x, p.y);
    g.ids.push(id);
  });
  contents.eachShownRelation(({ id, source, target, data }) => {
    const a = at.get(source);
    const b = at.get(target);
    if (!a || !b || !segmentMeets(view, a, b)) return;
    const color = (data.color as string | undefined) ?? RELATION_FALLBACK_COLOR;
    const status = (data.status as StatusKey | undefined) ?? 'unspecified';
    const line = STATUS_LINES[status] ?? STATUS_LINES.unspecified;
    const disputed = data.disputed === true;
    const sources = (data.sources as number | undefined) ?? 1;
    const g = group(lines, `${color}|${status}|${disputed}|${sources}`, () => ({
      color,
      width: widthFor(status, sources),
      dash: line.dash,
      disputed,
      sources,
      segments: [],
      ids: [],
    }));
    g.segments.push(a.x, a.y, b.x, b.y);
    g.ids.push(id);
  });
  return { lines: [...lines.values()], dots: [...dots.values()], marks };
}
