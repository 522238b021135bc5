/** The measuring worker as its own file (the normal build). */
export const createMetricsWorker = () =>
  new Worker(new URL('./metricsWorker.ts', import.meta.url), { type: 'module' });
