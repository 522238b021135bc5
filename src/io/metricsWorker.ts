import { actorMetrics } from '../model/metrics/actorMetrics';
import type { Relation } from '../model/schema';

/** What the page sends: the actors and relations to measure. */
export interface MetricsRequest {
  actorIds: string[];
  relations: Relation[];
  undirectedTypes: string[];
}

/* Measures the network off the main thread, so the page keeps answering; terminate() cancels. */
const post = (m: unknown) =>
  (self as unknown as { postMessage: (m: unknown) => void }).postMessage(m);

self.onmessage = (event: MessageEvent<MetricsRequest>) => {
  const { actorIds, relations, undirectedTypes } = event.data;
  let last = 0;
  const phases: Record<string, number> = {};
  const metrics = actorMetrics(actorIds, relations, {
    undirectedTypes: new Set(undirectedTypes),
    onPhase: (phase, ms) => void (phases[phase] = ms),
    // A message per percent at most: thousands of sources would flood the page.
    onProgress: (f) => {
      if (f - last < 0.01 && f < 1) return;
      last = f;
      post({ type: 'progress', fraction: f });
    },
  });
  post({ type: 'done', metrics, phases });
};
