/** Where version 1 kept the work, in localStorage (migrated, then removed). */
export const LEGACY_KEY = 'actor-graph.autosave.v1';
/** Set while work is kept in the browser's database: start-up looks there only then. */
export const WORK_FLAG = 'actor-graph.saved-work';
