import { SOURCE_WIDTH_FACTOR } from '../../model/statusStyle';
/*
 * The look of the graph in one place: every painter — Cytoscape's stylesheet, the overview
 * canvas, the highlight layer, the SVG and PNG writers — draws with these values, so a change
 * here shows the same in every mode and every export. Sizes are in graph units (drawn × zoom).
 * Colours of kinds and types come from the data (model/appearance.ts), line styles of statuses
 * from model/statusStyle.ts, node shapes from model/shapes.ts.
 */

/** How an actor and its name are drawn. */
export const ACTOR_LOOK = {
  /** Width and height of the node. */
  node: 30,
  border: 1.5,
  borderColor: '#1f1f1f',
  /** The name, below the node. */
  font: 13,
  maxWidth: 130,
  margin: 5,
  textColor: '#111111',
  /** An actor whose kind has no colour. */
  fallbackColor: '#999999',
} as const;

/** A relation's label. */
export const RELATION_FONT = 10.5;
export const RELATION_TEXT_COLOR = '#222222';
/** A relation whose type has no colour. */
export const RELATION_FALLBACK_COLOR = '#555555';

/** A disputed claim: a white core inside an outline in the type's colour. */
export const DISPUTED_LOOK = { core: '#ffffff', width: 3, outline: 2 } as const;

/** A disputed claim's white core, as wide as its independent sources make a line (1, 2, 3+). */
export const disputedCoreWidth = (sources: number) =>
  DISPUTED_LOOK.width * SOURCE_WIDTH_FACTOR[Math.max(0, Math.min(sources, 3) - 1)]!;

/** Search matches are ringed in this colour; the current match more strongly. */
export const SEARCH_COLOR = '#b35900';

/** What covers a large graph while a highlight is shown (also in snapshots of it). */
export const VEIL = 'rgba(255, 255, 255, 0.85)';
/** Elements outside the highlight of a graph drawn in full. */
export const FADED_OPACITY = 0.15;

export const FONT_FAMILY = 'system-ui, "DejaVu Sans", sans-serif';

/** Class names the graph layer puts on elements (one meaning each; see docs/architecture.md). */
export const CLASSES = {
  /** The filters hide it. */
  hidden: 'hidden',
  /** An actor matching the search (where Cytoscape holds every actor; the overview rings them). */
  searchMatch: 'search-match',
  /** In the highlight (the selection's neighbourhood, the path). */
  highlighted: 'highlighted',
  /** Outside the highlight, in a graph drawn in full. */
  faded: 'faded',
  /** The selection itself. */
  selected: 'selected',
  /** Drawn with its label and arrowhead on a large graph (level of detail). */
  detail: 'detail',
  /** Its label is left out: it would cover another label or an actor. */
  decluttered: 'decluttered',
} as const;
