/**
 * The id of the seed's JSON data block in the page: written by the build
 * (scripts/inlineSeedPlugin.ts), read at start-up (bundledDatasets.ts).
 */
export const SEED_ELEMENT_ID = 'actor-graph-seed';
