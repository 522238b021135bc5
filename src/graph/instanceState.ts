import type { Core, ElementDefinition } from 'cytoscape';

/**
 * What the app remembers about a Cytoscape instance. Not `cy.scratch()`: writing the core's
 * scratch makes Cytoscape restyle every element (seconds on a large graph, and on every
 * viewport event when done while panning).
 */
export interface InstanceState {
  /** The view is fitted (refit on resize) until the user moves it. */
  fitted: boolean;
  /** A programmatic viewport change is under way: not the user moving the view. */
  busy: boolean;
  /** The instance wears the large graphs' lean stylesheet. */
  large: boolean;
  /** What the focus lens shows (large graphs). */
  lit: ReadonlySet<string>;
  /** The selection among them, always named. */
  litFocus: readonly string[];
  /** Large graphs are painted by the overview (the canvas renderer; not WebGL). */
  overview: boolean;
  /**
   * Relations hidden by the filters while the overview paints (see largeGraph.ts): kept
   * here instead of as a class, so hiding thousands costs Cytoscape no restyle.
   */
  filtered: ReadonlySet<string>;
  /** Actors the overview rings as search matches (listed, not classed, for the same reason). */
  marked: ReadonlySet<string>;
  /**
   * The relations of an overview-painted graph, by element id (see offstage.ts): only those
   * drawn in full are also Cytoscape elements. Null when Cytoscape holds every relation.
   */
  offstage: ReadonlyMap<string, ElementDefinition> | null;
  /**
   * The actors of an overview-painted graph, by element id, with their current positions
   * (see offstageActors.ts): only those Cytoscape must hold — pointed at, in detail, at the
   * end of a relation on its stage… — are also Cytoscape elements. Null when it holds every
   * actor.
   */
  actors: ReadonlyMap<string, ActorDefinition> | null;
  /** Actors hidden by the filters while their definitions are kept off the stage. */
  hiddenActors: ReadonlySet<string>;
  /** Actors Cytoscape holds whatever happens: compound groups and their members. */
  pinned: ReadonlySet<string>;
  /** Why elements are lifted into Cytoscape: reason → relation and actor element ids. */
  lifts: Map<string, ReadonlySet<string>>;
  /** Relation element ids around each actor element, built on first need. */
  around: Map<string, string[]> | null;
  /**
   * The actor being dragged on an overview-painted graph (see dragLift.ts): Cytoscape draws
   * it and its relations while it moves, the overview leaves them out.
   */
  dragging: string | null;
}

/** An actor kept off the stage: its element definition, always with a position. */
export interface ActorDefinition extends ElementDefinition {
  group: 'nodes';
  position: { x: number; y: number };
}

const states = new WeakMap<Core, InstanceState>();

export function instanceState(cy: Core): InstanceState {
  let state = states.get(cy);
  if (!state) {
    state = {
      fitted: true,
      busy: false,
      large: false,
      lit: new Set(),
      litFocus: [],
      overview: false,
      filtered: new Set(),
      marked: new Set(),
      offstage: null,
      actors: null,
      hiddenActors: new Set(),
      pinned: new Set(),
      lifts: new Map(),
      around: null,
      dragging: null,
    };
    states.set(cy, state);
  }
  return state;
}
