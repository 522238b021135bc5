import { AsyncDuckDB, VoidLogger } from '@duckdb/duckdb-wasm';
import wasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

/**
 * Starts DuckDB-WASM, the analytical engine for event files too many or too large for one
 * pass in memory: its 34 MB are fetched only now, the first time such files are opened. The
 * "eh" build needs WebAssembly exceptions (every current browser has them).
 */
export async function startEngine(): Promise<AsyncDuckDB> {
  const worker = new Worker(workerUrl);
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  await db.instantiate(wasm);
  return db;
}
