import { createStore, delMany, getMany, setMany } from 'idb-keyval';

/** A few records by key: the browser's database in the app, a map in the tests. */
export interface KeyValue {
  getMany: (keys: string[]) => Promise<unknown[]>;
  /** Writes every entry or none (one transaction). */
  setMany: (entries: [string, unknown][]) => Promise<void>;
  delMany: (keys: string[]) => Promise<void>;
}

/** The app's records in IndexedDB (database `actor-graph`, store `saved-work`). */
export function browserKeyValue(): KeyValue {
  const store = createStore('actor-graph', 'saved-work');
  return {
    getMany: (keys) => getMany(keys, store),
    setMany: (entries) => setMany(entries, store),
    delMany: (keys) => delMany(keys, store),
  };
}
