import LayoutWorker from './layoutWorker?worker&inline';

/** The layout worker inlined as a blob (the standalone single-file build). */
export const createLayoutWorker = () => new LayoutWorker();
