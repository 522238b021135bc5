import { datasetSchema, type Dataset } from '../schema';
import { documentsFromV1 } from './migrateV1';

/** Dataset-level fields this app embeds in GraphML/GEXF exports so they survive a round trip. */
export type Embedded = Partial<
  Pick<
    Dataset,
    'title' | 'description' | 'documents' | 'actorKinds' | 'relationTypes' | 'stories' | 'metrics'
  >
>;

const embeddedSchema = datasetSchema
  .pick({
    title: true,
    description: true,
    documents: true,
    actorKinds: true,
    relationTypes: true,
    stories: true,
    metrics: true,
  })
  .partial();

export const EMBEDDED_KEY = 'actorGraphDataset';

export function writeEmbedded(d: Dataset): string {
  const value: Embedded = {
    title: d.title,
    ...(d.description !== undefined ? { description: d.description } : {}),
    ...(d.documents.length ? { documents: d.documents } : {}),
    actorKinds: d.actorKinds,
    relationTypes: d.relationTypes,
    ...(d.stories ? { stories: d.stories } : {}),
    ...(d.metrics ? { metrics: d.metrics } : {}),
  };
  return JSON.stringify(value);
}

/** The embedded fields, or undefined when absent or not ours. */
export function readEmbedded(value: unknown): Embedded | undefined {
  if (value === undefined) return undefined;
  let parsed: unknown = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  // Exports of version 1 embedded `source` and `article`.
  if (parsed && typeof parsed === 'object' && !('documents' in parsed)) {
    const { source, article, ...rest } = parsed as Record<string, unknown>;
    const documents = documentsFromV1(source, article, false);
    parsed = documents.length ? { ...rest, documents } : rest;
  }
  const result = embeddedSchema.safeParse(parsed);
  return result.success ? result.data : undefined;
}
