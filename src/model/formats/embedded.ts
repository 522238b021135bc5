import { datasetSchema, type Dataset } from '../schema';

/** Dataset-level fields this app embeds in GraphML/GEXF exports so they survive a round trip. */
export type Embedded = Partial<
  Pick<Dataset, 'title' | 'description' | 'source' | 'article' | 'actorKinds' | 'relationTypes'>
>;

const embeddedSchema = datasetSchema
  .pick({
    title: true,
    description: true,
    source: true,
    article: true,
    actorKinds: true,
    relationTypes: true,
  })
  .partial();

export const EMBEDDED_KEY = 'actorGraphDataset';

export function writeEmbedded(d: Dataset): string {
  const value: Embedded = {
    title: d.title,
    ...(d.description !== undefined ? { description: d.description } : {}),
    ...(d.source ? { source: d.source } : {}),
    ...(d.article ? { article: d.article } : {}),
    actorKinds: d.actorKinds,
    relationTypes: d.relationTypes,
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
  const result = embeddedSchema.safeParse(parsed);
  return result.success ? result.data : undefined;
}
