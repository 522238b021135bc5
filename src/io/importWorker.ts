import { importText, type ImportOptions } from '../model/formats/importText';
import type { ImportStep } from '../model/validate';
import { readUrl } from './readSource';

/** What the import worker is given: the file itself, an address to fetch, or text already read. */
export interface ImportWorkerRequest {
  name: string;
  input: string | Blob | { url: string };
  /** A node list to go with a CSV edge list, as a file. */
  nodes?: Blob;
  options: Omit<ImportOptions, 'onStep'>;
}

/** What the import worker says: reading progress, each step as it starts, then the outcome. */
export type ImportWorkerMessage =
  | { type: 'read'; fraction: number }
  | { type: 'step'; step: ImportStep }
  | {
      type: 'done';
      outcome: ReturnType<typeof importText>;
      /** The text read, when the main thread needs it back (a CSV's columns to choose). */
      text?: string;
      nodesCsv?: string;
    };

const post = (message: ImportWorkerMessage) =>
  (self as unknown as { postMessage: (m: ImportWorkerMessage) => void }).postMessage(message);

/** Reads a file as UTF-8 text here, in the worker, with progress. */
function read(file: Blob, onProgress?: (fraction: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => e.lengthComputable && onProgress?.(e.loaded / e.total);
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file);
  });
}

/*
 * Reads, parses and validates off the main thread, so that no file — however large or
 * strange — keeps the page from answering: the page hands over the file itself (a reference,
 * not a copy) or the address to fetch, and gets back the dataset.
 */
self.onmessage = async (event: MessageEvent<ImportWorkerRequest>) => {
  const { name, input, nodes, options } = event.data;
  const onRead = (fraction: number) => post({ type: 'read', fraction });
  let text: string;
  if (typeof input === 'string') text = input;
  else if (input instanceof Blob) text = await read(input, onRead);
  else {
    // Fetched here too: the page never decodes megabytes. Aborting terminates the worker.
    const fetched = await readUrl(input.url, new AbortController().signal, onRead);
    if (!fetched.ok)
      return post({ type: 'done', outcome: { kind: 'failed', problems: fetched.problems } });
    text = fetched.text;
  }
  const nodesCsv = nodes ? await read(nodes) : options.nodesCsv;
  const outcome = importText(name, text, {
    ...options,
    ...(nodesCsv ? { nodesCsv } : {}),
    onStep: (step) => post({ type: 'step', step }),
  });
  post({
    type: 'done',
    outcome,
    ...(outcome.kind === 'needs-columns' ? { text, ...(nodesCsv ? { nodesCsv } : {}) } : {}),
  });
};
