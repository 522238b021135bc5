/**
 * An element laid over (or under) Cytoscape's canvas: absolutely placed, hidden from assistive
 * technology (the relations table is the graph's accessible twin), letting the pointer through
 * to the graph.
 */
export function overlay<K extends 'div' | 'canvas'>(
  tag: K,
  className: string,
  style: Partial<CSSStyleDeclaration>,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.className = className;
  element.setAttribute('aria-hidden', 'true');
  Object.assign(element.style, { position: 'absolute', pointerEvents: 'none', ...style });
  return element;
}
