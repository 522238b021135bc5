import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';

/** The single-file app carries no engine: 34 MB inlined would make every exported page huge. */
export function startEngine(): Promise<AsyncDuckDB> {
  return Promise.reject(
    new Error(
      'the analytical engine for many or large event files is part of the hosted app, not of this single-file page',
    ),
  );
}
