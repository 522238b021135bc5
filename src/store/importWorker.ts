import { importText, type ImportOptions } from '../model/formats/importText';

/* Parses and validates off the main thread, so a large file never freezes the page. */
self.onmessage = (event: MessageEvent<{ name: string; text: string; options: ImportOptions }>) => {
  const { name, text, options } = event.data;
  (self as unknown as { postMessage: (m: unknown) => void }).postMessage(
    importText(name, text, options),
  );
};
