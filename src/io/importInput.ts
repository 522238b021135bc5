import type { ImportOptions, ImportOutcome, importText } from '../model/formats/importText';
import { problem } from '../model/problem';
import { readFile, readInput, type ImportInput } from './readSource';

export interface ImportResult {
  outcome: ImportOutcome;
  /** The text and node list read, when a CSV's columns are still to be chosen. */
  text?: string;
  nodesCsv?: string;
}

export interface ImportRequest {
  name: string;
  input: ImportInput;
  /** A node list to go with a CSV edge list, as a file. */
  nodes?: Blob;
  /** GDELT mentions to go with a GDELT events file. */
  mentions?: Blob;
  options: ImportOptions;
}

/**
 * Reads an import's input (text, file or address) and its node list, then parses and
 * validates it: the same steps in the import worker and, where there is none, on the page.
 * `parse` is the importer, handed in: the worker bundles it, the page loads it on first use.
 * Event files are streamed instead of read whole (readEventInput).
 */
export async function importInput(
  parse: typeof importText,
  request: ImportRequest,
  signal: AbortSignal,
  onRead: (fraction: number) => void,
): Promise<ImportResult> {
  const { name, input, nodes, options } = request;
  if (input instanceof Blob) {
    const { readEventInput } = await import('./readEventInput');
    const streamed = await readEventInput(request, signal, onRead);
    if (streamed) return { outcome: streamed };
  }
  const read = await readInput(input, signal, onRead);
  if (!read.ok) return { outcome: { kind: 'failed', problems: read.problems } };
  const nodesRead = nodes ? await readFile(nodes, signal, () => {}) : null;
  const nodesCsv = nodesRead?.ok ? nodesRead.text : options.nodesCsv;
  const { detectFormat } = await import('../model/formats/importText');
  if (detectFormat(name, read.text.slice(0, 65536)) === 'ftm') {
    const { loadFtmModel } = await import('../model/events/ftm');
    try {
      await loadFtmModel();
    } catch (error) {
      return {
        outcome: {
          kind: 'failed',
          format: 'ftm',
          problems: [
            problem('AG004', '$', `The FollowTheMoney model could not be loaded: ${String(error)}`),
          ],
        },
      };
    }
  }
  const outcome = parse(name, read.text, { ...options, ...(nodesCsv ? { nodesCsv } : {}) });
  return outcome.kind === 'needs-columns'
    ? { outcome, text: read.text, ...(nodesCsv ? { nodesCsv } : {}) }
    : { outcome };
}
