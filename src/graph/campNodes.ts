import type { ElementDefinition } from 'cytoscape';
import { campOfEnd, type CollapsedCamps } from '../model/metrics/collapse';
import { campColour } from '../store/actorMarks';
import type { DrawnGraph } from './drawnGraph';
import { actorElementId } from './ids';

/** Element ids of a collapsed camp's node and of its links. */
export const campElementId = (camp: number) => `k:${camp}`;
/** The camp a camp node's element id names, or null for any other element. */
export const campOfElementId = (id: string) => (id.startsWith('k:') ? Number(id.slice(2)) : null);
const isCampElementId = (id: string) => campOfElementId(id) !== null;
export const isCampLinkId = (id: string) => id.startsWith('kl:');

/** A camp node's size: growing with the root of its members, within reason. */
const campSize = (members: number) => Math.min(140, 34 + 6 * Math.sqrt(members));

/**
 * Collapsed camps drawn as one node each, at their members' centre, linked to the rest by one
 * edge per pair of ends that says how many relations it stands for. They live on Cytoscape in
 * every mode (a few hundred at most); the actors at their links' outer ends are kept there
 * too. Their members and relations are hidden by graphSync. Returns `{ update }`.
 */
export function bindCampNodes(graph: DrawnGraph) {
  let drawn: CollapsedCamps | null = null;
  return {
    /** Draws these camps (none: null); `again` after the elements were replaced. */
    update(
      collapsed: CollapsedCamps | null,
      label: (camp: CollapsedCamps['camps'][number]) => string,
      again = false,
    ) {
      if (collapsed === drawn && !again) return;
      drawn = collapsed;
      const { cy, contents } = graph;
      cy.batch(() => {
        cy.elements('.camp, .camp-link').remove();
        if (!collapsed) return contents.keep('camps', []);
        const positions = contents.positions();
        const end = (e: string) => {
          const camp = campOfEnd(e);
          return camp === null ? actorElementId(e) : campElementId(camp);
        };
        const outer = new Set<string>();
        for (const l of collapsed.links)
          for (const e of [end(l.from), end(l.to)]) if (!isCampElementId(e)) outer.add(e);
        // The outer ends must be on Cytoscape before an edge can reach them.
        contents.keep('camps', outer);
        const nodes: ElementDefinition[] = collapsed.camps.map((c) => {
          let [x, y, n] = [0, 0, 0];
          for (const m of c.members) {
            const p = positions.get(actorElementId(m));
            if (p) [x, y, n] = [x + p.x, y + p.y, n + 1];
          }
          return {
            group: 'nodes',
            data: {
              id: campElementId(c.id),
              label: label(c),
              color: campColour(c.id),
              shape: 'ellipse',
              size: campSize(c.size),
            },
            position: n ? { x: x / n, y: y / n } : { x: 0, y: 0 },
            classes: 'camp',
          };
        });
        const edges: ElementDefinition[] = collapsed.links
          .filter((l) => cy.hasElementWithId(end(l.from)) || isCampElementId(end(l.from)))
          .filter((l) => cy.hasElementWithId(end(l.to)) || isCampElementId(end(l.to)))
          .map((l, i) => ({
            group: 'edges',
            data: {
              id: `kl:${i}`,
              source: end(l.from),
              target: end(l.to),
              label: String(l.count),
              count: l.count,
              color: '#7a7a7a',
              status: 'reported',
            },
            classes: 'camp-link',
          }));
        cy.add(nodes);
        cy.add(edges);
      });
    },
  };
}
