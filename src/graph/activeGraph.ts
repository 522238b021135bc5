import type { DrawnGraph } from './drawnGraph';

/*
 * The graph on screen, for the few features that need it outside the canvas (snapshots, saving
 * a layout, automation). Set on mount, cleared on unmount.
 */
let active: DrawnGraph | null = null;

export const setActiveGraph = (graph: DrawnGraph | null) => {
  active = graph;
};

export const getActiveGraph = (): DrawnGraph | null => active;
