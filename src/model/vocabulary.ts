/*
 * The format's fixed words, apart from the zod schema so that code needing only them (the
 * viewer) does not load zod: validation is loaded when a file is opened.
 */
export const FORMAT_NAME = 'actor-graph';
export const FORMAT_VERSION = 2;
/**
 * The version of a story step's view (the link parameters it saves). New parameters can come
 * without a new format version; a step written with more than this reads is refused when shown.
 */
export const VIEW_VERSION = 1;

/** How reliable a source is, on the Admiralty scale: A completely reliable … F cannot be judged. */
export const RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

export const STATUSES = ['reported', 'alleged', 'confirmed', 'denied', 'hypothetical'] as const;

export const NODE_SHAPES = [
  'ellipse',
  'round-rectangle',
  'diamond',
  'hexagon',
  'triangle',
  'rectangle',
  'octagon',
  'star',
  'pentagon',
  'barrel',
  'rhomboid',
  'vee',
  'tag',
] as const;
