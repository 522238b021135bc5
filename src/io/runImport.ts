import type { ImportOptions } from '../model/formats/importText';
import { createImportWorker } from './createImportWorker';
import { importInput, type ImportResult } from './importInput';
import type { ImportWorkerMessage, ImportWorkerRequest, PartList } from './importWorker';
import type { ImportInput } from './readSource';

export type { ImportResult } from './importInput';

/** Texts from this many characters (files from this many bytes) are read in a worker. */
const WORKER_THRESHOLD = 200_000;

/**
 * Runs an import off the main thread when the platform has workers (browsers), on the page
 * otherwise (tests, and inputs below `workerFrom` characters or bytes). A file is handed to
 * the worker unread and an address unfetched: reading them there keeps even a 60 MB file from
 * holding up the page. Aborting terminates the worker at once.
 */
export async function runImport(
  name: string,
  input: ImportInput,
  options: ImportOptions & { nodes?: Blob; mentions?: Blob },
  signal: AbortSignal,
  workerFrom = WORKER_THRESHOLD,
  onRead: (fraction: number) => void = () => {},
): Promise<ImportResult> {
  const { nodes, mentions, ...rest } = options;
  const request = { name, input, ...(nodes ? { nodes } : {}), ...(mentions ? { mentions } : {}) };
  // The parsers (and the validator) load on first use, not with the page.
  const inline = async () =>
    importInput(
      (await import('../model/formats/importText')).importText,
      { ...request, options: rest },
      signal,
      onRead,
    );
  // An address is fetched in the worker wherever there is one (its size is not known).
  const size =
    typeof input === 'string' ? input.length : input instanceof Blob ? input.size : Infinity;
  if (typeof Worker === 'undefined' || size < workerFrom) return inline();
  return new Promise((resolve, reject) => {
    const worker = createImportWorker();
    const stop = () => {
      worker.terminate();
      reject(new DOMException('Loading was cancelled', 'AbortError'));
    };
    signal.addEventListener('abort', stop, { once: true });
    const parts: Record<PartList, unknown[][]> = { actors: [], relations: [], documents: [] };
    worker.onmessage = (event: MessageEvent<ImportWorkerMessage>) => {
      const message = event.data;
      if (message.type === 'read') return onRead(message.fraction);
      if (message.type === 'step') return rest.onStep?.(message.step);
      if (message.type === 'part') return void parts[message.list].push(message.items);
      signal.removeEventListener('abort', stop);
      worker.terminate();
      const { type: _done, ...result } = message;
      const { outcome } = result;
      if (outcome.kind === 'dataset')
        for (const list of Object.keys(parts) as PartList[])
          if (parts[list].length)
            (outcome.dataset as Record<PartList, unknown[]>)[list] = parts[list].flat();
      resolve(result);
    };
    worker.onerror = () => {
      // A worker that cannot start (e.g. blocked) must not block loading: read here instead.
      signal.removeEventListener('abort', stop);
      worker.terminate();
      resolve(inline());
    };
    // A function cannot cross to the worker; steps come back as messages instead.
    const { onStep: _onStep, ...plain } = rest;
    const message: ImportWorkerRequest = { ...request, options: plain };
    worker.postMessage(message);
  });
}
