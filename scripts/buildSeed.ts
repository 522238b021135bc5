/**
 * Builds data/russia-china-military-aid.json from scripts/seed/seedSource.ts and the
 * article text, computing every evidence offset (npm run seed). Fails loudly when a
 * quote is missing or ambiguous, so offsets can never drift from the text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateDataset } from '../src/model/validate';
import * as seed from './seed/seedSource';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const text = readFileSync(here('../data/articles/000_ec03675cfa36e105.txt'), 'utf8');

function locate(quote: string, occurrence?: number): { quote: string; start: number; end: number } {
  const starts: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) starts.push(i);
  if (starts.length === 0) throw new Error(`quote not in article: ${quote}`);
  if (starts.length > 1 && occurrence === undefined) {
    throw new Error(`quote occurs ${starts.length} times, name its occurrence: ${quote}`);
  }
  const start = starts[occurrence ?? 0]!;
  return { quote, start, end: start + quote.length };
}

const dataset = {
  $schema: './schema/actor-graph.schema.json',
  format: 'actor-graph',
  version: 2,
  title: seed.meta.title,
  description: seed.meta.description,
  // One document: evidence leaves it out. The article gives no date of its own (only "am
  // Montag", relative to an unknown day), so neither it nor any relation is dated.
  documents: [{ id: 'article', ...seed.meta.source, text }],
  actorKinds: seed.actorKinds,
  relationTypes: seed.relationTypes.map((t) => ({ directed: true, ...t })),
  actors: seed.actors,
  relations: seed.relations.map((r) => ({
    ...r,
    evidence: r.evidence.map((e) =>
      typeof e === 'string' ? locate(e) : locate(e.quote, e.occurrence),
    ),
  })),
};

const { problems } = validateDataset(dataset);
if (problems.length) {
  console.error(problems);
  process.exit(1);
}
writeFileSync(
  here('../data/russia-china-military-aid.json'),
  JSON.stringify(dataset, null, 2) + '\n',
);
console.log(`seed: ${dataset.actors.length} actors, ${dataset.relations.length} relations`);
