/**
 * npm run gen -- --actors N --relations M [--evidenced K] [--no-positions] [--seed S] [-o file]
 *   [--story --documents D --days T] | --gdelt --events E [--seed S] [-o file]
 * Writes a seeded synthetic dataset in our format (to stdout without -o); with --story, a story
 * told by D documents over T days (model/generateStory.ts).
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { generateGdeltDay } from '../src/model/events/generateGdelt';
import { generateDataset } from '../src/model/generate';
import { generateStory } from '../src/model/generateStory';

const args = process.argv.slice(2);
const value = (name: string, fallback?: string) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
// A seeded GDELT 2.0 events export (model/events/generateGdelt.ts), written in chunks.
if (args.includes('--gdelt')) {
  const events = Number(value('--events', '200000'));
  const out = value('-o') ?? value('--output');
  if (out) writeFileSync(out, '');
  for (const chunk of generateGdeltDay({ events, seed: Number(value('--seed', '1')) }))
    if (out) appendFileSync(out, chunk);
    else process.stdout.write(chunk);
  if (out) console.error(`wrote ${out}: ${events} GDELT events`);
  process.exit(0);
}
const actors = Number(value('--actors', '1000'));
const relations = Number(value('--relations', String(actors * 2)));
if (!(actors > 0) || !(relations >= 0)) {
  console.error(
    'usage: npm run gen -- --actors N --relations M [--evidenced K] [--no-positions] [--seed S] [-o file]',
  );
  process.exit(2);
}
const story = args.includes('--story');
const dataset = story
  ? generateStory({
      actors,
      relations,
      documents: Number(value('--documents', '200')),
      days: Number(value('--days', '30')),
      seed: Number(value('--seed', '1')),
      positions: !args.includes('--no-positions'),
    })
  : generateDataset({
      actors,
      relations,
      seed: Number(value('--seed', '1')),
      positions: !args.includes('--no-positions'),
      // How many relations are quoted in the article (2,000 unless given).
      ...(value('--evidenced') !== undefined ? { evidenced: Number(value('--evidenced')) } : {}),
    });
const text = JSON.stringify(dataset);
const out = value('-o') ?? value('--output');
if (out) {
  writeFileSync(out, text);
  console.error(
    `wrote ${out}: ${actors} actors, ${relations} relations, ${(text.length / 1e6).toFixed(1)} MB`,
  );
} else process.stdout.write(text);
