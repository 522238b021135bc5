import type { ElementDefinition } from 'cytoscape';
import type { VisibleGraph } from '../model/filter';
import type { Dataset } from '../model/schema';
import { actorElementId, relationElementId } from './ids';

export const claimNodeId = (relationId: string) => `c:${relationId}`;
export const assertionEdgeId = (relationId: string, step: number) => `as:${relationId}:${step}`;

/** The relation a derived attribution element belongs to, or null for ordinary elements. */
export function claimRelationOf(elementId: string): string | null {
  if (elementId.startsWith('c:')) return elementId.slice(2);
  if (elementId.startsWith('as:')) return elementId.slice(3, elementId.lastIndexOf(':'));
  return null;
}

export interface AttributionWords {
  claim: (relationId: string, root: string) => string;
  asserts: string;
  sourceFor: string;
  actor: (id: string) => string;
}

/**
 * The "who says so" view: for every visible relation with `assertedBy`, a claim node on the
 * relation and a chain of edges from the farthest source to the claim (e.g. US government
 * sources → media → claim). Claims resting on one anonymous source become visible as such.
 */
export function attributionElements(
  dataset: Dataset,
  visible: VisibleGraph,
  words: AttributionWords,
): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  for (const r of visible.relations) {
    const chain = (r.assertedBy ?? []).filter((a) => visible.actorIds.has(a));
    if (!chain.length) continue;
    const root = chain[chain.length - 1]!;
    out.push({
      group: 'nodes',
      classes: 'claim',
      data: {
        id: claimNodeId(r.id),
        relation: relationElementId(r.id),
        label: words.claim(r.id, words.actor(root)),
      },
    });
    chain.forEach((actor, i) => {
      out.push({
        group: 'edges',
        classes: 'assertion',
        data: {
          id: assertionEdgeId(r.id, i),
          source: actorElementId(actor),
          target: i === 0 ? claimNodeId(r.id) : actorElementId(chain[i - 1]!),
          label: i === 0 ? words.asserts : words.sourceFor,
        },
      });
    });
  }
  void dataset;
  return out;
}
