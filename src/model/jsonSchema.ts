import { z } from 'zod';
import { datasetSchema, FORMAT_VERSION } from './schema';

export const SCHEMA_ID = `https://actor-graph.example/schema/actor-graph-v${FORMAT_VERSION}.json`;

/** The JSON Schema of our format as committed in data/schema/ (input side: defaults optional). */
export function renderJsonSchema(): string {
  const schema = z.toJSONSchema(datasetSchema, { io: 'input', target: 'draft-2020-12' });
  const withMeta = {
    $id: SCHEMA_ID,
    title: 'Actor Graph dataset',
    description:
      'Actors of a news story and their relations, each relation a claim with verbatim evidence.',
    ...schema,
  };
  return JSON.stringify(withMeta, null, 2) + '\n';
}
