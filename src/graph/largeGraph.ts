import type { Core, SingularElementArgument } from 'cytoscape';
import { instanceState } from './instanceState';

/** Graphs up to this size get every label, arrow and curve; larger ones the lean treatment. */
export const LARGE_RELATIONS = 4000;
export const LARGE_ACTORS = 3000;

export const isLargeGraph = (actors: number, relations: number): boolean =>
  relations > LARGE_RELATIONS || actors > LARGE_ACTORS;

/** Whether the instance currently wears the large graphs' lean stylesheet. */
export const wearsLargeStyle = (cy: Core): boolean => instanceState(cy).large;

export const markLarge = (cy: Core, large: boolean): void => {
  instanceState(cy).large = large;
};

/** A large graph the overview paints (see overview/overviewLayer.ts). */
export const paintsOverview = (cy: Core): boolean =>
  instanceState(cy).large && instanceState(cy).overview;

/**
 * Whether the filters hide this element. On graphs Cytoscape draws alone all elements carry
 * the `hidden` class; on an overview-painted graph relations and actors are listed instead
 * (restyling tens of thousands of them took Cytoscape a second per filter click), and are
 * kept off its stage (offstage.ts).
 */
export const isFilteredOut = (cy: Core, ele: SingularElementArgument): boolean =>
  ele.hasClass('hidden') || listedHidden(cy, ele.id());

/** The same by id, for an actor or a relation on Cytoscape's stage or kept off it. */
export const isIdFilteredOut = (cy: Core, id: string): boolean =>
  listedHidden(cy, id) || cy.getElementById(id).hasClass('hidden');

const listedHidden = (cy: Core, id: string): boolean =>
  instanceState(cy).filtered.has(id) || instanceState(cy).hiddenActors.has(id);
