import type { Core } from 'cytoscape';
import { lift } from '../offstage';

/**
 * Lifts the actor under the pointer (an actor element id) onto Cytoscape's stage, and only
 * that one: kept off the stage, the overview paints it, but only Cytoscape answers a hover,
 * a click or a drag. Null when the pointer is on no actor.
 */
export function pointActor(cy: Core, id: string | null): void {
  lift(cy, 'pointed', id ? [id] : []);
}
