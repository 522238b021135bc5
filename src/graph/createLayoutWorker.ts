/** The layout worker as its own file (the normal build). */
export const createLayoutWorker = () =>
  new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
