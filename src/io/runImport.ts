import type { ImportOptions, ImportOutcome } from '../model/formats/importText';
import type { ImportWorkerMessage, ImportWorkerRequest } from './importWorker';
import { createImportWorker } from './createImportWorker';
import { readUrl } from './readSource';

/** Texts from this many characters (files from this many bytes) are read in a worker. */
const WORKER_THRESHOLD = 200_000;

export interface ImportResult {
  outcome: ImportOutcome;
  /** The text and node list read, when a CSV's columns are still to be chosen. */
  text?: string;
  nodesCsv?: string;
}

const readInline = (file: Blob) => file.text();

/**
 * Runs an import off the main thread when the platform has workers (browsers), inline
 * otherwise (tests, and inputs below `workerFrom` characters or bytes). A file is handed to the
 * worker unread: reading it there keeps even a 60 MB file from holding up the page. Aborting
 * terminates the worker at once.
 */
export async function runImport(
  name: string,
  input: string | Blob | { url: string },
  options: ImportOptions & { nodes?: Blob },
  signal: AbortSignal,
  workerFrom = WORKER_THRESHOLD,
  onRead: (fraction: number) => void = () => {},
): Promise<ImportResult> {
  const { nodes, onStep, ...plain } = options;
  // An address is always fetched in the worker where there is one (its size is not known).
  const size =
    typeof input === 'string' ? input.length : input instanceof Blob ? input.size : Infinity;
  // The parsers (and the validator) load on first use, not with the page.
  const inline = async (): Promise<ImportResult> => {
    let text: string;
    if (typeof input === 'string') text = input;
    else if (input instanceof Blob) text = await readInline(input);
    else {
      const fetched = await readUrl(input.url, signal, onRead);
      if (!fetched.ok) return { outcome: { kind: 'failed', problems: fetched.problems } };
      text = fetched.text;
    }
    const nodesCsv = nodes ? await readInline(nodes) : plain.nodesCsv;
    const { importText } = await import('../model/formats/importText');
    const outcome = importText(name, text, {
      ...plain,
      ...(nodesCsv ? { nodesCsv } : {}),
      ...(onStep ? { onStep } : {}),
    });
    return outcome.kind === 'needs-columns'
      ? { outcome, text, ...(nodesCsv ? { nodesCsv } : {}) }
      : { outcome };
  };
  if (typeof Worker === 'undefined' || size < workerFrom) return inline();
  return new Promise((resolve, reject) => {
    const worker = createImportWorker();
    const stop = () => {
      worker.terminate();
      reject(new DOMException('Loading was cancelled', 'AbortError'));
    };
    signal.addEventListener('abort', stop, { once: true });
    worker.onmessage = (event: MessageEvent<ImportWorkerMessage>) => {
      const message = event.data;
      if (message.type === 'read') return onRead(message.fraction);
      if (message.type === 'step') return onStep?.(message.step);
      signal.removeEventListener('abort', stop);
      worker.terminate();
      const { type: _done, ...result } = message;
      resolve(result);
    };
    worker.onerror = () => {
      // A worker that cannot start (e.g. blocked) must not block loading: read here instead.
      signal.removeEventListener('abort', stop);
      worker.terminate();
      resolve(inline());
    };
    // A function cannot cross to the worker; steps come back as messages instead.
    const request: ImportWorkerRequest = {
      name,
      input,
      ...(nodes ? { nodes } : {}),
      options: plain,
    };
    worker.postMessage(request);
  });
}
