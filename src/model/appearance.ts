import { categoricalColor } from './palette';
import type { Dataset, NodeShape } from './schema';
import { NODE_SHAPES } from './vocabulary';

export const UNKNOWN_KIND = '__unknown__';

export interface KindStyle {
  id: string;
  color: string;
  shape: NodeShape;
}

export interface TypeStyle {
  id: string;
  color: string;
  directed: boolean;
}

/**
 * Fills in colours and shapes the dataset leaves open, so any dataset draws with
 * distinguishable categories. Explicit colours are kept and never handed out twice.
 */
function fillColors<T extends { color?: string }>(items: readonly T[]): string[] {
  const taken = new Set(items.flatMap((i) => (i.color ? [i.color.toLowerCase()] : [])));
  let next = 0;
  return items.map((item) => {
    if (item.color) return item.color;
    let c = categoricalColor(next++);
    while (taken.has(c.toLowerCase())) c = categoricalColor(next++);
    taken.add(c.toLowerCase());
    return c;
  });
}

export function kindStyles(dataset: Dataset): Map<string, KindStyle> {
  const colors = fillColors(dataset.actorKinds);
  const styles = new Map<string, KindStyle>();
  dataset.actorKinds.forEach((kind, i) => {
    styles.set(kind.id, {
      id: kind.id,
      color: colors[i] ?? '#888888',
      shape: kind.shape ?? NODE_SHAPES[i % NODE_SHAPES.length] ?? 'ellipse',
    });
  });
  if (dataset.actors.some((a) => !styles.has(a.kind))) {
    styles.set(UNKNOWN_KIND, {
      id: UNKNOWN_KIND,
      color: '#9e9e9e',
      shape: 'ellipse',
    });
  }
  return styles;
}

export function typeStyles(dataset: Dataset): Map<string, TypeStyle> {
  const colors = fillColors(dataset.relationTypes);
  return new Map(
    dataset.relationTypes.map((type, i) => [
      type.id,
      { id: type.id, color: colors[i] ?? '#555555', directed: type.directed },
    ]),
  );
}

/** The kind an actor is drawn as: its own when declared, otherwise "unknown". */
export function effectiveKind(kinds: ReadonlyMap<string, KindStyle>, kind: string): string {
  return kinds.has(kind) ? kind : UNKNOWN_KIND;
}
