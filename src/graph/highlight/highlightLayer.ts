import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import type { DrawnGraph } from '../drawnGraph';
import { overlay } from '../overlay';
import { CLASSES, VEIL } from '../style/look';
import { LARGE_STYLESHEET } from '../style/stylesheet';
import { declutterNames, legibleHighlightStyle } from './legibleHighlight';

/** Marks of the moment on the main instance that the copies above the veil do not carry. */
const TRANSIENT = new Set([
  CLASSES.hidden,
  CLASSES.faded,
  CLASSES.detail,
  CLASSES.decluttered,
  'hovered',
  CLASSES.searchMatch,
]);

/**
 * The highlight of a large graph. Fading tens of thousands of elements costs Cytoscape
 * seconds of restyling and a full redraw; instead a translucent veil covers the graph and a
 * small second instance above it draws only the highlight, on the main view's viewport. The main
 * canvas is not touched, and every click and hover goes through to it (the layer takes no
 * pointer events), so the graph behaves exactly as with a fade.
 */
export interface HighlightLayer {
  /**
   * Draws these elements above the veil, the `selected` ones marked as the selection; an
   * empty set takes the veil away.
   */
  show: (ids: ReadonlySet<string>, selected: readonly string[]) => void;
  destroy: () => void;
}

/** The layer's few elements make restyling on zoom cheap. */
const layerStyle = (zoom: number): StylesheetJson => [
  ...LARGE_STYLESHEET,
  ...legibleHighlightStyle(zoom),
];

/** Copies of the shown elements: actors first, a relation only between two copied actors. */
export function highlightCopies(
  graph: DrawnGraph,
  ids: ReadonlySet<string>,
  selected: readonly string[],
): ElementDefinition[] {
  const { contents } = graph;
  const marks = (id: string) => [
    CLASSES.highlighted,
    ...(selected.includes(id) ? [CLASSES.selected] : []),
  ];
  const copy = (def: ElementDefinition, id: string): ElementDefinition => {
    const classes = Array.isArray(def.classes) ? def.classes : [];
    return { ...def, classes: [...classes.filter((c) => !TRANSIENT.has(c)), ...marks(id)] };
  };
  const nodes = new Set<string>();
  const out: ElementDefinition[] = [];
  const edges: [string, ElementDefinition][] = [];
  for (const id of ids) {
    if (contents.isHidden(id)) continue;
    const def = contents.definition(id);
    if (!def) continue;
    if (def.group === 'edges') edges.push([id, def]);
    else {
      nodes.add(id);
      out.push(copy(def, id));
    }
  }
  for (const [id, def] of edges)
    if (nodes.has(def.data.source as string) && nodes.has(def.data.target as string))
      out.push(copy(def, id));
  return out;
}

export function createHighlightLayer(graph: DrawnGraph): HighlightLayer {
  const main = graph.cy;
  const host = main.container();
  let layerCy: Core | null = null;
  let layer: HTMLDivElement | null = null;
  let shown = false;

  let styledFor = 0;
  // Names are sorted out again once the view has stopped moving, as level of detail does.
  let declutterTimer: ReturnType<typeof setTimeout> | undefined;
  const declutterSoon = () => {
    clearTimeout(declutterTimer);
    declutterTimer = setTimeout(
      () => layerCy && shown && declutterNames(layerCy, layerCy.nodes(), layerCy.zoom()),
      120,
    );
  };
  const follow = () => {
    if (!layerCy) return;
    const zoom = main.zoom();
    layerCy.viewport({ zoom, pan: { ...main.pan() } });
    if (Math.abs(zoom - styledFor) > styledFor * 0.05) {
      styledFor = zoom;
      layerCy.style(layerStyle(zoom));
    }
    declutterSoon();
  };
  const move = (event: cytoscape.EventObject) => {
    const node = layerCy?.getElementById(event.target.id());
    if (node && node.nonempty()) {
      node.position({ ...event.target.position() });
      declutterSoon();
    }
  };
  const resize = () => layerCy?.resize();
  const listen = (on: boolean) => {
    const method = on ? 'on' : 'off';
    main[method]('viewport', follow);
    main[method]('position', 'node', move);
    main[method]('resize', resize);
  };

  // Created on the first highlight and kept: later highlights only swap its few elements.
  const create = (into: HTMLElement): Core => {
    layer = overlay('div', 'highlight-layer', { inset: '0', zIndex: '1', background: VEIL });
    into.appendChild(layer);
    return cytoscape({
      container: layer,
      style: layerStyle(main.zoom()),
      minZoom: main.minZoom(),
      maxZoom: main.maxZoom(),
      userZoomingEnabled: false,
      userPanningEnabled: false,
      boxSelectionEnabled: false,
      autoungrabify: true,
      autounselectify: true,
    });
  };

  const hide = () => {
    if (!shown) return;
    shown = false;
    listen(false);
    if (layer) layer.style.display = 'none';
    layerCy?.elements().remove();
  };

  return {
    show(ids, selected) {
      if (ids.size === 0 || !host) return hide();
      layerCy ??= create(host);
      layerCy.batch(() => {
        layerCy!.elements().remove();
        layerCy!.add(highlightCopies(graph, ids, selected));
      });
      layer!.style.display = 'block';
      layerCy.resize();
      follow();
      declutterNames(layerCy, layerCy.nodes(), layerCy.zoom());
      if (!shown) listen(true);
      shown = true;
    },
    destroy() {
      clearTimeout(declutterTimer);
      hide();
      layerCy?.destroy();
      layer?.remove();
      layerCy = null;
      layer = null;
    },
  };
}
