/** Writes data/schema/actor-graph.schema.json from the zod schema (npm run schema). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderJsonSchema } from '../src/model/jsonSchema';

const target = fileURLToPath(new URL('../data/schema/actor-graph.schema.json', import.meta.url));
writeFileSync(target, renderJsonSchema());
console.log(`wrote ${target}`);
