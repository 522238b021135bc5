import type { StoreApi } from 'zustand/vanilla';
import type { ImportOptions, ImportOutcome } from '../model/formats/importText';
import { problem } from '../model/problem';
import type { ImportStep } from '../model/validate';
import type { DatasetOrigin, GraphState } from '../store/graphStore';
import { checkUrl, MAX_BYTES, tooLarge, type ImportInput } from './readSource';
import { runImport, type ImportResult } from './runImport';

export type Source = (
  | { kind: 'files'; files: readonly File[] }
  | { kind: 'text'; name: string; text: string }
  | { kind: 'url'; url: string; name?: string }
) & {
  /** Where a link should say the data came from; local unless a URL or a bundled dataset. */
  origin?: DatasetOrigin;
};

let current: AbortController | null = null;

/** From this many relations, derived state is computed ahead, a piece per task. */
const WARM_FROM = 5000;

/** Asks before unsaved edits would be replaced; the app installs a real question. */
let confirmReplace: (name: string) => boolean = () => true;
export function setReplaceGuard(ask: (name: string) => boolean): void {
  confirmReplace = ask;
}

/** True when nothing unsaved would be lost by replacing the dataset, or the user agreed. */
export const mayReplace = (store: StoreApi<GraphState>, name: string) =>
  !store.getState().dirty || confirmReplace(name);

/** Stops the load under way; the graph shown stays as it was. */
export function cancelLoading(): void {
  current?.abort();
}

