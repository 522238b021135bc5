import { eventOutcome, type ImportOutcome } from '../model/formats/importText';
import type { ImportRequest } from './importInput';
import { sniffFile } from './sniffFile';

/**
 * A GDELT events file (plain or zipped) is streamed through the aggregator rather than read
 * whole; anything else returns undefined and is read as text. The result is validated like
 * every other import.
 */
export async function readEventInput(
  { name, input, mentions, options }: ImportRequest,
  signal: AbortSignal,
  onRead: (fraction: number) => void,
): Promise<ImportOutcome | undefined> {
  if (!(input instanceof Blob)) return undefined;
  const sniffed = await sniffFile(input, name);
  if (sniffed.format !== 'gdelt') return undefined;
  const { readGdeltFiles } = await import('./readEvents');
  const read = await readGdeltFiles(name, input, mentions, options.events ?? {}, signal, onRead);
  return eventOutcome('gdelt', read, options.onStep);
}
