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
  | ({ type: 'done' } & ImportResult);

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
  post({ type: 'done', ...result });
};
