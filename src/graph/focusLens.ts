import cytoscape, {
  type Core,
  type ElementDefinition,
  type EventObject,
  type StylesheetJson,
} from 'cytoscape';
import { instanceState } from './instanceState';
import { legibleFocusStyle, quietCrowdedNames } from './legibleFocus';
import { isFilteredOut, isIdFilteredOut } from './largeGraph';
import { actorElement, offstageOf } from './offstage';
import { LARGE_STYLESHEET } from './stylesheet';

/** What covers the graph while a highlight is shown (also in snapshots of it). */
export const VEIL = 'rgba(255, 255, 255, 0.85)';
const TRANSIENT = new Set(['hidden', 'faded', 'detail', 'hovered', 'search-match']);

/**
 * The highlight of a large graph. Fading tens of thousands of elements costs Cytoscape
 * seconds of restyling and a full redraw; instead a translucent veil covers the graph and a
 * small second instance above it draws only the focus, on the main view's viewport. The main
 * canvas is not touched, and every click and hover goes through to it (the lens takes no
 * pointer events), so the graph behaves exactly as with a fade.
 */
export interface FocusLens {
  /**
   * Shows these main-instance elements above the veil, the `focused` ones marked as the
   * selection; an empty set lifts the veil.
   */
  show: (ids: ReadonlySet<string>, focused: readonly string[]) => void;
  destroy: () => void;
}

/** What the lens shows on this main instance (for snapshots, which fade the rest). */
export const litByLens = (main: Core): ReadonlySet<string> => instanceState(main).lit;

/** The lens's few elements make restyling on zoom cheap. */
const lensStyle = (zoom: number): StylesheetJson => [
  ...LARGE_STYLESHEET,
  ...legibleFocusStyle(zoom),
];

function copyOf(main: Core, ids: ReadonlySet<string>, focused: readonly string[]) {
  const out: ElementDefinition[] = [];
  const nodes = new Set<string>();
  const marks = (id: string) => ['highlighted', ...(focused.includes(id) ? ['focused'] : [])];
  const { actors } = instanceState(main);
  // Actors first, on stage or off (offstage.ts): a relation is copied only between them.
  for (const id of ids) {
    const e = main.getElementById(id);
    const def = actors?.get(id);
    if (e.empty() && def && !isIdFilteredOut(main, id)) {
      nodes.add(id);
      out.push(actorElement(def, marks(id)));
      continue;
    }
    if (e.empty() || isFilteredOut(main, e) || !e.isNode()) continue;
    nodes.add(id);
    const json = e.json() as ElementDefinition;
    out.push({
      group: 'nodes',
      data: json.data,
      position: { ...e.position() },
      classes: [...e.classes().filter((c) => !TRANSIENT.has(c)), ...marks(id)],
    });
  }
  const offstage = offstageOf(main);
  for (const id of ids) {
    if (nodes.has(id)) continue;
    const e = main.getElementById(id);
    const def = offstage?.get(id);
    if (e.empty() && def) {
      // A relation kept off Cytoscape: copied from its definition.
      const ends = [def.data.source as string, def.data.target as string];
      if (isIdFilteredOut(main, id) || !ends.every((end) => nodes.has(end))) continue;
      out.push({ group: 'edges', data: { ...def.data }, classes: marks(id) });
      continue;
    }
    if (e.empty() || isFilteredOut(main, e) || !e.isEdge()) continue;
    if (!(nodes.has(e.source().id()) && nodes.has(e.target().id()))) continue;
    out.push({
      group: 'edges',
      data: (e.json() as ElementDefinition).data,
      classes: [...e.classes().filter((c) => !TRANSIENT.has(c)), ...marks(id)],
    });
  }
  return out;
}

export function createFocusLens(main: Core): FocusLens {
  const host = main.container();
  let lens: Core | null = null;
  let layer: HTMLDivElement | null = null;
  let shown = false;

  let styledFor = 0;
  // Labels are sorted out again once the view has stopped moving, as level of detail does.
  let declutterTimer: ReturnType<typeof setTimeout> | undefined;
  const declutterSoon = () => {
    clearTimeout(declutterTimer);
    declutterTimer = setTimeout(
      () => lens && shown && quietCrowdedNames(lens, lens.nodes(), lens.zoom()),
      120,
    );
  };
  const follow = () => {
    if (!lens) return;
    const zoom = main.zoom();
    lens.viewport({ zoom, pan: { ...main.pan() } });
    if (Math.abs(zoom - styledFor) > styledFor * 0.05) {
      styledFor = zoom;
      lens.style(lensStyle(zoom));
    }
    declutterSoon();
  };
  const move = (event: EventObject) => {
    const node = lens?.getElementById(event.target.id());
    if (node && node.nonempty()) {
      node.position({ ...event.target.position() });
      declutterSoon();
    }
  };
  const resize = () => lens?.resize();
  const listen = (on: boolean) => {
    const method = on ? 'on' : 'off';
    main[method]('viewport', follow);
    main[method]('position', 'node', move);
    main[method]('resize', resize);
  };

  // Created on the first highlight and kept: later highlights only swap its few elements.
  const create = (into: HTMLElement): Core => {
    layer = document.createElement('div');
    layer.className = 'focus-lens';
    layer.setAttribute('aria-hidden', 'true');
    Object.assign(layer.style, {
      position: 'absolute',
      inset: '0',
      zIndex: '1',
      pointerEvents: 'none',
      background: VEIL,
    });
    into.appendChild(layer);
    return cytoscape({
      container: layer,
      style: lensStyle(main.zoom()),
      minZoom: main.minZoom(),
      maxZoom: main.maxZoom(),
      userZoomingEnabled: false,
      userPanningEnabled: false,
      boxSelectionEnabled: false,
      autoungrabify: true,
      autounselectify: true,
    });
  };

  const lift = () => {
    Object.assign(instanceState(main), { lit: new Set(), litFocus: [] });
    if (!shown) return;
    shown = false;
    listen(false);
    if (layer) layer.style.display = 'none';
    lens?.elements().remove();
  };

  return {
    show(ids, focused) {
      if (ids.size === 0) return lift();
      Object.assign(instanceState(main), { lit: ids, litFocus: focused });
      if (!host) return;
      lens ??= create(host);
      lens.batch(() => {
        lens!.elements().remove();
        lens!.add(copyOf(main, ids, focused));
      });
      layer!.style.display = 'block';
      lens.resize();
      follow();
      quietCrowdedNames(lens, lens.nodes(), lens.zoom());
      if (!shown) listen(true);
      shown = true;
    },
    destroy() {
      clearTimeout(declutterTimer);
      lift();
      lens?.destroy();
      layer?.remove();
      lens = null;
      layer = null;
    },
  };
}
