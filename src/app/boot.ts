import type { StoreApi } from 'zustand/vanilla';
import type { GraphState, GraphStore } from '../store/graphStore';
import { openSource } from '../io/openSource';
import { applyViewParams, datasetParam, decodableSearch, isEmbed } from '../store/viewParams';
import { i18n } from '../i18n/i18n';
import { LEGACY_KEY, WORK_FLAG } from '../io/workKeys';
import { problem } from '../model/problem';
import { BUNDLED, checkSeed, loadSeed, SEED_NAME } from './bundledDatasets';
import { whenIdle } from '../ui/whenIdle';

/** Brings back work kept in this browser, with a notice; false when there is none. */
async function restoreWork(store: GraphStore): Promise<boolean> {
  // Looked for only where there may be some: the keeper loads with the first need of it.
  if (!window.localStorage.getItem(WORK_FLAG) && !window.localStorage.getItem(LEGACY_KEY))
    return false;
  const { browserWork } = await import('../io/browserWork');
  const restored = await browserWork().restore(store);
  if (!restored) return false;
  const time = restored.savedAt ? new Date(restored.savedAt).toLocaleString() : '';
  store.getState().setNotice(i18n.t('edit.restored', { time }));
  return true;
}

/** The default dataset; its (unexpected) problems are shown once the validator has loaded. */
async function showSeed(store: StoreApi<GraphState>): Promise<boolean> {
  const { setLoading, loadDataset, reportProblems } = store.getState();
  setLoading({ name: SEED_NAME, stage: 'reading', fraction: null });
  try {
    const dataset = await loadSeed();
    // Why something else could not be shown stays on screen above the seed.
    const earlier = store.getState().report;
    loadDataset(dataset, SEED_NAME, [], { kind: 'bundled', id: 'seed' });
    if (earlier) reportProblems(earlier.file, earlier.problems, earlier.action);
    // Checked once the page is idle: the validator must not delay the first picture.
    whenIdle(
      () =>
        void checkSeed().then(
          (problems) => {
            if (problems.length) store.getState().reportProblems(SEED_NAME, problems);
          },
          // A check that cannot run is said too, never left as an unhandled failure.
          (error: unknown) =>
            store
              .getState()
              .reportProblems(SEED_NAME, [
                problem('AG099', '$', `The seed could not be checked: ${String(error)}`),
              ]),
        ),
      3000,
    );
    return true;
  } catch (error) {
    reportProblems(SEED_NAME, [
      problem('AG008', '', error instanceof Error ? error.message : String(error)),
    ]);
    return false;
  } finally {
    store.getState().setLoading(null);
  }
}

/** A dataset and view embedded in a standalone HTML file (see standalone.ts). */
function embeddedData(): { text: string; name: string; view: string } | null {
  const data = document.getElementById('actor-graph-dataset');
  if (!data?.textContent?.trim()) return null;
  const view = document.getElementById('actor-graph-view')?.textContent ?? '';
  const name = document.getElementById('actor-graph-dataset')?.dataset.name ?? 'dataset.json';
  return { text: data.textContent, name, view };
}

/**
 * Opens what the page was asked to show: a dataset embedded in a standalone file, a `data=`
 * URL or a bundled dataset named in the link (the seed otherwise), then the link's view.
 * Anything that does not fit is ignored and listed in a small notice.
 */
export async function boot(
  store: GraphStore,
  written: string,
  ignoredLabel: (params: string) => string,
): Promise<void> {
  const { search, undecodable } = decodableSearch(written);
  const ignored: string[] = [...undecodable];
  let viewSearch = search;
  const embedded = embeddedData();
  let ok = true;
  if (embedded) {
    const { importText } = await import('../model/formats/importText');
    const outcome = importText(embedded.name, embedded.text);
    if (outcome.kind === 'dataset')
      store.getState().loadDataset(outcome.dataset, embedded.name, [], { kind: 'local' });
    else if (outcome.kind === 'failed')
      store.getState().reportProblems(embedded.name, outcome.problems);
    viewSearch = embedded.view || search;
  } else if (
    !datasetParam(search).data &&
    !datasetParam(search).bundled &&
    (await restoreWork(store))
  ) {
    // Unsaved work from an earlier visit (or a crash) comes back first.
  } else {
    const { data, bundled } = datasetParam(search);
    if (data) {
      ok = await openSource(store, { kind: 'url', url: data });
      if (!ok) ignored.push(`data=${data}`);
    } else if (bundled) {
      const found = BUNDLED.find((b) => b.id === bundled);
      if (found)
        ok = await openSource(store, {
          ...(await found.source()),
          origin: { kind: 'bundled', id: found.id },
        });
      else {
        ignored.push(`dataset=${bundled}`);
        store
          .getState()
          .reportProblems(`dataset=${bundled}`, [
            problem('AG008', '$', `No bundled dataset is called "${bundled}".`),
          ]);
      }
    }
  }
  // The seed, when nothing else was asked for or what was asked for could not be shown — but
  // not in an embed: a briefing's frame showing another graph than it names would mislead.
  const named = datasetParam(search).data || datasetParam(search).bundled;
  if (store.getState().datasetKey === 0 && !(isEmbed(search) && named)) {
    const shown = await showSeed(store);
    if (!embedded && !datasetParam(search).data && !datasetParam(search).bundled) ok = shown;
  }
  // A link's view belongs to its dataset: if that did not load, the view is not applied.
  if (ok) ignored.push(...applyViewParams(store, viewSearch));
  if (ignored.length) store.getState().setNotice(ignoredLabel(ignored.join(', ')));
}
