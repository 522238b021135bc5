import MetricsWorker from './metricsWorker?worker&inline';

/** The measuring worker inlined as a blob (the standalone single-file build). */
export const createMetricsWorker = () => new MetricsWorker();
