import { importText, type ImportOptions } from '../model/formats/importText';
import type { ImportStep } from '../model/validate';

/** What the import worker says: each step as it starts, then the outcome. */
export type ImportWorkerMessage =
  { type: 'step'; step: ImportStep } | { type: 'done'; outcome: ReturnType<typeof importText> };

/* Parses and validates off the main thread, so a large file never freezes the page. */
self.onmessage = (event: MessageEvent<{ name: string; text: string; options: ImportOptions }>) => {
  const { name, text, options } = event.data;
  const post = (message: ImportWorkerMessage) =>
    (self as unknown as { postMessage: (m: ImportWorkerMessage) => void }).postMessage(message);
  const outcome = importText(name, text, {
    ...options,
    onStep: (step) => post({ type: 'step', step }),
  });
  post({ type: 'done', outcome });
};
