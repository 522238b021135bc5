import ImportWorker from './importWorker?worker&inline';

/** The import worker inlined as a blob (the standalone single-file build has no other files). */
export const createImportWorker = () => new ImportWorker();
