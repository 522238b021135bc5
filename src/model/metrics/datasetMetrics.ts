import type { Dataset, DatasetMetrics } from '../schema';
import type { NetworkMetrics } from './actorMetrics';

/** The measures' names as node attributes in GEXF, GraphML and CSV. */
export const METRIC_COLUMNS = [
  'degree',
  'degreeIn',
  'degreeOut',
  'weightedDegree',
  'betweenness',
  'pagerank',
  'closeness',
  'community',
] as const;

/**
 * The dataset with the measures last computed, for export: they travel in its optional
 * `metrics`, limited to the actors it has (a visible subgraph keeps its own).
 */
export function withMetrics(
  dataset: Dataset,
  measured: NetworkMetrics | null,
  scope: DatasetMetrics['scope'],
): Dataset {
  if (!measured) return dataset;
  const ids = new Set(dataset.actors.map((a) => a.id));
  const actors = Object.fromEntries([...measured.actors].filter(([id]) => ids.has(id)));
  return {
    ...dataset,
    metrics: {
      scope,
      sampled: measured.sampled,
      actors,
      communities: measured.communities.filter((c) => ids.has(c.hub)),
    },
  };
}

/** The measures a file carried, as the actors table shows them. */
export const metricsOf = (dataset: Dataset): NetworkMetrics | null =>
  dataset.metrics
    ? {
        actors: new Map(Object.entries(dataset.metrics.actors)),
        communities: dataset.metrics.communities,
        sampled: dataset.metrics.sampled,
      }
    : null;
