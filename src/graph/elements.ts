import type { ElementDefinition } from 'cytoscape';
import { effectiveKind, type KindStyle, type TypeStyle } from '../model/appearance';
import type { Dataset, Relation } from '../model/schema';
import { statusOf, STATUS_WORDS } from '../model/status';
import { actorElementId, relationElementId } from './ids';

export interface Appearance {
  kinds: ReadonlyMap<string, KindStyle>;
  types: ReadonlyMap<string, TypeStyle>;
}

/** An edge's label names the status in words unless it is plainly "reported". */
export function relationLabel(relation: Relation, types: ReadonlyMap<string, TypeStyle>): string {
  const base = relation.label ?? types.get(relation.type)?.label ?? relation.type;
  const status = statusOf(relation);
  return status === 'reported' ? base : `${base} (${STATUS_WORDS[status].label})`;
}

/** Dataset → Cytoscape elements. Styling data is precomputed so the stylesheet stays declarative. */
export function toElements(dataset: Dataset, look: Appearance): ElementDefinition[] {
  const nodes: ElementDefinition[] = dataset.actors.map((actor) => {
    const kind = look.kinds.get(effectiveKind(look.kinds, actor.kind));
    return {
      group: 'nodes',
      data: {
        id: actorElementId(actor.id),
        label: actor.label,
        kind: kind?.id,
        color: kind?.color,
        shape: kind?.shape,
        ...(actor.parent ? { parent: actorElementId(actor.parent) } : {}),
      },
      ...(actor.position ? { position: { ...actor.position } } : {}),
    };
  });
  const edges: ElementDefinition[] = dataset.relations.map((relation) => {
    const type = look.types.get(relation.type);
    return {
      group: 'edges',
      data: {
        id: relationElementId(relation.id),
        source: actorElementId(relation.source),
        target: actorElementId(relation.target),
        label: relationLabel(relation, look.types),
        type: relation.type,
        color: type?.color ?? '#555555',
        status: statusOf(relation),
        directed: type?.directed ?? true,
      },
    };
  });
  return [...nodes, ...edges];
}
