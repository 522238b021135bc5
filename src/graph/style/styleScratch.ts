import type { Core, SingularElementArgument } from 'cytoscape';

/**
 * Cytoscape keeps, on every element, the scratch it hashes the element's style into: one
 * two-number array per property group (about twenty), read only while the hashes are made
 * (`updateStyleHints`, Cytoscape 3.35) and rebuilt from nothing each time. That is about
 * 1.2 KB per element kept for nothing — 6 MB of a 5,000-actor graph's heap. Handing every
 * element one shared scratch object before the hashes are made keeps the hashes the same and
 * drops the copies. The prototype is shared by every instance, so once is enough.
 */
interface StyleInternals {
  updateStyleHints?: (this: unknown, ele: SingularElementArgument) => boolean;
}
interface ElementInternals {
  _private: { styleKeys: object };
}

const PATCHED = Symbol('actor-graph:shared style scratch');
const scratch = {};

export function shareStyleScratch(cy: Core): void {
  const style: unknown = cy.style();
  if (!style) return; // a headless instance without styles hashes nothing
  const proto = Object.getPrototypeOf(style) as StyleInternals & { [PATCHED]?: true };
  const original = proto.updateStyleHints;
  // Another Cytoscape may hash differently: then it keeps its own way.
  if (typeof original !== 'function' || proto[PATCHED]) return;
  proto[PATCHED] = true;
  proto.updateStyleHints = function (ele) {
    (ele as unknown as ElementInternals)._private.styleKeys = scratch;
    return original.call(this, ele);
  };
}
