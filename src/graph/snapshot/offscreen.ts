import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { litByLens } from '../focusLens';
import { instanceState } from '../instanceState';
import { legibleFocusStyle, quietCrowdedNames } from '../legibleFocus';
import { isFilteredOut, isIdFilteredOut, wearsLargeStyle } from '../largeGraph';
import { actorElement, offstageOf } from '../offstage';
import { stylesheetFor } from '../stylesheet';
import type { SnapshotOptions } from './options';

/** Marks of the moment (hover, search) that do not belong in a briefing picture. */
const TRANSIENT = ['hovered', 'search-match', 'search-current'];

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

/**
 * A second, hidden Cytoscape instance holding what the screen shows (visible elements with
 * their classes and positions), styled for export, so the on-screen view is never disturbed.
 */
export function createOffscreen(
  main: Core,
  options: SnapshotOptions,
  numbers: ReadonlyMap<string, number>,
  /** Only these elements (the picture's overview paints the rest); all shown ones if absent. */
  only?: ReadonlySet<string>,
): { cy: Core; dispose: () => void } {
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
  // A large graph shows its highlight through the focus lens, not by fading: the picture
  // fades here what the screen veils.
  const lit = wearsLargeStyle(main) ? litByLens(main) : new Set<string>();
  const veiled = (id: string) => lit.size > 0 && !lit.has(id);
  const { litFocus } = instanceState(main);
  const marks = (id: string, classes: string[]) => {
    if (veiled(id)) classes.push('faded');
    else if (lit.has(id))
      classes.push('highlighted', ...(litFocus.includes(id) ? ['focused'] : []));
    return classes;
  };
  const withFootnote = (id: string, data: Record<string, unknown>) => {
    const n = numbers.get(id);
    return options.footnotes && n !== undefined ? { ...data, footnote: String(n) } : data;
  };
  const elements = main
    .elements()
    .filter((e) => !isFilteredOut(main, e) && (!only || only.has(e.id())))
    .map((e): ElementDefinition => ({
      group: e.isNode() ? 'nodes' : 'edges',
      // Data and position only (not `json()`, which deep-copies every element's state).
      data: withFootnote(e.id(), e.data() as Record<string, unknown>),
      ...(e.isNode() ? { position: { ...e.position() } } : {}),
      classes: marks(
        e.id(),
        e.classes().filter((c) => !TRANSIENT.includes(c)),
      ),
    }));
  // Actors and relations kept off the main instance's stage (offstage.ts) join from their
  // definitions.
  const shown = new Set(elements.map((d) => d.data.id as string));
  for (const [id, def] of instanceState(main).actors ?? []) {
    if (shown.has(id) || (only && !only.has(id)) || isIdFilteredOut(main, id)) continue;
    shown.add(id);
    elements.push(actorElement(def, marks(id, [])));
  }
  for (const [id, def] of offstageOf(main) ?? []) {
    if (shown.has(id) || (only && !only.has(id)) || isIdFilteredOut(main, id)) continue;
    if (!shown.has(def.data.source as string) || !shown.has(def.data.target as string)) continue;
    elements.push({
      group: 'edges',
      data: withFootnote(id, { ...def.data }),
      classes: marks(id, []),
    });
  }
  // The highlight is drawn as legibly as the lens shows it, at the picture's zoom.
  const pictureZoom = options.scope === 'whole' ? 1 : main.zoom();
  const focus = lit.size > 0 ? legibleFocusStyle(pictureZoom, 'node.highlighted') : [];
  const cy = cytoscape({
    container,
    elements,
    style: [...stylesheetFor(wearsLargeStyle(main)), ...EXPORT_STYLE, ...focus],
    // The view is given below: a fitting layout would measure every label for nothing.
    layout: { name: 'preset', fit: false },
    pixelRatio: 1,
    autoungrabify: true,
    autounselectify: true,
    zoom: main.zoom(),
    pan: main.pan(),
  });
  if (lit.size > 0) quietCrowdedNames(cy, cy.nodes('.highlighted'), pictureZoom);
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
