import type { ImportOptions, ImportOutcome } from '../model/formats/importText';
import type { ImportWorkerMessage } from './importWorker';
import { createImportWorker } from './createImportWorker';

/** Files above this many characters are parsed in a worker. */
const WORKER_THRESHOLD = 200_000;

/**
 * Runs an import off the main thread when the platform has workers (browsers), inline
 * otherwise (tests, and inputs below `workerFrom` characters). Aborting terminates the
 * worker at once.
 */
export function runImport(
  name: string,
  text: string,
  options: ImportOptions,
  signal: AbortSignal,
  workerFrom = WORKER_THRESHOLD,
): Promise<ImportOutcome> {
  // The parsers (and the validator) load on first use, not with the page.
  const inline = () =>
    import('../model/formats/importText').then((m) => m.importText(name, text, options));
  if (typeof Worker === 'undefined' || text.length < workerFrom) return inline();
  return new Promise((resolve, reject) => {
    const worker = createImportWorker();
    const stop = () => {
      worker.terminate();
      reject(new DOMException('Loading was cancelled', 'AbortError'));
    };
    signal.addEventListener('abort', stop, { once: true });
    worker.onmessage = (event: MessageEvent<ImportWorkerMessage>) => {
      if (event.data.type === 'step') return options.onStep?.(event.data.step);
      signal.removeEventListener('abort', stop);
      worker.terminate();
      resolve(event.data.outcome);
    };
    worker.onerror = () => {
      // A worker that cannot start (e.g. blocked) must not block loading: parse here instead.
      signal.removeEventListener('abort', stop);
      worker.terminate();
      resolve(inline());
    };
    // A function cannot cross to the worker; steps come back as messages instead.
    const { onStep: _onStep, ...plain } = options;
    worker.postMessage({ name, text, options: plain });
  });
}
