import type { Point } from '../../model/geometry';
/**
 * Labels that would be drawn over each other are not drawn: Cytoscape has no label collision
 * of its own, and a highlight two steps around a hub, or a zoomed-in view, puts dozens of
 * names on top of each other. As sigma.js does, the most important label is placed first and
 * any later one that would overlap a placed label is left out (decluttered).
 */
export interface LabelBox {
  id: string;
  /** Rendered pixels: left, top, width, height. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Higher first; ties by id, so the same view always labels the same actors. */
  rank: number;
}

const CELL = 64;

const overlaps = (a: LabelBox, b: LabelBox) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

function cellsOf(box: LabelBox): string[] {
  const out: string[] = [];
  for (let cx = Math.floor(box.x / CELL); cx <= Math.floor((box.x + box.w) / CELL); cx++)
    for (let cy = Math.floor(box.y / CELL); cy <= Math.floor((box.y + box.h) / CELL); cy++)
      out.push(`${cx},${cy}`);
  return out;
}

/**
 * The ids whose labels would be crowded out (declutter them), placing the others by rank (a grid keeps it linear).
 * `obstacles` — the nodes themselves, drawn over labels — crowd out any label they cover but
 * their own node's.
 */
export function crowdedLabels(
  boxes: readonly LabelBox[],
  obstacles: readonly LabelBox[] = [],
): Set<string> {
  const byRank = [...boxes].sort(
    (a, b) => b.rank - a.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const placed = new Map<string, LabelBox[]>();
  const place = (box: LabelBox, cells: string[]) => {
    for (const cell of cells) {
      const list = placed.get(cell);
      if (list) list.push(box);
      else placed.set(cell, [box]);
    }
  };
  for (const obstacle of obstacles) place(obstacle, cellsOf(obstacle));
  const crowded = new Set<string>();
  for (const box of byRank) {
    const cells = cellsOf(box);
    const covered = (other: LabelBox) =>
      other !== box && other.id !== box.id && overlaps(other, box);
    if (cells.some((cell) => placed.get(cell)?.some(covered))) crowded.add(box.id);
    else place(box, cells);
  }
  return crowded;
}

/** How an actor and its name are drawn, in rendered pixels. */
export interface ActorLook {
  node: number;
  font: number;
  maxWidth: number;
  margin: number;
}

/** An actor's body, and the box of its name below it, at a centre in rendered pixels. */
export function actorBoxes(
  id: string,
  label: string,
  centre: Point,
  look: ActorLook,
  rank: number,
): { body: LabelBox; name: LabelBox } {
  const r = look.node / 2;
  const below = { x: centre.x, y: centre.y + look.margin };
  return {
    body: { id, x: centre.x - r, y: centre.y - r, w: look.node, h: look.node, rank: 0 },
    name: labelBoxBelow(id, label, below, look.node, look.font, look.maxWidth, rank),
  };
}

/**
 * Where a node's label is drawn, roughly (below the node, wrapped at `maxWidth`), in rendered
 * pixels: close enough to tell which labels would collide.
 */
export function labelBoxBelow(
  id: string,
  label: string,
  centre: Point,
  nodeSize: number,
  fontPx: number,
  maxWidth: number,
  rank: number,
): LabelBox {
  const natural = label.length * fontPx * 0.58;
  const w = Math.min(natural, maxWidth);
  const lines = Math.max(1, Math.ceil(natural / maxWidth));
  return { id, x: centre.x - w / 2, y: centre.y + nodeSize / 2, w, h: lines * fontPx * 1.3, rank };
}

/**
 * Where a relation's label is drawn, roughly: centred on the line's middle and turned along it
 * (as `text-rotation: autorotate` draws it), as the upright box around the turned text.
 */
export function labelBoxAlong(
  id: string,
  label: string,
  from: Point,
  to: Point,
  fontPx: number,
  rank: number,
): LabelBox {
  const w = label.length * fontPx * 0.58;
  const h = fontPx * 1.3;
  const angle = Math.atan2(to.y - from.y, to.x - from.x);
  const cos = Math.abs(Math.cos(angle));
  const sin = Math.abs(Math.sin(angle));
  const halfW = (cos * w + sin * h) / 2;
  const halfH = (sin * w + cos * h) / 2;
  const mid = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
  return { id, x: mid.x - halfW, y: mid.y - halfH, w: 2 * halfW, h: 2 * halfH, rank };
}
