import type { ElementDefinition } from 'cytoscape';
import { effectiveKind, type KindStyle, type TypeStyle } from '../model/appearance';
import type { Labels } from '../model/labels';
import type { Dataset, Relation } from '../model/schema';
import { statusOf, type StatusKey } from '../model/status';
import { actorElementId, relationElementId } from './ids';
import { RELATION_FALLBACK_COLOR } from './style/look';

export interface Appearance {
  kinds: ReadonlyMap<string, KindStyle>;
  types: ReadonlyMap<string, TypeStyle>;
}

/** The words the graph draws, in the current language. */
export interface GraphWords {
  labels: Labels;
  status: (status: StatusKey) => string;
  disputedBadge: string;
}

/** Ids of relations that some other relation disputes. */
export function disputedIds(dataset: Dataset): Set<string> {
  return new Set(dataset.relations.flatMap((r) => (r.disputes ? [r.disputes] : [])));
}

/**
 * An edge's label: its wording, the status in words unless plainly "reported", and a
 * badge when another relation disputes it — so none of it rests on colour or line style.
 */
export function relationLabel(relation: Relation, words: GraphWords, disputed: boolean): string {
  const status = statusOf(relation);
  const base = words.labels.verb(relation);
  // "reported" is the plain case and "unspecified" says nothing: neither is spelled out.
  const plain = status === 'reported' || status === 'unspecified';
  const withStatus = plain ? base : `${base} (${words.status(status)})`;
  return disputed ? `${withStatus} ${words.disputedBadge}` : withStatus;
}

/** Labels of every element, for a language switch that changes nothing else. */
export function elementLabels(
  dataset: Dataset,
  words: GraphWords,
  disputed: ReadonlySet<string> = disputedIds(dataset),
): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of dataset.actors) out.set(actorElementId(a.id), words.labels.actor(a.id));
  for (const r of dataset.relations) {
    out.set(relationElementId(r.id), relationLabel(r, words, disputed.has(r.id)));
  }
  return out;
}

/** Dataset → Cytoscape elements. Styling data is precomputed so the stylesheet stays declarative. */
export function toElements(
  dataset: Dataset,
  look: Appearance,
  words: GraphWords,
  disputed: ReadonlySet<string> = disputedIds(dataset),
): ElementDefinition[] {
  const labels = elementLabels(dataset, words, disputed);
  // One string per actor id and per distinct label, shared by every relation that names it:
  // at 20,000 actors and 40,000 relations, copies made per relation cost megabytes.
  const actorIds = new Map(dataset.actors.map((a) => [a.id, actorElementId(a.id)]));
  const elementIdOf = (actorId: string) => actorIds.get(actorId) ?? actorElementId(actorId);
  const sameLabels = new Map<string, string>();
  const shared = (label: string | undefined) => {
    if (label === undefined) return label;
    const known = sameLabels.get(label);
    if (known !== undefined) return known;
    sameLabels.set(label, label);
    return label;
  };
  const nodes: ElementDefinition[] = dataset.actors.map((actor) => {
    const kind = look.kinds.get(effectiveKind(look.kinds, actor.kind));
    const id = elementIdOf(actor.id);
    return {
      group: 'nodes',
      data: {
        id,
        label: labels.get(id),
        kind: kind?.id,
        color: actor.color ?? kind?.color,
        // The colour to come back to when an appearance (camps) has recoloured the actor.
        kindColor: actor.color ?? kind?.color,
        shape: kind?.shape,
        ...(actor.parent ? { parent: elementIdOf(actor.parent) } : {}),
      },
      ...(actor.position ? { position: { ...actor.position } } : {}),
    };
  });
  const edges: ElementDefinition[] = dataset.relations.map((relation) => {
    const type = look.types.get(relation.type);
    const id = relationElementId(relation.id);
    return {
      group: 'edges',
      data: {
        id,
        source: elementIdOf(relation.source),
        target: elementIdOf(relation.target),
        label: shared(labels.get(id)),
        type: relation.type,
        color: type?.color ?? RELATION_FALLBACK_COLOR,
        status: statusOf(relation),
        directed: type?.directed ?? true,
        disputed: disputed.has(relation.id),
      },
    };
  });
  return [...nodes, ...edges];
}
