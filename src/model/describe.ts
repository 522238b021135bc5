import type { GraphIndex } from './graphIndex';
import type { Relation, RelationType } from './schema';

export const actorLabel = (index: GraphIndex, id: string) => index.actors.get(id)?.label ?? id;

export function relationVerb(
  relation: Relation,
  types: ReadonlyMap<string, Pick<RelationType, 'label'>>,
) {
  return relation.label ?? types.get(relation.type)?.label ?? relation.type;
}

/** "Russia requests military aid from China": how a relation reads in lists and links. */
export function describeRelation(
  index: GraphIndex,
  types: ReadonlyMap<string, Pick<RelationType, 'label'>>,
  relation: Relation,
): string {
  return `${actorLabel(index, relation.source)} ${relationVerb(relation, types)} ${actorLabel(index, relation.target)}`;
}
