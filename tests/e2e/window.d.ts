/* What the app and the browser tests put on `window` for automation. */
interface Window {
  __actorGraphCy: import('cytoscape').Core;
  clipboardWrites: string[];
  cspViolations: string[];
}
