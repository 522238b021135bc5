import type { StoreApi } from 'zustand/vanilla';
import type { NetworkMetrics } from '../model/metrics/actorMetrics';
import type { GraphState } from '../store/graphStore';
import { measuresWanted } from '../store/actorMarks';
import { selectVisible } from '../store/selectors';
import { createMetricsWorker } from './createMetricsWorker';
import type { MetricsRequest } from './metricsWorker';

/** A filter click or an edit is waited out this long before measuring again. */
const DEBOUNCE_MS = 300;

/** How long each part of the last run took in the worker (ms), for the benchmark. */
export let lastPhases: Record<string, number> = {};

const runners = new WeakMap<StoreApi<GraphState>, ReturnType<typeof measureNetwork>>();

/** The store's one measuring runner, started on first use (a table or an appearance). */
export function ensureMeasuring(store: StoreApi<GraphState>) {
  let runner = runners.get(store);
  if (!runner) runners.set(store, (runner = measureNetwork(store)));
  return runner;
}

/**
 * Keeps the store's measures up to date while they are wanted (measuresWanted: the actors
 * table, or actors sized or coloured by them): each change of what is measured (the graph
 * shown, or the dataset) starts a run in a worker after a short pause, ending the one under
 * way. `cancel()` ends a run and keeps the last result. Returns `{ cancel, destroy }`.
 */
export function measureNetwork(store: StoreApi<GraphState>) {
  let worker: Worker | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // What the last run (done, running or cancelled) measured: the same input is not run again.
  let measured: unknown = null;

  const stop = () => {
    clearTimeout(timer);
    worker?.terminate();
    worker = null;
  };
  const inputOf = (s: GraphState) => (s.measures.scope === 'whole' ? s.dataset : selectVisible(s));

  const run = (s: GraphState) => {
    const whole = s.measures.scope === 'whole';
    const visible = selectVisible(s);
    const request: MetricsRequest = {
      actorIds: whole ? s.dataset.actors.map((a) => a.id) : [...visible.actorIds],
      relations: whole ? s.dataset.relations : [...visible.relations],
      undirectedTypes: s.dataset.relationTypes.filter((t) => t.directed === false).map((t) => t.id),
    };
    const current = createMetricsWorker();
    worker = current;
    current.onmessage = (event: MessageEvent) => {
      const m = event.data as
        | { type: 'progress'; fraction: number }
        | { type: 'done'; metrics: NetworkMetrics; phases: Record<string, number> };
      if (worker !== current) return;
      if (m.type === 'progress') store.getState().setMeasures({ progress: m.fraction });
      else {
        store.getState().setMeasures({ result: m.metrics, progress: null });
        lastPhases = m.phases;
        current.terminate();
        worker = null;
      }
    };
    current.onerror = () => {
      if (worker === current) stop();
      store.getState().setMeasures({ progress: null });
    };
    store.getState().setMeasures({ progress: 0 });
    current.postMessage(request);
  };

  const check = (s: GraphState) => {
    if (!measuresWanted(s)) return;
    const input = inputOf(s);
    if (input === measured) return;
    measured = input;
    stop();
    timer = setTimeout(() => run(store.getState()), DEBOUNCE_MS);
  };
  const unsubscribe = store.subscribe(check);
  check(store.getState());
  return {
    /** Ends the run under way; the last result stays, and so does the appearance. */
    cancel() {
      stop();
      store.getState().setMeasures({ progress: null });
    },
    destroy() {
      stop();
      unsubscribe();
    },
  };
}
