import type { ImportOptions, ImportOutcome, importText } from '../model/formats/importText';
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
  options: ImportOptions;
}

/**
 * Reads an import's input (text, file or address) and its node list, then parses and
 * validates it: the same steps in the import worker and, where there is none, on the page.
 * `parse` is the importer, handed in: the worker bundles it, the page loads it on first use.
 */
export async function importInput(
  parse: typeof importText,
  { name, input, nodes, options }: ImportRequest,
  signal: AbortSignal,
  onRead: (fraction: number) => void,
): Promise<ImportResult> {
  const read = await readInput(input, signal, onRead);
  if (!read.ok) return { outcome: { kind: 'failed', problems: read.problems } };
  const nodesRead = nodes ? await readFile(nodes, signal, () => {}) : null;
  const nodesCsv = nodesRead?.ok ? nodesRead.text : options.nodesCsv;
  const outcome = parse(name, read.text, { ...options, ...(nodesCsv ? { nodesCsv } : {}) });
  return outcome.kind === 'needs-columns'
    ? { outcome, text: read.text, ...(nodesCsv ? { nodesCsv } : {}) }
    : { outcome };
}
