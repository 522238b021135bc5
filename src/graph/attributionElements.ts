import type { ElementDefinition } from 'cytoscape';
import type { VisibleGraph } from '../model/filter';
import { assertionChains } from '../model/corroboration';
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
 * The "who says so" view: for every visible relation with `assertedBy` (its own or its
 * quotes'), a claim node on the relation and chains of edges from the farthest sources to the claim (e.g. US government
 * sources → media → claim). Claims resting on one anonymous source become visible as such.
 */
export function attributionElements(
  dataset: Dataset,
  visible: VisibleGraph,
  words: AttributionWords,
): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  for (const r of visible.relations) {
    const chains = assertionChains(r)
      .map((chain) => chain.filter((a) => visible.actorIds.has(a)))
      .filter((chain) => chain.length);
    if (!chains.length) continue;
    const roots = [...new Set(chains.map((chain) => chain[chain.length - 1]!))];
    out.push({
      group: 'nodes',
      classes: 'claim',
      data: {
        id: claimNodeId(r.id),
        relation: relationElementId(r.id),
        label: words.claim(r.id, roots.map(words.actor).join(', ')),
      },
    });
    // Chains through the same actors share their edges: officials → Reuters → claim and
    // officials → CNN → claim draw officials once.
    const drawn = new Set<string>();
    let step = 0;
    for (const chain of chains)
      chain.forEach((actor, i) => {
        const target = i === 0 ? claimNodeId(r.id) : actorElementId(chain[i - 1]!);
        const key = `${actor}>${target}`;
        if (drawn.has(key)) return;
        drawn.add(key);
        out.push({
          group: 'edges',
          classes: 'assertion',
          data: {
            id: assertionEdgeId(r.id, step++),
            source: actorElementId(actor),
            target,
            label: i === 0 ? words.asserts : words.sourceFor,
          },
        });
      });
  }
  void dataset;
  return out;
}
