import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { renderJsonSchema } from '../../src/model/jsonSchema';
import { projectPath } from '../helpers';

it('the committed JSON Schema is generated from the zod schema (run npm run schema if this fails)', () => {
  const committed = readFileSync(projectPath('data/schema/actor-graph.schema.json'), 'utf8');
  expect(committed).toBe(renderJsonSchema());
});
