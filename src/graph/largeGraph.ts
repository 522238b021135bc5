import type { Core } from 'cytoscape';
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
