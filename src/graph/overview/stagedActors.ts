import type { Core } from 'cytoscape';
import { paintsOverview } from '../largeGraph';

/*
 * On an overview-painted graph Cytoscape keeps its actors undisplayed (`display: none`, see
 * the stylesheet's OVERVIEW_RULES): the overview paints them, and an undisplayed element
 * costs Cytoscape no geometry — no body, overlay and label boxes, no hit-testing — which
 * was a fifth of its memory per actor. An actor is displayed while something needs
 * Cytoscape to hold it in the picture: it is in detail, searched, grabbed, pointed at (so
 * Cytoscape answers its hover, click and drag), or an end of a relation on the stage
 * (Cytoscape draws no edge to an undisplayed node).
 */

/** The class of the actor under the pointer. */
export const POINTED = 'pointed';
/** The class of actors at the end of a relation on Cytoscape's stage. */
export const STAGED = 'staged';

const pointedActors = new WeakMap<Core, string>();

/** Displays the actor under the pointer (an actor element id), and only that one. */
export function pointActor(cy: Core, id: string | null): void {
  const was = pointedActors.get(cy) ?? null;
  if (was === id) return;
  cy.batch(() => {
    if (was) cy.getElementById(was).removeClass(POINTED);
    if (id) cy.getElementById(id).addClass(POINTED);
  });
  if (id) pointedActors.set(cy, id);
  else pointedActors.delete(cy);
}

/** Displays exactly the actors at the end of the relations on Cytoscape's stage. */
export function stageEnds(cy: Core): void {
  if (!paintsOverview(cy)) return;
  const want = cy.edges().connectedNodes();
  const have = cy.nodes(`.${STAGED}`);
  const drop = have.difference(want);
  const add = want.filter((n) => !n.hasClass(STAGED));
  if (drop.empty() && add.empty()) return;
  cy.batch(() => {
    drop.removeClass(STAGED);
    add.addClass(STAGED);
  });
}
