/** The import worker as its own file (the normal build). */
export const createImportWorker = () =>
  new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
