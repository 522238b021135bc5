import type { Core } from 'cytoscape';

/*
 * The screen's Cytoscape instance, for the few features that need it outside the canvas:
 * snapshots read its positions and viewport. Set on mount, cleared on unmount.
 */
let active: Core | null = null;

export const setActiveGraph = (cy: Core | null) => {
  active = cy;
};

export const getActiveGraph = (): Core | null => active;
