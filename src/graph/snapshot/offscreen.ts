import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import type { DrawnGraph } from '../drawnGraph';
import type { HighlightIds } from '../highlight/highlight';
import { declutterNames, legibleHighlightStyle } from '../highlight/legibleHighlight';
import { CLASSES } from '../style/look';
import { stylesheetFor } from '../style/stylesheet';
import type { SnapshotOptions } from './options';

/** Marks of the moment (hover, search) that do not belong in a briefing picture. */
const TRANSIENT = new Set(['hovered', CLASSES.searchMatch, 'search-current', CLASSES.decluttered]);

/** Export-only styling: larger, always-drawn labels and footnote numbers on the edges. */
const EXPORT_STYLE: StylesheetJson = [
  { selector: 'node', style: { 'font-size': 15, 'min-zoomed-font-size': 0 } },
  { selector: 'edge', style: { 'font-size': 12, 'min-zoomed-font-size': 0 } },
  {
    selector: 'edge[footnote]',
    style: {
      label: 'data(footnote)',
      'font-size': 13,
      'font-weight': 'bold',
      'text-rotation': 'none',
      'text-background-color': '#ffffff',
      'text-background-opacity': 1,
      'text-background-padding': '3px',
      'text-background-shape': 'roundrectangle',
      'text-border-width': 1.5,
      'text-border-color': '#333333',
      'text-border-opacity': 1,
    },
  },
];

/** Every shown element's id: actors and relations, and what Cytoscape alone holds (claims, groups). */
export function shownIds(graph: DrawnGraph): Set<string> {
  const { cy, contents } = graph;
  const ids = new Set<string>();
  contents.eachShownActor(({ id }) => void ids.add(id));
  contents.eachShownRelation(({ id }) => void ids.add(id));
  cy.elements().forEach((e) => {
    if (!contents.isHidden(e.id())) ids.add(e.id());
  });
  return ids;
}

/**
 * A second, hidden Cytoscape instance holding what the screen shows (shown elements with
 * their classes and positions), styled for export, so the on-screen view is never disturbed.
 */
export function createOffscreen(
  graph: DrawnGraph,
  highlight: HighlightIds,
  options: SnapshotOptions,
  numbers: ReadonlyMap<string, number>,
  /** Only these elements (the picture's overview paints the rest); all shown ones if absent. */
  only?: ReadonlySet<string>,
): { cy: Core; dispose: () => void } {
  const main = graph.cy;
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  Object.assign(container.style, {
    position: 'fixed',
    left: '-100000px',
    top: '0',
    width: `${Math.max(1, main.width())}px`,
    height: `${Math.max(1, main.height())}px`,
  });
  document.body.appendChild(container);
  // A large graph shows its highlight above a veil, not by fading: the picture fades here what
  // the screen veils (a graph drawn in full carries its fade in its classes already).
  const veiled = graph.mode !== 'full' && highlight.ids.size > 0;
  const marks = (id: string, classes: string[]) => {
    if (!veiled) return classes;
    if (!highlight.ids.has(id)) return [...classes, CLASSES.faded];
    return [
      ...classes,
      CLASSES.highlighted,
      ...(highlight.selected.includes(id) ? [CLASSES.selected] : []),
    ];
  };
  const withFootnote = (id: string, data: Record<string, unknown>) => {
    const n = numbers.get(id);
    return options.footnotes && n !== undefined ? { ...data, footnote: String(n) } : data;
  };
  const elements: ElementDefinition[] = [];
  for (const id of only ?? shownIds(graph)) {
    const def = graph.contents.definition(id);
    if (!def || graph.contents.isHidden(id)) continue;
    const classes = (Array.isArray(def.classes) ? def.classes : []).filter(
      (c) => !TRANSIENT.has(c),
    );
    elements.push({ ...def, data: withFootnote(id, def.data), classes: marks(id, classes) });
  }
  // A relation is drawn only between actors in the picture (Cytoscape refuses it otherwise).
  const nodes = new Set(elements.filter((d) => d.group === 'nodes').map((d) => d.data.id));
  const drawable = elements.filter(
    (d) => d.group === 'nodes' || (nodes.has(d.data.source) && nodes.has(d.data.target)),
  );
  // The highlight is drawn as legibly as the screen shows it, at the picture's zoom.
  const pictureZoom = options.scope === 'whole' ? 1 : main.zoom();
  const legible = veiled ? legibleHighlightStyle(pictureZoom, `node.${CLASSES.highlighted}`) : [];
  const cy = cytoscape({
    container,
    elements: drawable,
    style: [...stylesheetFor(graph.mode === 'full' ? 'full' : 'lean'), ...EXPORT_STYLE, ...legible],
    // The view is given below: a fitting layout would measure every label for nothing.
    layout: { name: 'preset', fit: false },
    pixelRatio: 1,
    autoungrabify: true,
    autounselectify: true,
    zoom: main.zoom(),
    pan: main.pan(),
  });
  if (veiled) declutterNames(cy, cy.nodes(`.${CLASSES.highlighted}`), pictureZoom);
  return {
    cy,
    dispose: () => {
      cy.destroy();
      container.remove();
    },
  };
}

/** Size of the graph image in picture pixels, as cy.png will make it. */
export function graphImageSize(cy: Core, options: SnapshotOptions): { w: number; h: number } {
  if (options.scope === 'view')
    return {
      w: Math.round(cy.width() * options.scale),
      h: Math.round(cy.height() * options.scale),
    };
  const bb = cy.elements().boundingBox();
  return { w: Math.ceil(bb.w) * options.scale, h: Math.ceil(bb.h) * options.scale };
}
