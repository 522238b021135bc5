/* What the app and the browser tests put on `window` for automation. */
interface Window {
  __actorGraphCy: import('cytoscape').Core;
  /** Every actor's position by element id, whether Cytoscape holds the actor or not. */
  __actorGraphPositions: () => Record<string, { x: number; y: number }>;
  __actorGraph: {
    store: import('zustand/vanilla').StoreApi<import('../../src/store/graphStore').GraphState>;
  };
  clipboardWrites: string[];
  cspViolations: string[];
}