const nameOfUrl = (url: string) => {
  const last = url.split(/[?#]/)[0]!.split('/').pop() || url;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
};

/** Of two CSV files dropped together, the node list goes with the edge list. */
async function pairCsv(files: readonly File[]): Promise<{ main: File; nodes?: File }> {
  const csv = files.filter((f) => /\.(csv|tsv|txt)$/i.test(f.name));
  if (files.length !== 2 || csv.length !== 2) return { main: files[0]! };
  const { isNodeTable, readCsvTable } = await import('../model/formats/parseCsv');
  const headers = await Promise.all(
    csv.map(
      async (f) =>
        readCsvTable((await f.slice(0, 4096).text()).split(/\r\n|\r|\n/)[0] ?? '').header,
    ),
  );
  const nodeIndex = headers.findIndex(isNodeTable);
  return nodeIndex === -1
    ? { main: files[0]! }
    : { main: csv[1 - nodeIndex]!, nodes: csv[nodeIndex]! };
}

/** Of files opened together, the GDELT events files and a mentions file go together. */
async function pairEvents(
  files: readonly File[],
): Promise<{ events: File[]; mentions?: File } | undefined> {
  const { sniffFile } = await import('./sniffFile');
  const sniffed = await Promise.all(files.map((f) => sniffFile(f, f.name)));
  const events = files.filter((_, i) => sniffed[i]!.format === 'gdelt');
  if (!events.length) return undefined;
  const mentions = files[sniffed.findIndex((s) => s.format === 'gdelt-mentions')];
  return { events, ...(mentions ? { mentions } : {}) };
}

/** Beyond one file, or from this size, event files go to the analytical engine (DuckDB). */
export const ENGINE_FROM = 512 * 1024 * 1024;
export const needsEngine = (files: readonly File[]) =>
  files.length > 1 || files.some((f) => f.size >= ENGINE_FROM);

/**
 * Opens a graph from files, text or a URL: read with progress, parse off the main thread,
 * then replace the dataset only if there is no error. Any failure — unreadable, too large,
 * malformed, cancelled — is reported with its place while the current graph stays.
 */
export async function openSource(
  store: StoreApi<GraphState>,
  source: Source,
  options: ImportOptions = {},
  purpose: 'open' | 'add' = 'open',
): Promise<boolean> {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  const { setLoading, reportProblems, loadDataset, setPendingCsv, setPendingEvents } =
    store.getState();
  let name =
    source.kind === 'text'
      ? source.name
      : source.kind === 'url'
        ? (source.name ?? nameOfUrl(source.url))
        : '';
  const progress = (fraction: number | null) => setLoading({ name, stage: 'reading', fraction });
  try {
    /** What a read comes to: columns to choose, problems, a merge to review, or the graph. */
    const finish = async (outcome: ImportOutcome, result: ImportResult = { outcome }) => {
      if (controller.signal.aborted) throw new DOMException('cancelled', 'AbortError');
      if (outcome.kind === 'needs-columns') {
        setPendingCsv({
          name,
          text: result.text ?? '',
          header: outcome.header,
          preview: outcome.preview,
          ...(result.nodesCsv ? { nodesCsv: result.nodesCsv } : {}),
          purpose,
        });
        return false;
      }
      if (outcome.kind === 'failed') {
        reportProblems(name, outcome.problems);
        return false;
      }
      // Added to the story: nothing changes before the user has reviewed the merge.
      if (purpose === 'add') {
        store.getState().setPendingMerge({
          name,
          incoming: outcome.dataset,
          problems: outcome.problems,
        });
        return true;
      }
      if (!mayReplace(store, name)) return false;
      const origin: DatasetOrigin =
        source.origin ??
        (source.kind === 'url' ? { kind: 'url', url: source.url } : { kind: 'local' });
      if (outcome.dataset.relations.length > WARM_FROM)
        await (
          await import('../store/warmSelectors')
        ).warmSelectors(store.getState(), outcome.dataset);
      if (controller.signal.aborted) throw new DOMException('cancelled', 'AbortError');
      const lineWidth = options.events?.lineWidth;
      loadDataset(outcome.dataset, name, outcome.problems, origin, lineWidth ? { lineWidth } : {});
      return true;
    };
    let input: ImportInput;
    let nodes: Blob | undefined;
    let mentions: Blob | undefined;
    const events = source.kind === 'files' ? await pairEvents(source.files) : undefined;
    if (events) {
      // Event data is streamed, not read whole: no size limit, but choices to make first.
      name =
        events.events.length > 1 ? `${events.events.length} GDELT files` : events.events[0]!.name;
      if (!options.events) {
        setPendingEvents({ name, ...events, purpose });
        return false;
      }
      if (needsEngine(events.events)) {
        const { aggregateGdeltFiles } = await import('./engine/gdeltEngine');
        const read = await aggregateGdeltFiles(
          events.events,
          options.events,
          controller.signal,
          (f) => !controller.signal.aborted && progress(f),
        );
        return await finish(
          read.dataset
            ? { kind: 'dataset', format: 'gdelt', dataset: read.dataset, problems: read.problems }
            : { kind: 'failed', format: 'gdelt', problems: read.problems },
        );
      }
      progress(0);
      [input, mentions] = [events.events[0]!, events.mentions];
    } else if (source.kind === 'files') {
      if (source.files.length === 0) return false;
      const pair = await pairCsv(source.files);
      name = pair.main.name;
      if (pair.main.size > MAX_BYTES) {
        reportProblems(name, tooLarge(name, pair.main.size));
        return false;
      }
      progress(0);
      [input, nodes] = [pair.main, pair.nodes];
    } else if (source.kind === 'url') {
      const refused = checkUrl(source.url);
      if (refused.length) {
        reportProblems(name, refused);
        return false;
      }
      progress(null);
      input = { url: source.url };
    } else input = source.text;
    // Reading the graph goes syntax → schema → references: the bar moves a third each step.
    const steps: ImportStep[] = ['parsing', 'validating', 'checking'];
    const onStep = (stage: ImportStep) => {
      if (!controller.signal.aborted)
        setLoading({ name, stage, fraction: steps.indexOf(stage) / steps.length });
    };
    // Read, parsed and validated in the import worker where there is one (runImport.ts).
    const result = await runImport(
      name,
      input,
      { ...options, ...(nodes ? { nodes } : {}), ...(mentions ? { mentions } : {}), onStep },
      controller.signal,
      undefined,
      (fraction) => !controller.signal.aborted && progress(fraction),
    );
    return await finish(result.outcome, result);
  } catch (error) {
    // A cancelled load is what the user asked for: nothing to report, nothing changed.
    if ((error as Error).name !== 'AbortError')
      reportProblems(name || 'file', [problem('AG099', '$', String(error))]);
    return false;
  } finally {
    if (current === controller) {
      current = null;
      setLoading(null);
    }
  }
}
