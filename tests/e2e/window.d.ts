/* What the app and the browser tests put on `window` for automation. */
interface Window {
  __actorGraphCy: import('cytoscape').Core;
  __actorGraph: {
    store: import('zustand/vanilla').StoreApi<import('../../src/store/graphStore').GraphState>;
  };
  clipboardWrites: string[];
  cspViolations: string[];
}
