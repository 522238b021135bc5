import { importText } from '../model/formats/importText';
import { problem } from '../model/problem';
import type { ImportStep } from '../model/validate';
import { importInput, type ImportRequest, type ImportResult } from './importInput';

/** What the import worker is given: the request without its step callback. */
export type ImportWorkerRequest = Omit<ImportRequest, 'options'> & {
  options: Omit<ImportRequest['options'], 'onStep'>;
};

/** What the import worker says: reading progress, each step as it starts, then the outcome. */
export type ImportWorkerMessage =
  | { type: 'read'; fraction: number }
  | { type: 'step'; step: ImportStep }
  /** A slice of a large dataset's list, sent ahead of 'done' (see below). */
  | { type: 'part'; list: PartList; items: unknown[] }
  | ({ type: 'done' } & ImportResult);

export type PartList = 'actors' | 'relations' | 'documents';
/** Items per message: each is taken apart by the page in a task of its own. */
const PART = 3000;

const post = (message: ImportWorkerMessage) =>
  (self as unknown as { postMessage: (m: ImportWorkerMessage) => void }).postMessage(message);

/*
 * Reads, parses and validates off the main thread, so that no file — however large or
 * strange — keeps the page from answering: the page hands over the file itself (a reference,
 * not a copy) or the address to fetch, and gets back the dataset. Aborting terminates the
 * worker.
 */
self.onmessage = async (event: MessageEvent<ImportWorkerRequest>) => {
  const request = event.data;
  const result = await importInput(
    importText,
    { ...request, options: { ...request.options, onStep: (step) => post({ type: 'step', step }) } },
    new AbortController().signal,
    (fraction) => post({ type: 'read', fraction }),
  ).catch((error: unknown): ImportResult => ({
    outcome: { kind: 'failed', problems: [problem('AG099', '$', String(error))] },
  }));
  // Tens of thousands of objects in one message are rebuilt on the page in one long task;
  // in slices, the page keeps answering between them.
  const { outcome } = result;
  if (outcome.kind === 'dataset') {
    const lists: PartList[] = ['actors', 'relations', 'documents'];
    const dataset = { ...outcome.dataset };
    for (const list of lists) {
      const items = dataset[list] as unknown[];
      if (items.length <= PART) continue;
      for (let i = 0; i < items.length; i += PART)
        post({ type: 'part', list, items: items.slice(i, i + PART) });
      (dataset as Record<PartList, unknown[]>)[list] = [];
    }
    post({ type: 'done', ...result, outcome: { ...outcome, dataset } });
    return;
  }
  post({ type: 'done', ...result });
};
